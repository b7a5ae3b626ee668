// The freelancer's agreement page on a 390 px phone, in English and Spanish: the editor (whose remove buttons name
// their item, sometimes at length) and a signed contract's audit trail (long browser strings) stay within the screen,
// so the page never scrolls sideways. The audit trail stays a table for assistive technology and keyboard reachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { AgreementPages } from './support/pages/agreement-page.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import type { Page } from 'playwright-core';

const phoneWidth = 390;
const longBrowser = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51';
const longItem = 'Interview recording with the subject-matter expert and the full transcript';

/** How wide the page is, and what sticks out past the right edge of the screen (outside any box that scrolls). */
async function overflow(page: Page): Promise<{ scrollWidth: number; sticking: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticking: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      let parent = element.parentElement;
      let isContained = false;
      for (; parent; parent = parent.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(parent).overflowX) && parent.getBoundingClientRect().right <= width + 0.5) {
          isContained = true;
          break;
        }
      }
      if (!isContained) sticking.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(box.right)} px)`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, sticking };
  });
}

describe('agreement pages on a phone', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let phone: TrackedPage;
  let draftId = '';
  let contractId = '';

  beforeAll(async () => {
    e2e = await startE2e({ env: { SANA_NOW: '2027-03-01T09:00:00Z' } });
    api = await setUpThroughApi(e2e.server.url);
    const client = await api.createClient({ name: 'Nadia Okafor', timeZone: 'Europe/London', language: 'en', currency: 'GBP', stage: 'contract', contacts: [{ name: 'Nadia', email: 'nadia@okafor.example', phone: '' }] });
    // A draft proposal whose client input has a long name, so its remove button has a long label.
    draftId = (await api.call<{ id: string }>('POST', '/agreements', { clientId: client.id, templateId: 'starter-writer-en' })).id;
    type When = { clientInputs: { title: string }[] };
    const full = await api.call<{ version: number; document: Record<string, unknown> & { when: When } }>('GET', `/agreements/${draftId}`);
    const inputs = full.document.when.clientInputs;
    expect(inputs.length).toBeGreaterThan(0);
    const when = { ...full.document.when, clientInputs: inputs.map((input, index) => (index === 0 ? { ...input, title: longItem } : input)) };
    await api.call('PATCH', `/agreements/${draftId}`, { version: full.version, document: { ...full.document, when } });
    // A contract signed by both, the client from a browser with a long user agent, so the audit trail has long rows.
    contractId = (await api.call<{ id: string }>('POST', '/agreements', { clientId: client.id, templateId: 'starter-writer-en', kind: 'contract' })).id;
    await api.call('POST', `/agreements/${contractId}/send`);
    const portal = await api.call<{ url: string }>('POST', `/clients/${client.id}/portal-links`);
    const token = portal.url.split('/').pop();
    const signed = await fetch(`${e2e.server.url}/api/v1/portal/${token}/agreements/${contractId}/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': longBrowser },
      body: JSON.stringify({ version: 1, fullName: 'Nadia Okafor', hasConsented: true }),
    });
    expect(signed.status).toBe(200);
    await api.call('POST', `/agreements/${contractId}/sign`, { version: 1, fullName: 'Ana Ruiz', hasConsented: true });
    phone = await openPage(e2e.browser, { viewport: { width: phoneWidth, height: 844 } });
    await phone.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  for (const lang of ['en', 'es'] as const) {
    it(`the editor fits a ${phoneWidth} px screen (${lang})`, async () => {
      await api.call('PUT', '/me/language', { language: lang });
      const page = phone.page;
      const ui = new AgreementPages(page, lang);
      await page.goto(`${e2e.server.url}/agreements/${draftId}`);
      await page.getByRole('heading', { name: ui.t('parts.when'), exact: true }).waitFor();
      const remove = ui.button('editor.remove', { name: longItem });
      await remove.waitFor();
      expect(await overflow(page)).toEqual({ scrollWidth: phoneWidth, sticking: [] });
      // The long remove button wraps inside its box and is still reached and named for the keyboard.
      const box = (await remove.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(phoneWidth);
      await remove.focus();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ui.t('editor.remove', { name: longItem }));
    });

    it(`the signed contract's audit trail fits a ${phoneWidth} px screen (${lang})`, async () => {
      await api.call('PUT', '/me/language', { language: lang });
      const page = phone.page;
      const ui = new AgreementPages(page, lang);
      await page.goto(`${e2e.server.url}/agreements/${contractId}`);
      const trail = page.getByRole('table', { name: ui.t('audit.title') });
      await trail.getByRole('cell', { name: new RegExp('Edg/124') }).waitFor();
      expect(await overflow(page)).toEqual({ scrollWidth: phoneWidth, sticking: [] });
      // Still a table to assistive technology, with its column headers, and its box is still reached by the keyboard.
      expect(await trail.getByRole('columnheader').count()).toBe(4);
      const box = page.locator('.agreement-audit .table-scroll');
      expect(await box.getAttribute('tabindex')).toBe('0');
      // On a phone each event is stacked, so nothing is hidden sideways inside the box either.
      expect(await box.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await expectNoAxeViolations(page, `signed contract on a phone (${lang})`);
      expect(phone.problems).toEqual([]);
    });
  }
});
