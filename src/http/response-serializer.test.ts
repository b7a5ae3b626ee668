import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { responseSerializerCompiler } from './response-serializer.ts';
import { Client, ClientPage } from '../schemas/clients.ts';
import { Problem } from '../schemas/common.ts';

const compile = (schema: z.ZodType) => ({
  fast: responseSerializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' }),
  zod: serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' }),
});

const client = {
  id: 'c1',
  name: 'Ana "Quote" García',
  company: 'Línea\nNueva',
  contacts: [{ name: 'Ana', email: 'ana@example.com', phone: '' }],
  timeZone: 'Europe/Madrid',
  language: 'es',
  currency: 'EUR',
  source: 'referral',
  stage: 'lead',
  notes: 'emoji 🙂 and \u2028',
  isNotesConfidential: false,
  isTrial: true,
  isArchived: false,
  archivedAt: null,
  version: 3,
  createdAt: '2027-03-01T09:00:00.000Z',
  updatedAt: '2027-03-01T09:00:00.000Z',
};

describe('the response serializer', () => {
  it('writes the same JSON as the Zod serializer, extra keys dropped and keys in schema order', () => {
    const { fast, zod } = compile(Client);
    const shuffled = { secret: 'never sent', ...Object.fromEntries(Object.entries(client).reverse()) };
    expect(fast(shuffled)).toBe(zod(shuffled));
    expect(JSON.parse(fast(shuffled))).not.toHaveProperty('secret');
  });

  it('writes pages and problems the same way, optional keys left out when undefined', () => {
    const page = { items: [{ id: 'c1', name: 'A', company: '', stage: 'lead', language: 'en', isArchived: false, updatedAt: 'x', primaryEmail: '' }], total: 1, limit: 50, offset: 0 };
    expect(compile(ClientPage).fast(page)).toBe(compile(ClientPage).zod(page));
    const problem = { type: 'about:blank', title: 'Not found', status: 404, detail: 'This client does not exist.', code: 'not_found', requestId: 'r1', errors: undefined };
    expect(compile(Problem).fast(problem)).toBe(compile(Problem).zod(problem));
  });

  it('a value that does not fit its schema fails exactly as with Zod', () => {
    const { fast } = compile(Client);
    expect(() => fast({ ...client, version: 1.5 })).toThrow();
    expect(() => fast({ ...client, stage: 'nonsense' })).toThrow();
    expect(() => fast({ ...client, id: '' })).toThrow();
    expect(() => fast({ ...client, archivedAt: undefined })).toThrow();
    const formatted = compile(z.object({ at: z.iso.datetime(), count: z.number().int().min(0), label: z.string().refine((v) => v !== 'bad') }));
    expect(formatted.fast({ at: '2027-03-01T09:00:00Z', count: 0, label: 'ok' })).toBe(formatted.zod({ at: '2027-03-01T09:00:00Z', count: 0, label: 'ok' }));
    expect(() => formatted.fast({ at: 'yesterday', count: 0, label: 'ok' })).toThrow();
    expect(() => formatted.fast({ at: '2027-03-01T09:00:00Z', count: -1, label: 'ok' })).toThrow();
    expect(() => formatted.fast({ at: '2027-03-01T09:00:00Z', count: 0, label: 'bad' })).toThrow();
  });

  it('a deep-frozen result is written once and reused; a changed one is written again', () => {
    const { fast, zod } = compile(ClientPage);
    const item = Object.freeze({ id: 'c1', name: 'A', company: '', stage: 'lead', language: 'en', isArchived: false, updatedAt: 'x', primaryEmail: '' });
    const page = Object.freeze({ items: Object.freeze([item]), total: 1, limit: 50, offset: 0 });
    // Written once, then handed out as the same UTF-8 bytes every time.
    expect(String(fast(page))).toBe(zod(page));
    expect(fast(page)).toBe(fast(page));
    expect(Buffer.isBuffer(fast(page))).toBe(true);
    const unfrozenItems = Object.freeze({ items: [{ ...item, name: 'A' as string }], total: 1, limit: 50, offset: 0 });
    const first = fast(unfrozenItems);
    unfrozenItems.items[0]!.name = 'B';
    expect(fast(unfrozenItems)).not.toBe(first);
  });

  it('schemas it does not handle directly go through Zod', () => {
    const unusual = z.object({ when: z.string().default('now'), either: z.union([z.string(), z.number()]), tags: z.record(z.string(), z.string()) });
    const { fast, zod } = compile(unusual);
    const value = { when: 'later', either: 2, tags: { a: 'b' } };
    expect(fast(value)).toBe(zod(value));
    expect(compile(z.looseObject({ a: z.string() })).fast({ a: 'x', b: 'kept' })).toBe('{"a":"x","b":"kept"}');
  });
});
