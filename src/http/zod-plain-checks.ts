// Reading plain Zod schemas directly, for the hot paths that restate what Zod would decide (response-serializer.ts,
// request-validator.ts): a schema's definition, and the few checks that are quick to restate exactly.
import type { z } from 'zod';

export type CheckDef = { check: string; minimum?: number; maximum?: number; format?: string; value?: number; inclusive?: boolean };
export type Def = { type: string; format?: string; pattern?: RegExp; checks?: { _zod: { def: CheckDef } }[]; shape?: Record<string, z.ZodType>; catchall?: z.ZodType; element?: z.ZodType; innerType?: z.ZodType; entries?: Record<string, unknown>; values?: unknown[] };

export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A test for one check that is quick to restate exactly (Zod's own semantics), or undefined. */
export function quickTest({ check, minimum, maximum, format, value: bound, inclusive }: CheckDef): ((value: never) => boolean) | undefined {
  if (check === 'min_length') return (value: string) => value.length >= minimum!;
  if (check === 'max_length') return (value: string) => value.length <= maximum!;
  if (check === 'number_format' && format === 'safeint') return (value: number) => Number.isSafeInteger(value);
  if (check === 'greater_than') return (value: number) => (inclusive ? value >= bound! : value > bound!);
  if (check === 'less_than') return (value: number) => (inclusive ? value <= bound! : value < bound!);
  return undefined;
}
