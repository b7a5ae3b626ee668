// Refuses U+0000 anywhere in a request's params, query or body: PostgreSQL cannot store it, so both databases answer the same 400.
import type { FastifyInstance } from 'fastify';
import { invalidField } from '../errors.ts';

type Step = { value: unknown; key: string; parent: Step | undefined };

function pathOf(step: Step | undefined): string[] {
  const path: string[] = [];
  for (let at = step; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** The path of the first string (or key) holding a NUL; walked without recursion and in linear time, so deep JSON costs nothing extra. */
function findNul(root: unknown): string[] | undefined {
  // Breadth-first, in document order, so the first offending field is the one named.
  const pending: Step[] = [{ value: root, key: '', parent: undefined }];
  for (let next = 0; next < pending.length; next += 1) {
    const step = pending[next]!;
    const { value } = step;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return pathOf(step);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, key, parent: step };
        if (key.includes('\u0000')) return pathOf(child);
        pending.push(child);
      }
    }
  }
  return undefined;
}

/**
 * findNul for the usual case, a flat object of scalars (route params, most queries), without building the walk: the same
 * answer in the same order (every key of the object first, then its values). undefined when the object nests: walk it.
 */
function findNulInFlatObject(object: object): string[] | null | undefined {
  const keys = Object.keys(object);
  for (const key of keys) if (key.includes('\u0000')) return [key];
  for (const key of keys) {
    const value = (object as Record<string, unknown>)[key];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return [key];
    } else if (value !== null && typeof value === 'object') {
      return undefined;
    }
  }
  return null;
}

function nulPath(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') {
    const flat = findNulInFlatObject(value);
    if (flat !== undefined) return flat ?? undefined;
  }
  return findNul(value);
}

export function registerNulGuard(app: FastifyInstance): void {
  // A callback hook: nothing here waits, so the request need not wait a turn either.
  app.addHook('preValidation', (request, _reply, done) => {
    const parts = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const;
    for (const [part, value] of parts) {
      const path = nulPath(value);
      // A path thousands of levels deep is named by its start: enough to find it, without echoing a megabyte back.
      if (path) return done(invalidField(path.length > 0 ? path.slice(0, 20).join('.') : part, 'Remove the NUL character (\\u0000); text cannot contain it.'));
    }
    done();
  });
}
