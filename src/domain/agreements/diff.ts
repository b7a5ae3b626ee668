// What changed between two versions of a document: a structural diff by path, matching list items by their id.

export type ChangeKind = 'added' | 'removed' | 'changed';
/** `path` reads like "what.deliverables[d1].quantity"; items with an id are named by it, other list items by position. */
export type Change = { path: string; kind: ChangeKind; before?: unknown; after?: unknown };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (value: unknown): value is { id: string } => isObject(value) && typeof value.id === 'string';

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function walk(before: unknown, after: unknown, path: string, changes: Change[]): void {
  if (Object.is(before, after)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      if (!(key in after)) changes.push({ path: join(path, key), kind: 'removed', before: before[key] });
      else if (!(key in before)) changes.push({ path: join(path, key), kind: 'added', after: after[key] });
      else walk(before[key], after[key], join(path, key), changes);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // Lists of items with ids (deliverables, milestones, payments) are compared item by item, so a reorder is no change.
    if (before.every(hasId) && after.every(hasId) && (before.length > 0 || after.length > 0)) {
      const old = new Map(before.map((item) => [item.id, item]));
      const now = new Map(after.map((item) => [item.id, item]));
      for (const [id, item] of old) if (!now.has(id)) changes.push({ path: `${path}[${id}]`, kind: 'removed', before: item });
      for (const [id, item] of now) {
        if (!old.has(id)) changes.push({ path: `${path}[${id}]`, kind: 'added', after: item });
        else walk(old.get(id), item, `${path}[${id}]`, changes);
      }
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index++) {
      if (index >= after.length) changes.push({ path: `${path}[${index}]`, kind: 'removed', before: before[index] });
      else if (index >= before.length) changes.push({ path: `${path}[${index}]`, kind: 'added', after: after[index] });
      else walk(before[index], after[index], `${path}[${index}]`, changes);
    }
    return;
  }
  if (before === null || before === undefined) {
    changes.push({ path, kind: after === null || after === undefined ? 'changed' : 'added', before, after });
    return;
  }
  if (after === null || after === undefined) {
    changes.push({ path, kind: 'removed', before });
    return;
  }
  changes.push({ path, kind: 'changed', before, after });
}

/** Every difference from `before` to `after`, in document order; an empty list means the two are the same. */
export function diffDocuments(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  walk(before as Json, after as Json, '', changes);
  return changes;
}
