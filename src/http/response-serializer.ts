// Turns handler results into JSON through their Zod response schemas, faster than Zod's encode on the API's hot reads.
// Plain schemas (objects, arrays, strings, numbers, booleans, enums, nullable, optional) are checked value by value and
// written straight to JSON text with only their schema's keys, in its order (the text JSON.stringify gives for such a copy,
// without building the copy); anything else, and any value that does not fit, goes through fastify-type-provider-zod as
// before, so a wrong response still fails the same way. A deep-frozen result (a cached page shared by many requests) is written once.
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { defOf, quickTest, type Def } from './zod-plain-checks.ts';

/** Writes a value as its JSON text, exactly as JSON.stringify would write the projection of it onto its schema (only the
 * schema's keys, in its order), or throws MISFIT. */
type Write = (value: unknown) => string;

/** Thrown inside a writer when a value does not fit, so the whole response falls back to Zod. */
const MISFIT = Symbol('misfit');

function misfit(): never {
  throw MISFIT;
}

/** JSON.stringify's text for a string: quoted as it is unless it holds something JSON escapes (quote, backslash, control, surrogate). */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;
const stringJson = (value: string) => (NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`);

/** A writer for a plain schema, or undefined when the schema needs Zod (transforms, defaults, unions, records, …). */
function writerFor(schema: z.ZodType): Write | undefined {
  const def = defOf(schema);
  const check = checkerFor(schema, def);
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? stringJson(check(value)) : misfit());
    case 'number':
      // Finite numbers only (as Zod): their JSON is their String() text.
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? String(check(value)) : misfit());
    case 'boolean':
      return (value) => (value === true ? 'true' : value === false ? 'false' : misfit());
    case 'null':
      return (value) => (value === null ? 'null' : misfit());
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => (typeof value === 'string' && allowed.has(value) ? stringJson(value) : misfit());
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (value) => ((typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && allowed.has(value) ? JSON.stringify(value) : misfit());
    }
    case 'nullable': {
      const inner = def.innerType && writerFor(def.innerType);
      return inner && ((value) => (value === null ? 'null' : inner(value)));
    }
    case 'array': {
      const item = def.element && writerFor(def.element);
      if (!item || def.checks?.length) return undefined;
      return (value) => {
        if (!Array.isArray(value)) misfit();
        let json = '[';
        for (let index = 0; index < value.length; index += 1) json += (index === 0 ? '' : ',') + item(value[index]);
        return `${json}]`;
      };
    }
    case 'object':
      return objectWriter(def);
    default:
      return undefined;
  }
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

function objectWriter(def: Def): Write | undefined {
  // Strict and passthrough objects treat unknown keys differently from the default (drop them): leave those to Zod.
  if (def.catchall !== undefined || def.checks?.length) return undefined;
  const fields: { key: string; keyJson: string; write: Write; isOptional: boolean }[] = [];
  for (const [key, fieldSchema] of Object.entries(def.shape ?? {})) {
    const fieldDef = defOf(fieldSchema);
    const isOptional = fieldDef.type === 'optional';
    const write = writerFor(isOptional ? fieldDef.innerType! : fieldSchema);
    if (!write) return undefined;
    fields.push({ key, keyJson: JSON.stringify(key), write, isOptional });
  }
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) misfit();
    let json = '{';
    for (const field of fields) {
      const fieldValue = (value as Record<string, unknown>)[field.key];
      // Like Zod's output: an optional key left undefined is not written; a required one must be there.
      if (fieldValue === undefined && field.isOptional) continue;
      json += `${json.length === 1 ? '' : ','}${field.keyJson}:${field.write(fieldValue)}`;
    }
    return `${json}}`;
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
  const write = schema && typeof schema === 'object' && '_zod' in schema ? writerFor(schema) : undefined;
  const serialize = (data: unknown): string => {
    if (!write) return viaZod(data);
    try {
      return write(data);
    } catch (error) {
      if (error === MISFIT) return viaZod(data);
      throw error;
    }
  };
  // Kept as UTF-8 bytes: Fastify sends a Buffer as it is, so a page shared by many requests (the first page of clients,
  // tens of kilobytes) is not measured and encoded again on every one of them.
  const frozenJson = new WeakMap<object, Buffer>();
  return (data) => {
    if (data === null || typeof data !== 'object' || !Object.isFrozen(data)) return serialize(data);
    let bytes = frozenJson.get(data);
    if (bytes === undefined) {
      const json = serialize(data);
      if (!isDeepFrozen(data)) return json;
      frozenJson.set(data, (bytes = Buffer.from(json)));
    }
    // Fastify's serializer type says string; its reply writes a Buffer payload unchanged (content-length = its length).
    return bytes as unknown as string;
  };
};
