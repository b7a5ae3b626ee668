// Deliver after payment, end to end: the freelancer uploads the final files on the contract's page; the client sees them
// in the portal as "complete, delivered on payment" with the amount due; once the invoice is paid, the client downloads them.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { text } from './support/catalog.ts';
import type { Client } from '../../src/schemas/clients.ts';

const en = (key: string, vars: Record<string, string | number> = {}) => text('en', key, vars);
const finalFiles = Buffer.from(`PK final logo files ${'▲'.repeat(2000)}`);

describe('final work is released when the client pays', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let freelancer: TrackedPage;
  let client: TrackedPage;
  let nadia: Client;
  let contractId = '';
  let invoice: { id: string; number: string; total: number };
  let portalUrl = '';

  beforeAll(async () => {
    e2e = await startE2e();
    api = await setUpThroughApi(e2e.server.url);
    nadia = await api.createClient({ name: 'Nadia Okafor', timeZone: 'Europe/London', language: 'en', currency: 'EUR', stage: 'contract', contacts: [{ name: 'Nadia', email: 'nadia@okafor.example', phone: '' }] });
    const contract = await api.call<{ id: string }>('POST', '/agreements', { clientId: nadia.id, kind: 'contract', templateId: 'starter-designer-en', document: { title: 'Okafor brand identity' } });
    contractId = contract.id;
    await api.call('POST', `/agreements/${contractId}/send`);
    // The invoice that bills the contract; until it is paid, the final files wait.
    const draft = await api.call<{ id: string }>('POST', '/invoices', { clientId: nadia.id, agreementId: contractId, dueOn: '2027-12-31', lines: [{ description: 'Brand identity', unitPrice: 150_000, taxRate: 21 }] });
    invoice = await api.call('POST', `/invoices/${draft.id}/issue`);
    freelancer = await openPage(e2e.browser);
    await freelancer.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
    client = await openPage(e2e.browser, { locale: 'en-GB', timezoneId: 'Europe/London' });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('the freelancer uploads the final files on the contract page; they are held until the invoice is paid', async () => {
    const { page } = freelancer;
    await page.goto(`${e2e.server.url}/agreements/${contractId}`);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: en('deliverables.title'), exact: true }) });
    await panel.getByRole('heading', { name: en('deliverables.emptyTitle') }).waitFor();
    await panel.getByLabel(en('deliverables.form.fileLabel'), { exact: true }).setInputFiles({ name: 'okafor-final-logo.zip', mimeType: 'application/zip', buffer: finalFiles });
    await panel.getByLabel(en('deliverables.form.titleLabel'), { exact: true }).fill('Final logo files');
    await panel.getByLabel(en('deliverables.form.isFinal')).check();
    await panel.getByRole('button', { name: en('deliverables.form.upload') }).click();
    const item = panel.getByRole('listitem').filter({ hasText: 'Final logo files' });
    await item.getByText(en('deliverables.state.held')).waitFor();
    const waiting = item.locator('.deliverable-item__waiting');
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(new RegExp(`^Waiting for invoice ${invoice.number} \\(€1,815(\\.00)? due\\) to be paid\\.`));
    await page.getByText(en('deliverables.toast.added.held', { title: 'Final logo files' })).waitFor();
    await expectNoAxeViolations(page, 'agreement page with its deliverables');
    expect(freelancer.problems).toEqual([]);
  });

  it('the client sees "complete, delivered on payment" with the amount due, and no download', async () => {
    const link = await api.call<{ url: string }>('POST', `/clients/${nadia.id}/portal-links`);
    portalUrl = link.url.replace(/^https?:\/\/[^/]+/, e2e.server.url);
    const { page } = client;
    await page.goto(portalUrl);
    await page.getByRole('link', { name: en('deliverables.portal.section.title') }).click();
    await page.getByRole('heading', { name: en('deliverables.portal.listTitle') }).waitFor();
    await page.getByRole('heading', { name: en('deliverables.portal.heldTitle') }).waitFor();
    await page.getByText(/^The final work is done and waiting here\. It is released to you automatically as soon as €1,815(\.00)? is paid\.$/).waitFor();
    await page.getByRole('link', { name: en('deliverables.portal.invoice', { number: invoice.number }) }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'Final logo files' });
    await item.getByText(en('deliverables.portal.availableOncePaid')).waitFor();
    expect(await item.getByRole('link', { name: /Download/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'portal deliverables, held');
  });

  it('once the invoice is paid, a reload shows the files ready and the client downloads them', async () => {
    // The server runs on real time; the UTC date is never ahead of the workspace's (Madrid), so it is never "in the future".
    await api.call('POST', `/invoices/${invoice.id}/payments`, { amount: invoice.total, paidOn: new Date().toISOString().slice(0, 10), method: 'bank_transfer' });
    const { page } = client;
    await page.reload();
    const item = page.getByRole('listitem').filter({ hasText: 'Final logo files' });
    await item.getByText(en('deliverables.portal.state.released')).waitFor();
    expect(await page.getByRole('heading', { name: en('deliverables.portal.heldTitle') }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: /Download/ }).click()]);
    expect(download.suggestedFilename()).toBe('okafor-final-logo.zip');
    const saved = await download.path();
    expect(fs.readFileSync(saved).equals(finalFiles)).toBe(true);
    await expectNoAxeViolations(page, 'portal deliverables, released');
    expect(client.problems).toEqual([]);
    // One "your files are ready" email, and the freelancer's panel says it was released by the payment.
    const outbox = await api.call<{ items: { to: string; subject: string }[] }>('GET', '/outbox');
    expect(outbox.items.filter((m) => m.to === 'nadia@okafor.example' && m.subject === 'Your files for Okafor brand identity are ready')).toHaveLength(1);
    await freelancer.page.reload();
    await freelancer.page.getByText(/^Released .*, when the contract was paid\.$/).waitFor();
  });
});
