// The client portal: the freelancer makes a link; a Spanish client opens it with no account, reads how they work together, leaves a testimonial; the freelancer sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { PortalPage } from './support/pages/portal-page.ts';
import type { Client } from '../../src/schemas/clients.ts';

describe('a client uses their portal', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let freelancer: TrackedPage;
  let client: TrackedPage;
  let lucia: Client;
  let portalUrl = '';
  const words = 'Ana entrega siempre a tiempo y explica cada paso con calma.';

  beforeAll(async () => {
    e2e = await startE2e();
    api = await setUpThroughApi(e2e.server.url);
    // A profile with a private blocked day: the client must learn only that the day is unavailable.
    const { profile, version } = await api.call<{ profile: Record<string, any>; version: number }>('GET', '/profile');
    profile.dreamBusiness.blockedDays = [{ kind: 'weekly', weekday: 'wednesday', coreValue: 'Familia', label: 'Natación con Leo' }];
    profile.communication.channels = { flexibility: 'non_negotiable', ranked: ['email', 'video'] };
    await api.call('PUT', '/profile', profile, { 'if-match': `"${version}"` });
    lucia = await api.createClient({ name: 'Lucía Fernández', timeZone: 'America/New_York', language: 'es', currency: 'USD', stage: 'active', contacts: [{ name: 'Lucía', email: 'lucia@norte.example', phone: '' }] });
    freelancer = await openPage(e2e.browser);
    await freelancer.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
    // The client's own browser: a new context with no cookies, set to English, in New York.
    client = await openPage(e2e.browser, { locale: 'en-US', timezoneId: 'America/New_York' });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('the freelancer makes a portal link on the client page, shown once as a /p/ address', async () => {
    await freelancer.page.goto(`${e2e.server.url}/clients/${lucia.id}`);
    await freelancer.page.getByRole('button', { name: 'Create a portal link' }).click();
    await freelancer.page.getByRole('button', { name: 'Copy link' }).waitFor();
    portalUrl = await freelancer.page.getByLabel('Portal link address').inputValue();
    expect(portalUrl).toMatch(/\/p\/[\w-]{43}$/);
    portalUrl = portalUrl.replace(/^https?:\/\/[^/]+/, e2e.server.url);
    await freelancer.page.getByRole('button', { name: 'Done, I have copied it' }).click();
    // Shown once: after closing the panel, the address is gone; the list keeps only its state.
    expect(await freelancer.page.getByLabel('Portal link address').count()).toBe(0);
    await freelancer.page.getByText(/Active until/).first().waitFor();
  });

  it('opens in the client’s language (Spanish), with no account, naming the freelancer and the sections', async () => {
    const portal = new PortalPage(client.page, 'es');
    await client.page.goto(portalUrl);
    await portal.heading(portal.t('home.greeting', { client: 'Lucía Fernández' })).waitFor();
    expect(await client.page.locator('html').getAttribute('lang')).toBe('es');
    await client.page.getByText(portal.t('home.intro', { freelancer: 'Ana Ruiz', workspace: 'Ana Ruiz Writing' })).waitFor();
    await client.page.getByRole('link', { name: portal.t('sections.working_together.title') }).waitFor();
    expect(await client.page.getByRole('navigation').count()).toBe(0);
    await expectNoAxeViolations(client.page, 'portal home (es)');
  });

  it('shows how they work together in New York time, with the blocked day only as unavailable', async () => {
    const portal = new PortalPage(client.page, 'es');
    await portal.openSection(portal.t('sections.working_together.title'));
    await portal.heading(portal.t('together.title')).waitFor();
    await client.page.getByRole('columnheader', { name: portal.t('week.yourTime', { zone: 'New York' }) }).waitFor();
    await client.page.getByRole('columnheader', { name: portal.t('week.theirTime', { freelancer: 'Ana Ruiz', zone: 'Madrid' }) }).waitFor();
    expect(await client.page.getByRole('cell', { name: portal.t('week.unavailable') }).count()).toBeGreaterThan(0);
    await client.page.getByText(portal.t('agreements.channels', { channels: 'correo electrónico o videollamada' })).waitFor();
    const page = await client.page.content();
    expect(page).not.toContain('Familia');
    expect(page).not.toContain('Leo');
    await expectNoAxeViolations(client.page, 'working together (es)');
  });

  it('takes a testimonial with consent to publish, and thanks the client', async () => {
    const portal = new PortalPage(client.page, 'es');
    await portal.backHome();
    await portal.openSection(portal.t('sections.testimonial.title', { freelancer: 'Ana Ruiz' }));
    await portal.heading(portal.t('testimonial.title', { freelancer: 'Ana Ruiz' })).waitFor();
    await expectNoAxeViolations(client.page, 'testimonial form (es)');
    // Sending nothing points at the missing text first.
    await client.page.getByRole('button', { name: portal.t('testimonial.send') }).click();
    await client.page.getByText(portal.t('testimonial.errors.text')).waitFor();
    await portal.writeTestimonial({ text: words, role: 'Directora, Estudio Norte', canPublish: true });
    await portal.heading(portal.t('testimonial.thanksTitle')).waitFor();
    expect(client.problems).toEqual([]);
  });

  it('the freelancer sees the testimonial on the client’s timeline', async () => {
    await freelancer.page.goto(`${e2e.server.url}/clients/${lucia.id}`);
    await freelancer.page.getByText(words).first().waitFor();
    const events = await api.call<{ items: { type: string; payload: Record<string, unknown> }[] }>('GET', `/clients/${lucia.id}/events`);
    expect(events.items.find((e) => e.type === 'testimonial')?.payload).toEqual({ summary: words, attribution: 'Lucía Fernández, Directora, Estudio Norte', canPublish: true, via: 'portal' });
  });

  it('a revoked link tells the client kindly to ask for a new one, in their browser’s language', async () => {
    const links = await api.call<{ items: { id: string }[] }>('GET', `/clients/${lucia.id}/portal-links`);
    await api.call('DELETE', `/clients/${lucia.id}/portal-links/${links.items[0]!.id}`);
    // A dead link reveals nothing about the client, not even their language: the browser's (English) is used.
    const portal = new PortalPage(client.page, 'en');
    await client.page.goto(portalUrl);
    await portal.heading(portal.t('gone.title')).waitFor();
    await client.page.getByText(portal.t('gone.hint')).waitFor();
    await expectNoAxeViolations(client.page, 'gone link (en)');
  });
});
