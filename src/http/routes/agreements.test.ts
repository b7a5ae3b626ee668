// Proposals and contracts over HTTP, on both databases: draft from a template → send → the client opens, comments →
// new version → accept → both sign → the audit trail verifies, and a tampered row is caught. Plus expiry and late inputs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { toIso, type Clock } from '../../clock.ts';

function movableClock(start: string) {
  let current = Temporal.Instant.from(start);
  const clock: Clock = { now: () => current, nowIso: () => toIso(current) };
  return { clock, advance: (duration: Temporal.DurationLike) => (current = current.add(duration)) };
}

type Outbox = { items: { to: string; subject: string; bodyText: string }[] };

describe.each(databaseKinds)('proposals and contracts on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let time: ReturnType<typeof movableClock>;
  let clientId: string;
  let addressCount = 0;

  /** The client in their browser: no cookies, a real user agent, each call from its own address. */
  function asClient(options: InjectOptions): Promise<LightMyRequestResponse> {
    addressCount += 1;
    return t.app.inject({ ...options, remoteAddress: `203.0.113.${addressCount % 250}`, headers: { 'user-agent': 'Mozilla/5.0 (Test) Firefox/140.0', ...options.headers } });
  }
  const outbox = async () => (await owner.request({ method: 'GET', url: '/api/v1/outbox?limit=200' })).json() as Outbox;
  const tokenIn = (body: string) => /\/p\/([A-Za-z0-9_-]+)\/agreements\//.exec(body)![1]!;

  beforeAll(async () => {
    time = movableClock('2027-03-01T09:00:00Z');
    t = await createTestApp(kind, { clock: time.clock });
    owner = await setUpOwner(t.app, { name: 'Marta Vidal' });
    const client = await owner.request({
      method: 'POST',
      url: '/api/v1/clients',
      payload: { name: 'Lucía Ortega', company: 'Norte Café', timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', contacts: [{ name: 'Lucía', email: 'lucia@norte.example' }] },
    });
    clientId = client.json().id;
  });
  afterAll(async () => {
    await t?.close();
  });

  test('the whole flow: draft from a template, send, open, comment, revise, accept, sign twice, verify, tamper', async () => {
    // Draft from the Spanish writer template, in the client's currency, with the parties filled in.
    const created = await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, templateId: 'starter-writer-es', document: { when: { startDate: '2027-03-08' }, cost: { amount: 120_000 } } } });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ kind: 'proposal', status: 'draft', currentVersion: 1, title: 'Artículos semanales para el blog', clientName: 'Lucía Ortega' });
    expect(draft.document.cost).toMatchObject({ currency: 'EUR', amount: 120_000, depositPercent: 0 });
    expect(draft.document.parties.freelancer.name).toBe('Marta Vidal');
    expect(draft.document.parties.client).toMatchObject({ name: 'Norte Café', email: 'lucia@norte.example' });
    expect(draft.checks.map((c: { code: string }) => c.code)).toEqual(['no_expiry_date']);
    expect(draft.schedule.milestones.find((m: { id: string }) => m.id === 'first-post')).toMatchObject({ dueOn: '2027-03-22', hangsOnInputIds: ['interview'] });

    // Editing the draft in place; a stale version is refused.
    const edited = structuredClone(draft.document);
    edited.terms.offerExpiresOn = '2027-03-31';
    const patched = await owner.request({ method: 'PATCH', url: `/api/v1/agreements/${draft.id}`, payload: { version: draft.version, document: edited } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().checks).toEqual([]);
    expectProblem(await owner.request({ method: 'PATCH', url: `/api/v1/agreements/${draft.id}`, payload: { version: draft.version, document: edited } }), 409, { code: 'version_conflict' });

    // Send: one email in Spanish with a portal link to this document; the timeline says so.
    const sent = await owner.request({ method: 'POST', url: `/api/v1/agreements/${draft.id}/send` });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');
    const email = (await outbox()).items.find((m) => m.to === 'lucia@norte.example')!;
    expect(email.subject).toBe('Marta Vidal te ha enviado una propuesta: Artículos semanales para el blog');
    expect(email.bodyText).toContain(`/agreements/${draft.id}`);
    const token = tokenIn(email.bodyText);
    // Once something is sent, the portal home lists the proposals and contracts section.
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}` })).json().sections).toContain('agreements');
    expectProblem(await owner.request({ method: 'PATCH', url: `/api/v1/agreements/${draft.id}`, payload: { version: sent.json().version, document: edited } }), 409, { code: 'conflict' });

    // The client opens it: status viewed, audit "opened" with their IP and browser.
    const list = await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements` });
    expect(list.json().items).toEqual([expect.objectContaining({ id: draft.id, status: 'sent' })]);
    const opened = await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${draft.id}` });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'viewed', language: 'es', freelancerName: 'Marta Vidal', canAccept: true, canSign: false, canComment: true });
    expect(opened.json().consentText).toMatch(/^Acepto firmar este documento/);
    const audit = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${draft.id}/audit` })).json().items;
    expect(audit.map((e: { type: string }) => e.type)).toEqual(['created', 'edited', 'sent', 'opened']);
    expect(audit[3]).toMatchObject({ actor: 'client', ip: expect.stringMatching(/^203\.0\.113\./), userAgent: 'Mozilla/5.0 (Test) Firefox/140.0', contentHash: patched.json().contentHash });

    // A comment, answered by a new version the client can compare with the first.
    const commented = await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${draft.id}/comments`, payload: { body: '¿Podrían ser dos artículos por semana?' } });
    expect(commented.statusCode, commented.body).toBe(201);
    const revised = structuredClone(edited);
    revised.what.deliverables[0].quantity = 2;
    revised.cost.amount = 200_000;
    const v2 = await owner.request({ method: 'POST', url: `/api/v1/agreements/${draft.id}/versions`, payload: { document: revised, note: 'Dos artículos por semana.' } });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ currentVersion: 2, status: 'sent', comments: [expect.objectContaining({ author: 'client', versionNumber: 1 })] });
    const diff = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${draft.id}/diff?from=1&to=2` })).json();
    expect(diff.changes).toEqual([
      { path: 'what.deliverables[posts].quantity', kind: 'changed', before: 1, after: 2 },
      { path: 'cost.amount', kind: 'changed', before: 120_000, after: 200_000 },
    ]);
    expect((await outbox()).items.filter((m) => m.to === 'lucia@norte.example').map((m) => m.subject)).toContain('Nueva versión de «Artículos semanales para el blog» de Marta Vidal');

    // Accepting the old version is refused; the current one makes the contract.
    expectProblem(await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${draft.id}/accept`, payload: { version: 1 } }), 409, { code: 'version_conflict' });
    const accepted = await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${draft.id}/accept`, payload: { version: 2 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const contractId = accepted.json().contract.id as string;
    expect(accepted.json()).toMatchObject({ proposal: { status: 'accepted' }, contract: { kind: 'contract', status: 'sent' } });
    const contract = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${contractId}` })).json();
    expect(contract).toMatchObject({ sourceProposalId: draft.id, contentHash: v2.json().contentHash });

    // Both sign: the freelancer in the app, the client in the portal with a drawn signature.
    const signature = { version: 1, fullName: 'Marta Vidal', hasConsented: true };
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/sign`, payload: { ...signature, hasConsented: false } }), 400, { field: 'hasConsented' });
    const mine = await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/sign`, payload: signature });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().status).toBe('sent');
    // The consent text the freelancer was shown is exactly the one recorded with their signature.
    expect(mine.json().consentText).toMatch(/electronically|electrónicamente/);
    const recorded = await t.database.db.selectFrom('agreement_signatures').select('consent_text').where('agreement_id', '=', contractId).where('party', '=', 'freelancer').executeTakeFirstOrThrow();
    expect(recorded.consent_text).toBe(mine.json().consentText);
    const drawn = `data:image/png;base64,${Buffer.from('not really a png but base64').toString('base64')}`;
    const theirs = await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${contractId}/sign`, payload: { version: 1, fullName: 'Lucía Ortega', hasConsented: true, drawnSignature: drawn } });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json()).toMatchObject({ status: 'signed', canSign: false });
    const signed = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${contractId}` })).json();
    expect(signed).toMatchObject({ status: 'signed', termEndsOn: '2027-09-07' });
    expect(signed.signatures).toHaveLength(2);
    expect(signed.signatures).toEqual(expect.arrayContaining([expect.objectContaining({ party: 'freelancer', fullName: 'Marta Vidal' }), expect.objectContaining({ party: 'client', fullName: 'Lucía Ortega', hasDrawnSignature: true })]));
    expectProblem(await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${contractId}/sign`, payload: { version: 1, fullName: 'Lucía Ortega', hasConsented: true } }), 409, { code: 'conflict' });

    // The timeline tells the story.
    const timeline = (await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/events?limit=50` })).json().items.map((e: { type: string }) => e.type);
    for (const type of ['agreement_sent', 'agreement_viewed', 'agreement_commented', 'agreement_revised', 'agreement_accepted', 'contract_created', 'agreement_signed']) expect(timeline).toContain(type);

    // The audit trail verifies; changing one stored row is detected.
    expect((await owner.request({ method: 'GET', url: `/api/v1/agreements/${contractId}/verify` })).json()).toMatchObject({ isIntact: true, problems: [] });
    expect((await owner.request({ method: 'GET', url: `/api/v1/agreements/${draft.id}/verify` })).json()).toMatchObject({ isIntact: true });
    await t.database.db.updateTable('agreement_audit').set({ ip: '198.51.100.66' }).where('agreement_id', '=', contractId).where('type', '=', 'signed_by_client').execute();
    const tampered = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${contractId}/verify` })).json();
    expect(tampered.isIntact).toBe(false);
    expect(tampered.problems).toContainEqual({ kind: 'event_changed', sequence: expect.any(Number) });
    // So is a change to the signed text itself.
    const changedText = structuredClone(revised);
    changedText.cost.amount = 1;
    await t.database.db.updateTable('agreement_versions').set({ document: JSON.stringify(changedText) }).where('agreement_id', '=', draft.id).where('number', '=', 2).execute();
    const changed = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${draft.id}/verify` })).json();
    expect(changed.problems).toContainEqual({ kind: 'content_changed', versionNumber: 2 });
  });

  test('a late client input moves the milestones that hang on it, tells both parties and shows on the timeline', async () => {
    const created = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, kind: 'contract', templateId: 'starter-writer-en', document: { when: { startDate: '2027-03-01' } } } })).json();
    await owner.request({ method: 'POST', url: `/api/v1/agreements/${created.id}/send` });
    // The interview recording was expected on 8 March (start + 7); it came on 12 March.
    const recorded = await owner.request({ method: 'POST', url: `/api/v1/agreements/${created.id}/client-inputs`, payload: { inputId: 'interview', receivedOn: '2027-03-01' } });
    expect(recorded.json()).toMatchObject({ delayDays: 0, shifts: [] });
    time.advance({ hours: 24 * 12 });
    const late = await owner.request({ method: 'POST', url: `/api/v1/agreements/${created.id}/client-inputs`, payload: { inputId: 'interview', receivedOn: '2027-03-12' } });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json()).toMatchObject({
      delayDays: 4,
      shifts: [expect.objectContaining({ milestoneId: 'first-post', from: '2027-03-15', to: '2027-03-19' }), expect.objectContaining({ milestoneId: 'feedback', from: '2027-03-18', to: '2027-03-22' })],
    });
    expect(late.json().agreement.schedule.milestones.find((m: { id: string }) => m.id === 'plan')).toMatchObject({ dueOn: '2027-03-06' });
    const shiftEmails = (await outbox()).items.filter((m) => m.subject === 'Nuevas fechas para «Weekly blog posts»' || m.subject === 'New dates for "Weekly blog posts"');
    expect(shiftEmails).toHaveLength(2);
    expect(shiftEmails.map((m) => m.to)).toEqual(expect.arrayContaining(['lucia@norte.example', expect.stringMatching(/^owner.*@example\.com$/)]));
    expect(shiftEmails.find((m) => m.to === 'lucia@norte.example')!.bodyText).toContain('4 días más tarde');
    const events = (await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/events?limit=5` })).json().items;
    expect(events[0]).toMatchObject({ type: 'milestones_shifted', payload: { delayDays: 4, inputTitle: 'Interview recording with the subject-matter expert' } });
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${created.id}/client-inputs`, payload: { inputId: 'nope', receivedOn: '2027-03-12' } }), 400, { field: 'inputId' });
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${created.id}/client-inputs`, payload: { inputId: 'interview', receivedOn: '2027-12-12' } }), 400, { field: 'receivedOn' });
  });

  test('after its offer date a proposal reads as expired and can no longer be accepted; a new version renews it', async () => {
    const today = Temporal.Instant.from(time.clock.nowIso()).toZonedDateTimeISO('Europe/Madrid').toPlainDate();
    const created = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, templateId: 'starter-designer-es', document: { terms: { offerExpiresOn: today.add({ days: 2 }).toString() } } } })).json();
    await owner.request({ method: 'POST', url: `/api/v1/agreements/${created.id}/send` });
    const token = tokenIn((await outbox()).items.filter((m) => m.bodyText.includes(created.id)).at(-1)!.bodyText);
    time.advance({ hours: 24 * 3 });
    expect((await owner.request({ method: 'GET', url: `/api/v1/agreements/${created.id}` })).json().status).toBe('expired');
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${created.id}` })).json()).toMatchObject({ status: 'expired', canAccept: false });
    expectProblem(await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${created.id}/accept`, payload: { version: 1 } }), 409, { code: 'conflict' });
    const renewed = structuredClone(created.document);
    renewed.terms.offerExpiresOn = today.add({ days: 30 }).toString();
    expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${created.id}/versions`, payload: { document: renewed } })).json().status).toBe('sent');
    expect((await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${created.id}/decline`, payload: { reason: 'Ya no lo necesitamos.' } })).json().status).toBe('declined');
  });

  test('cycles in deadlines are refused with the field named; drafts never show in the portal', async () => {
    const loop = await owner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: { clientId, document: { when: { milestones: [{ id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'b', days: 1 } }, { id: 'b', title: 'B', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'a', days: 1 } }] } } },
    });
    expectProblem(loop, 400, { field: 'document.when.milestones.0.due' });
    const draft = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId } })).json();
    const link = (await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/portal-links` })).json();
    expectProblem(await asClient({ method: 'GET', url: `/api/v1/portal/${link.url.split('/').pop()}/agreements/${draft.id}` }), 404, { code: 'not_found' });
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/agreements/${draft.id}` })).statusCode).toBe(204);
  });

  test('templates: starters in both languages with the note, own templates saved and edited, starters read-only', async () => {
    const list = (await owner.request({ method: 'GET', url: '/api/v1/agreement-templates' })).json().items;
    expect(list.filter((x: { isStarter: boolean }) => x.isStarter)).toHaveLength(10);
    const own = await owner.request({ method: 'POST', url: '/api/v1/agreement-templates', payload: { name: 'My newsletter', language: 'en', document: { cost: { currency: 'EUR', pricingModel: 'retainer' } } } });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().notLegalAdvice).toMatch(/not legal advice/);
    const renamed = await owner.request({ method: 'PATCH', url: `/api/v1/agreement-templates/${own.json().id}`, payload: { version: 1, name: 'Newsletter' } });
    expect(renamed.json()).toMatchObject({ name: 'Newsletter', version: 2 });
    expectProblem(await owner.request({ method: 'PATCH', url: '/api/v1/agreement-templates/starter-writer-en', payload: { version: 1, name: 'x' } }), 409, { code: 'conflict' });
    const fromOwn = await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, templateId: own.json().id } });
    expect(fromOwn.json().document.cost).toMatchObject({ pricingModel: 'retainer', currency: 'EUR' });
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/agreement-templates/${own.json().id}` })).statusCode).toBe(204);
  });

  test('the pricing helper and the signing-order setting', async () => {
    expect((await owner.request({ method: 'POST', url: '/api/v1/agreement-pricing', payload: { baseAmount: 100_000, taxReservePercent: 25, contingencyPercent: 20 } })).json()).toMatchObject({ quoteAmount: 160_000 });
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/agreements', payload: { settings: { signingOrder: 'freelancer_first', renegotiationReminderDays: 45 }, version: 0 } });
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false, settings: { signingOrder: 'freelancer_first' } });
    const contract = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, kind: 'contract', templateId: 'starter-developer-es' } })).json();
    await owner.request({ method: 'POST', url: `/api/v1/agreements/${contract.id}/send` });
    const token = tokenIn((await outbox()).items.filter((m) => m.bodyText.includes(contract.id)).at(-1)!.bodyText);
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${contract.id}` })).json()).toMatchObject({ canSign: false, waitingFor: 'freelancer' });
    expectProblem(await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${contract.id}/sign`, payload: { version: 1, fullName: 'Lucía Ortega', hasConsented: true } }), 409, { code: 'conflict' });
  });
});
