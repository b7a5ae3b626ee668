import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { requestValidatorCompiler } from './request-validator.ts';
import { ClientIdParams } from '../schemas/clients.ts';

const compile = (schema: z.ZodType) => {
  const route = { schema, method: 'GET', url: '/test', httpPart: 'params' } as Parameters<typeof validatorCompiler>[0];
  return { quick: requestValidatorCompiler(route), zod: validatorCompiler(route) };
};

describe('the request validator', () => {
  it('answers exactly as Zod for plain string params, valid or not', () => {
    const { quick, zod } = compile(ClientIdParams);
    const inputs: unknown[] = [{ id: 'c1' }, { id: 'c1', extra: 'dropped' }, { id: '' }, { id: 'x'.repeat(64) }, { id: 'x'.repeat(65) }, { id: 7 }, {}, null, ['c1'], 'c1'];
    for (const input of inputs) expect(JSON.stringify(quick(input))).toBe(JSON.stringify(zod(input)));
    expect(quick({ id: 'c1', extra: 'dropped' })).toEqual({ value: { id: 'c1' } });
  });

  it('leaves trims, formats, defaults and refinements to Zod', () => {
    const schemas = [
      z.object({ q: z.string().trim() }),
      z.object({ at: z.iso.datetime() }),
      z.object({ name: z.string().default('x') }),
      z.object({ code: z.string().refine((v) => v === v.toUpperCase()) }),
      z.object({ n: z.coerce.string() }),
      z.strictObject({ id: z.string() }),
    ];
    const inputs: unknown[] = [{ q: '  a ' }, { at: '2027-03-01T09:00:00Z' }, { at: 'no' }, {}, { code: 'ab' }, { code: 'AB' }, { n: 5 }, { id: 'a', other: 1 }];
    for (const schema of schemas) {
      const { quick, zod } = compile(schema);
      for (const input of inputs) expect(JSON.stringify(quick(input))).toBe(JSON.stringify(zod(input)));
    }
  });
});
