// An API token's "last used" shows when an integration last called, written at most once per minute of the clock so a
// busy integration's reads stay reads; and a token stops working the moment it is revoked, however often it was used.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { toIso, type Clock } from '../../clock.ts';

describe.each(databaseKinds)('API token use on %s', (kind) => {
  let current = Temporal.Instant.from('2027-03-01T09:00:00Z');
  const clock: Clock = { now: () => current, nowIso: () => toIso(current) };
  const setTime = (iso: string) => (current = Temporal.Instant.from(iso));
  let t: TestApp;
  let owner: Owner;
  let token: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    owner = await setUpOwner(t.app);
    token = (await owner.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'Zapier' } })).json();
  });
  afterAll(() => t.close());

  const readClientsWithToken = () => t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: { authorization: `Bearer ${token.token}` } });
  const lastUsedAt = async () => ((await owner.request({ method: 'GET', url: '/api/v1/tokens' })).json().items as { id: string; lastUsedAt: string | null }[]).find((item) => item.id === token.id)?.lastUsedAt;

  test('the first call is recorded; calls later in the same minute are not written again; the next minute is', async () => {
    expect(await lastUsedAt()).toBeNull();
    setTime('2027-03-01T09:00:10Z');
    expect((await readClientsWithToken()).statusCode).toBe(200);
    expect(await lastUsedAt()).toBe('2027-03-01T09:00:10.000Z');

    setTime('2027-03-01T09:00:59.999Z');
    for (let call = 0; call < 5; call += 1) expect((await readClientsWithToken()).statusCode).toBe(200);
    expect(await lastUsedAt()).toBe('2027-03-01T09:00:10.000Z');

    setTime('2027-03-01T09:01:00Z');
    expect((await readClientsWithToken()).statusCode).toBe(200);
    expect(await lastUsedAt()).toBe('2027-03-01T09:01:00.000Z');
  });

  test('a token used many times answers 401 at once after it is revoked, and a mistyped one never works', async () => {
    for (let call = 0; call < 3; call += 1) expect((await readClientsWithToken()).statusCode).toBe(200);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/tokens/${token.id}` })).statusCode).toBe(204);
    expectProblem(await readClientsWithToken(), 401, { code: 'unauthenticated' });
    const mistyped = `${token.token.slice(0, -1)}${token.token.endsWith('A') ? 'B' : 'A'}`;
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: { authorization: `Bearer ${mistyped}` } }), 401, { code: 'unauthenticated' });
  });
});
