// A policy-update letter: the client is told in their language, and late fees start only once its effective date has passed.
import { describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { createClock, type Clock } from '../clock.ts';
import { applyLateFeesJob } from './apply-late-fees.ts';
import { createJobRunner } from './runner.ts';

describe.each(databaseKinds)('late fees under a policy-update letter on %s', (kind) => {
  test('no fee before the effective date; the rule applies from it, to invoices whose terms have none', async () => {
    let now = '2027-03-01T08:00:00Z';
    const clock: Clock = { now: () => createClock(now).now(), nowIso: () => createClock(now).nowIso() };
    const t = await createTestApp(kind, { clock });
    try {
      const owner = await setUpOwner(t.app);
      const clientId = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Tardío', timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', contacts: [{ name: 'Marta', email: 'marta@example.com' }] } })).json().id;
      const draft = (await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: '2027-03-10', lines: [{ description: 'Trabajo', unitPrice: 100_000, taxRate: 21 }] } })).json();
      const invoice = (await owner.request({ method: 'POST', url: `/api/v1/invoices/${draft.id}/issue` })).json();
      expect(invoice.lateFees).toMatchObject({ basis: null, appliedRule: null });
      const tooSoon = await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/late-fee-letters`, payload: { rule: { kind: 'flat', amount: 2_500, graceDays: 0 }, effectiveOn: '2027-03-10' } });
      expect(tooSoon.statusCode).toBe(400);
      const sent = await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/late-fee-letters`, payload: { rule: { kind: 'flat', amount: 2_500, graceDays: 0 }, effectiveOn: '2027-03-20' } });
      expect(sent.statusCode, sent.body).toBe(201);
      expect(sent.json()).toMatchObject({ effectiveOn: '2027-03-20', sentTo: 'marta@example.com', isInEffect: false });
      const letter = await t.database.db.selectFrom('outbox').select(['subject', 'body_text']).where('idempotency_key', '=', `late-fee-letter:${sent.json().id}`).executeTakeFirstOrThrow();
      expect(letter.subject).toBe('Actualización de mis condiciones de pago: recargos por demora desde el 20 de marzo de 2027');
      expect(letter.body_text.replace(/\u00a0/g, ' ')).toContain('un recargo fijo de 25,00 €, una sola vez por factura, si sigue sin pagarse el día siguiente a su vencimiento.');

      const runFees = async (at: string) => {
        now = at;
        return createJobRunner({ ...t.deps, clock, mailer: undefined, smtpFrom: 'x@localhost' }, [applyLateFeesJob]).runOnce();
      };
      const fees = () => t.database.db.selectFrom('late_fees').select(['fee_key', 'amount', 'charged_on']).where('invoice_id', '=', invoice.id).execute();
      await runFees('2027-03-19T08:00:00Z');
      expect(await fees()).toEqual([]);
      await runFees('2027-03-20T08:00:00Z');
      await runFees('2027-03-21T08:00:00Z');
      expect((await fees()).map((f) => [f.fee_key, Number(f.amount), f.charged_on])).toEqual([['flat', 2_500, '2027-03-20']]);
      const shown = (await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}` })).json();
      expect(shown.lateFees).toMatchObject({ basis: 'policy_letter', effectiveOn: '2027-03-20', appliedRule: { kind: 'flat', amount: 2_500, graceDays: 0 }, chargedTotal: 2_500 });
    } finally {
      await t.close();
    }
  });
});
