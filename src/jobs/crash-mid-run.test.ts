// A server killed in the middle of the reminders job: after a restart every reminder is queued exactly once, none lost.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, describe } from 'vitest';
import { createTestApp, setUpOwner } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { createClock, type Clock } from '../clock.ts';
import { createJobRunner } from './runner.ts';
import { sendPaymentRemindersJob } from './send-payment-reminders.ts';

const script = fileURLToPath(new URL('./crash-mid-run.test-support.ts', import.meta.url));

describe.each(databaseKinds)('a crash in the middle of the reminders job on %s', (kind) => {
  test('the reminder being written when the process died is sent after the restart; the ones before it are not sent again', async () => {
    let now = '2027-03-01T08:00:00Z';
    const clock: Clock = { now: () => createClock(now).now(), nowIso: () => createClock(now).nowIso() };
    const t = await createTestApp(kind, { clock, isSmtpConfigured: true });
    try {
      const owner = await setUpOwner(t.app);
      const invoiceIds: string[] = [];
      for (let i = 0; i < 5; i++) {
        const clientId = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: `C${i}`, timeZone: 'UTC', language: 'en', currency: 'EUR', contacts: [{ name: 'Pat', email: `c${i}@example.com` }] } })).json().id;
        const draft = (await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: '2027-03-10', lines: [{ description: 'Work', unitPrice: 10_000, taxRate: 21 }] } })).json();
        invoiceIds.push((await owner.request({ method: 'POST', url: `/api/v1/invoices/${draft.id}/issue` })).json().id);
      }
      const reminderKeys = async () =>
        (await t.database.db.selectFrom('outbox').select('idempotency_key').where('idempotency_key', 'like', 'invoice-reminder:%').execute()).map((r) => r.idempotency_key).sort();

      // The first server dies while writing the third reminder of the morning.
      const crashed = spawnSync(process.execPath, ['--import', 'tsx', script, kind, t.database.sqlitePath ?? t.database.url, '3', '2027-03-10T08:00:00Z'], { encoding: 'utf8', timeout: 60_000 });
      expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
      // Two committed, the third rolled back with its transaction: no step recorded without its email, no email without its step.
      expect(await reminderKeys()).toHaveLength(2);
      const steps = await t.database.db.selectFrom('reminders_sent').select(['invoice_id', 'step']).where('step', '=', 'd0').execute();
      expect(steps).toHaveLength(2);

      // The restart, once the dead server's lease on the job has run out (10 minutes).
      now = '2027-03-10T08:11:00Z';
      const reports = await createJobRunner({ ...t.deps, clock, mailer: undefined, smtpFrom: 'Sana <sana@localhost>' }, [sendPaymentRemindersJob]).runOnce();
      expect(reports).toEqual([{ job: 'payment-reminders', status: 'ran', result: { done: 3, failed: 0 } }]);
      expect(await reminderKeys()).toEqual(invoiceIds.map((id) => `invoice-reminder:${id}:d0`).sort());
    } finally {
      await t.close();
    }
  });
});
