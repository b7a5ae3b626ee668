// The relationship thresholds the settings page edits, as text fields keyed by their path in RelationshipSettings;
// the rest of the settings (percentages, reply window, recommendation rules) travel through unchanged.
import type { RelationshipSettings } from '../../schemas/relationship.ts';

export type NumberField = { path: string; min: number; max: number };
export type LinePair = { reason: 'communication' | 'panic' | 'integrity' | 'decline' | 'expectations'; measure: string; watch: NumberField; act: NumberField };

const days = (path: string, min = 1, max = 3650): NumberField => ({ path, min, max });
const count = (path: string): NumberField => ({ path, min: 1, max: 1000 });

/** The main numbers, in the order the page shows them. */
export const mainFields: NumberField[] = [
  count('boundaries.outsideHoursContactsForReminder'),
  days('boundaries.reminderWindowDays'),
  count('extras.unpaidExtrasForWarning'),
  days('extras.unpaidExtrasWindowDays'),
  days('concerns.raiseWithinDays', 0, 365),
  days('health.windowDays'),
];

const pair = (reason: LinePair['reason'], measure: string, watchKey: string, actKey: string): LinePair => ({
  reason,
  measure,
  watch: count(`health.${reason}.${watchKey}`),
  act: count(`health.${reason}.${actKey}`),
});

/** Where each reason turns "watch" and "act". */
export const linePairs: LinePair[] = [
  pair('communication', 'unansweredMessages', 'watchMisses', 'actMisses'),
  pair('panic', 'rushRequests', 'watchRequests', 'actRequests'),
  pair('panic', 'missedCommitments', 'watchMissedCommitments', 'actMissedCommitments'),
  pair('integrity', 'incidents', 'watchIncidents', 'actIncidents'),
  pair('decline', 'latePayments', 'watchLatePayments', 'actLatePayments'),
  pair('decline', 'signals', 'watchSignals', 'actSignals'),
  pair('expectations', 'incidents', 'watchIncidents', 'actIncidents'),
];

export const allFields: NumberField[] = [...mainFields, ...linePairs.flatMap((line) => [line.watch, line.act])];

type Tree = Record<string, unknown>;

function read(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);
}

function write(tree: Tree, path: string, value: number): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = tree;
  for (const key of keys) node = node[key] as Tree;
  node[last] = value;
}

export type SettingsValues = Record<string, string>;
export type SettingsErrorKind = { kind: 'range'; min: number; max: number } | { kind: 'actBelowWatch' };
export type SettingsErrors = Record<string, SettingsErrorKind>;

export function valuesOf(settings: RelationshipSettings): SettingsValues {
  return Object.fromEntries(allFields.map((field) => [field.path, String(read(settings, field.path) ?? '')]));
}

/** The settings with the typed numbers in, or what is wrong with each field (whole numbers in range; act at or above watch). */
export function applyValues(settings: RelationshipSettings, values: SettingsValues): { settings: RelationshipSettings; errors: SettingsErrors } {
  const next = structuredClone(settings) as unknown as Tree;
  const errors: SettingsErrors = {};
  for (const field of allFields) {
    const text = (values[field.path] ?? '').trim();
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value) || value < field.min || value > field.max) errors[field.path] = { kind: 'range', min: field.min, max: field.max };
    else write(next, field.path, value);
  }
  for (const line of linePairs) {
    if (errors[line.watch.path] || errors[line.act.path]) continue;
    if ((read(next, line.act.path) as number) < (read(next, line.watch.path) as number)) errors[line.act.path] = { kind: 'actBelowWatch' };
  }
  return { settings: next as unknown as RelationshipSettings, errors };
}

/** A server field path ("settings.health.panic.actRequests") as the form's own path, or undefined for fields it does not show. */
export function formPathOf(serverField: string): string | undefined {
  const path = serverField.replace(/^settings\./, '');
  return allFields.some((field) => field.path === path) ? path : undefined;
}
