// Turns handler results into JSON through their Zod response schemas, faster than Zod's encode on the API's hot reads.
// Plain schemas (objects, arrays, strings, numbers, booleans, enums, nullable, optional) are checked value by value, copied
// with only their schema's keys and handed to JSON.stringify; anything else, and any value that does not fit, goes through
// fastify-type-provider-zod as before, so a wrong response still fails the same way. A deep-frozen result (a cached page shared by many requests) is written once.
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** Returns the value as it is to be written (objects rebuilt with only their schema's keys, in its order), or throws MISFIT. */
type Project = (value: unknown) => unknown;

/** Thrown inside a projection when a value does not fit, so the whole response falls back to Zod. */
const MISFIT = Symbol('misfit');

function misfit(): never {
  throw MISFIT;
}

type CheckDef = { check: string; minimum?: number; maximum?: number; format?: string; value?: number; inclusive?: boolean };
type Def = { type: string; format?: string; pattern?: RegExp; checks?: { _zod: { def: CheckDef } }[]; shape?: Record<string, z.ZodType>; catchall?: z.ZodType; element?: z.ZodType; innerType?: z.ZodType; entries?: Record<string, unknown>; values?: unknown[] };

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A projection for a plain schema, or undefined when the schema needs Zod (transforms, defaults, unions, records, …). */
function projectionFor(schema: z.ZodType): Project | undefined {
  const def = defOf(schema);
  const check = checkerFor(schema, def);
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? check(value) : misfit());
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? check(value) : misfit());
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : misfit());
    case 'null':
      return (value) => (value === null ? null : misfit());
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => (typeof value === 'string' && allowed.has(value) ? value : misfit());
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (value) => ((typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && allowed.has(value) ? value : misfit());
    }
    case 'nullable': {
      const inner = def.innerType && projectionFor(def.innerType);
      return inner && ((value) => (value === null ? null : inner(value)));
    }
    case 'array': {
      const item = def.element && projectionFor(def.element);
      if (!item || def.checks?.length) return undefined;
      return (value) => (Array.isArray(value) ? value.map((element) => item(element)) : misfit());
    }
    case 'object':
      return objectProjection(def);
    default:
      return undefined;
  }
}

/** A test for one check that is quick to restate exactly (Zod's own semantics), or undefined. */
function quickTest({ check, minimum, maximum, format, value: bound, inclusive }: CheckDef): ((value: never) => boolean) | undefined {
  if (check === 'min_length') return (value: string) => value.length >= minimum!;
  if (check === 'max_length') return (value: string) => value.length <= maximum!;
  if (check === 'number_format' && format === 'safeint') return (value: number) => Number.isSafeInteger(value);
  if (check === 'greater_than') return (value: number) => (inclusive ? value >= bound! : value > bound!);
  if (check === 'less_than') return (value: number) => (inclusive ? value <= bound! : value < bound!);
  return undefined;
}

/** The schema's own checks on a value: lengths, integers and bounds restated, anything else (formats, refinements) asked of Zod. */
function checkerFor(schema: z.ZodType, def: Def): <T>(value: T) => T {
  const tests = (def.checks ?? []).map((c) => quickTest(c._zod.def));
  if (def.format !== undefined || def.pattern !== undefined || tests.some((t) => t === undefined)) {
    return (value) => (schema.safeParse(value).success ? value : misfit());
  }
  if (tests.length === 0) return (value) => value;
  return (value) => (tests.every((t) => t!(value as never)) ? value : misfit());
}

function objectProjection(def: Def): Project | undefined {
  // Strict and passthrough objects treat unknown keys differently from the default (drop them): leave those to Zod.
  if (def.catchall !== undefined || def.checks?.length) return undefined;
  const fields: { key: string; project: Project; isOptional: boolean }[] = [];
  for (const [key, fieldSchema] of Object.entries(def.shape ?? {})) {
    const fieldDef = defOf(fieldSchema);
    const isOptional = fieldDef.type === 'optional';
    const project = projectionFor(isOptional ? fieldDef.innerType! : fieldSchema);
    if (!project) return undefined;
    fields.push({ key, project, isOptional });
  }
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) misfit();
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const fieldValue = (value as Record<string, unknown>)[field.key];
      // Like Zod's output: an optional key left undefined is not written; a required one must be there.
      if (fieldValue === undefined && field.isOptional) continue;
      out[field.key] = field.project(fieldValue);
    }
    return out;
  };
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}

export const responseSerializerCompiler: typeof serializerCompiler = (routeSchema) => {
  const viaZod = serializerCompiler(routeSchema);
  const schema = routeSchema.schema as z.ZodType;
  const project = schema && typeof schema === 'object' && '_zod' in schema ? projectionFor(schema) : undefined;
  const serialize = (data: unknown): string => {
    if (!project) return viaZod(data);
    try {
      return JSON.stringify(project(data));
    } catch (error) {
      if (error === MISFIT) return viaZod(data);
      throw error;
    }
  };
  const frozenJson = new WeakMap<object, string>();
  return (data) => {
    if (data === null || typeof data !== 'object' || !Object.isFrozen(data)) return serialize(data);
    let json = frozenJson.get(data);
    if (json === undefined) {
      json = serialize(data);
      if (isDeepFrozen(data)) frozenJson.set(data, json);
    }
    return json;
  };
};
