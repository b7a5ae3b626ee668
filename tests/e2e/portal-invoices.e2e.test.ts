// Invoices in the client portal: the freelancer issues an invoice to a Spanish client; the "new invoice" email in the
// outbox links to it; the client opens it with no account, reads it in Spanish (total, due date), downloads the PDF with
// the keyboard; the freelancer then sees it as viewed. Axe runs on the invoice and the list; a phone never scrolls sideways.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { tabTo } from './support/keyboard.ts';
import { text } from './support/catalog.ts';
import type { Client } from '../../src/schemas/clients.ts';

const es = (key: string, vars: Record<string, string | number> = {}) => text('es', `portalInvoices.${key}`, vars);
/** The page's text with no-break spaces made plain, as a reader sees it ("605,00 €"). */
const visibleText = async (page: Page) => (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');

async function hasNoSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('a client opens an invoice from its email', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let client: TrackedPage;
  let lucia: Client;
  let invoice: { id: string; number: string };
  let invoiceUrl = '';

  beforeAll(async () => {
    e2e = await startE2e({ env: { SANA_NOW: '2027-03-01T09:00:00Z' } });
    api = await setUpThroughApi(e2e.server.url);
    const settings = await api.call<{ version: number }>('GET', '/settings/invoicing');
    await api.call('PUT', '/settings/invoicing', { settings: { seller: { name: 'Ana Ruiz', taxId: '', address: 'Calle Mayor 1\n28013 Madrid' } }, version: settings.version });
    lucia = await api.createClient({ name: 'Lucía Fernández', timeZone: 'America/New_York', language: 'es', currency: 'EUR', stage: 'active', contacts: [{ name: 'Lucía', email: 'lucia@norte.example', phone: '' }] });
    // The client's own browser: no cookies, set to English; the portal still speaks the client's language (Spanish).
    client = await openPage(e2e.browser, { locale: 'en-US', timezoneId: 'America/New_York' });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('issuing the invoice puts an email in Spanish in the outbox, with the total, due date and a link to the invoice', async () => {
    const draft = await api.call<{ id: string }>('POST', '/invoices', {
      clientId: lucia.id,
      dueOn: '2027-03-31',
      lines: [
        { description: 'Redacción de la guía de marca', quantity: 1, unitPrice: 80_000, taxRate: 21 },
        { description: 'Revisión de textos (horas)', quantity: 4, unitPrice: 4_500, taxRate: 21 },
      ],
      lateFeeRule: { kind: 'flat', amount: 4_000, graceDays: 7 },
    });
    invoice = await api.call<{ id: string; number: string }>('POST', `/invoices/${draft.id}/issue`);
    const outbox = await api.call<{ items: { to: string; subject: string; bodyText: string }[] }>('GET', '/outbox');
    const email = outbox.items.find((message) => message.to === 'lucia@norte.example');
    expect(email?.subject).toBe(`Factura ${invoice.number} de Ana Ruiz`);
    const body = email!.bodyText.replace(/\u00a0/g, ' ');
    expect(body).toContain(`la factura ${invoice.number} por 1185,80 €, con vencimiento el 31 de marzo de 2027`);
    const link = /https?:\/\/\S+\/p\/[\w-]{43}\/invoices\/[\w-]+/.exec(body)?.[0];
    expect(link).toBeDefined();
    invoiceUrl = link!.replace(/^https?:\/\/[^/]+/, e2e.server.url);
  });

  it('the link opens the invoice in Spanish: total, due date, what is due, no account needed', async () => {
    const page = client.page;
    await page.goto(invoiceUrl);
    await page.getByRole('heading', { level: 1, name: es('invoiceN', { number: invoice.number }) }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const shown = await visibleText(page);
    expect(shown).toContain(es('banner.dueTitle', { amount: '1185,80 €', date: '31 de marzo de 2027' }));
    expect(shown).toContain('Redacción de la guía de marca');
    expect(shown).toContain(es('document.total'));
    expect(shown).toContain('1185,80 €');
    // The late-fee terms are stated up front, never a surprise.
    expect(shown).toContain('un recargo fijo de 40 €');
    await expectNoAxeViolations(page, 'portal invoice (es)');
  });

  it('downloads the PDF with the keyboard alone', async () => {
    const page = client.page;
    const pdfLink = page.getByRole('link', { name: es('downloadPdf') });
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, pdfLink);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`factura-${invoice.number}.pdf`);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('the freelancer now sees the invoice as viewed, and the timeline says so', async () => {
    const seen = await api.call<{ status: string; viewedAt: string | null }>('GET', `/invoices/${invoice.id}`);
    expect(seen).toMatchObject({ status: 'viewed', viewedAt: '2027-03-01T09:00:00.000Z' });
    const events = await api.call<{ items: { type: string }[] }>('GET', `/clients/${lucia.id}/events`);
    expect(events.items.filter((event) => event.type === 'invoice_viewed')).toHaveLength(1);
  });

  it('the list of invoices and the portal home show it too, and both read well on a 390 px phone', async () => {
    const page = client.page;
    await page.getByRole('link', { name: es('back') }).click();
    await page.getByRole('heading', { level: 1, name: es('listTitle') }).waitFor();
    const list = page.getByRole('list', { name: es('listLabel') });
    await list.getByRole('link', { name: es('invoiceN', { number: invoice.number }) }).waitFor();
    expect((await list.innerText()).replace(/\u00a0/g, ' ')).toContain(es('status.issued'));
    await expectNoAxeViolations(page, 'portal invoices list (es)');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await hasNoSidewaysScroll(page)).toBe(true);
    await list.getByRole('link', { name: es('invoiceN', { number: invoice.number }) }).click();
    await page.getByRole('heading', { level: 1, name: es('invoiceN', { number: invoice.number }) }).waitFor();
    expect(await hasNoSidewaysScroll(page)).toBe(true);
    await page.goto(invoiceUrl.replace(/\/invoices\/.*$/, ''));
    await page.getByRole('link', { name: es('section.title') }).waitFor();
    expect(client.problems).toEqual([]);
  });
});
