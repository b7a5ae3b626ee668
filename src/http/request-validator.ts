// Validates params, query strings and bodies with their Zod schemas (fastify-type-provider-zod), with a shortcut for the
// commonest case: an object of plain strings with at most length limits, such as the { id } of every read of one thing.
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { defOf, quickTest } from './zod-plain-checks.ts';

type Quick = (data: unknown) => { value: Record<string, string> } | undefined;

/**
 * Zod's answer for a valid value of such a schema, found without Zod: a new object with only the schema's keys, in its
 * order. undefined for anything else (a missing key, a number, a string out of bounds): Zod then decides, and words the error.
 */
function quickStringObject(schema: unknown): Quick | undefined {
  if (schema === null || typeof schema !== 'object' || !('_zod' in schema)) return undefined;
  const def = defOf(schema as z.ZodType);
  // Strict and passthrough objects treat unknown keys differently from the default (drop them): leave those to Zod.
  if (def.type !== 'object' || def.catchall !== undefined || def.checks?.length) return undefined;
  const fields: { key: string; tests: ((value: never) => boolean)[] }[] = [];
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    const fieldDef = defOf(field);
    // Formats, patterns, trims and refinements are Zod's to run.
    if (fieldDef.type !== 'string' || fieldDef.format !== undefined || fieldDef.pattern !== undefined) return undefined;
    const tests = (fieldDef.checks ?? []).map((check) => quickTest(check._zod.def));
    if (tests.some((test) => test === undefined)) return undefined;
    fields.push({ key, tests: tests as ((value: never) => boolean)[] });
  }
  if (fields.length === 0) return undefined;
  return (data) => {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
    const value: Record<string, string> = {};
    for (const { key, tests } of fields) {
      const item = (data as Record<string, unknown>)[key];
      if (typeof item !== 'string') return undefined;
      for (const test of tests) if (!test(item as never)) return undefined;
      value[key] = item;
    }
    return { value };
  };
}

export const requestValidatorCompiler: typeof validatorCompiler = (routeSchema) => {
  const viaZod = validatorCompiler(routeSchema);
  const quick = quickStringObject(routeSchema.schema);
  if (!quick) return viaZod;
  return (data) => quick(data) ?? viaZod(data);
};
