// Relationship health through the API, on every database kind: a demanding client's week turns the card, the friendly
// reminder is drafted in the client's language and queued, concerns and replies close, and the overview ranks clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';

type Reason = { reason: string; status: string; trend: string; evidence: string[]; because: string[] };
type Health = { reasons: Reason[]; recommendation: string; agenda: string[]; because: string[] };

describe.each(databaseKinds)('relationship health on %s', (kind) => {
  let testApp: TestApp;
  let owner: Owner;

  async function newClient(name: string, extra: Record<string, unknown> = {}) {
    const response = await owner.request({
      method: 'POST',
      url: '/api/v1/clients',
      payload: { name, stage: 'active', timeZone: 'America/New_York', language: 'es', currency: 'EUR', contacts: [{ name: `${name} Contact`, email: `${name.toLowerCase().replaceAll(' ', '')}@example.com` }], ...extra },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  async function log(clientId: string, payload: Record<string, unknown>) {
    const response = await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/events`, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; type: string; payload: Record<string, unknown> };
  }

  const health = async (clientId: string) => (await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/health` })).json() as Health;
  const reason = (card: Health, name: string) => card.reasons.find((r) => r.reason === name)!;
  const relationship = async (clientId: string) => {
    const response = await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/relationship` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    // The clock is pinned to Monday 2027-03-01 09:00 UTC (10:00 in Madrid, where the starter office hours are 9 to 5).
    testApp = await createTestApp(kind);
    owner = await setUpOwner(testApp.app, { language: 'en' });
  });
  afterAll(() => testApp.close());

  it('each kind of event keeps its own fields, with sensible defaults', async () => {
    const clientId = await newClient('Fields Co');
    const extra = await log(clientId, { type: 'extra_request', summary: 'Format the slides', extent: 'recurring', hours: 1.5 });
    expect(extra.payload).toEqual({ summary: 'Format the slides', extent: 'recurring', hours: 1.5, isPaid: false });
    const call = await log(clientId, { type: 'call', summary: 'Rang about the logo' });
    expect(call.payload).toEqual({ summary: 'Rang about the logo', channel: 'phone', isPlanned: false });
    const other = await newClient('Other Co');
    const missed = await log(clientId, { type: 'missed_commitment', summary: 'Late draft', otherClientId: other });
    expect(missed.payload).toMatchObject({ otherClientId: other, otherClient: 'Other Co' });
  });

  it("classifies inbound contacts against the freelancer's hours and drafts a friendly reminder in the client's language", async () => {
    const clientId = await newClient('Noche Media');
    // Tuesday 21:30 and Wednesday 22:00 in Madrid, then Saturday morning: three contacts outside office hours in a week.
    const late1 = await log(clientId, { type: 'message_received', summary: 'Quick question', occurredAt: '2027-02-23T20:30:00Z' });
    const late2 = await log(clientId, { type: 'message_received', summary: 'Another one', occurredAt: '2027-02-24T21:00:00Z', channel: 'chat' });
    const weekend = await log(clientId, { type: 'call', summary: 'Called on Saturday', occurredAt: '2027-02-27T10:00:00Z' });
    await log(clientId, { type: 'message_received', summary: 'In hours', occurredAt: '2027-02-25T10:00:00Z' });

    const view = await relationship(clientId);
    const byId = new Map(view.boundaries.contacts.map((c: { eventId: string }) => [c.eventId, c]));
    expect(byId.get(late1.id)).toMatchObject({ timing: 'outside_hours', localDateTime: '2027-02-23T21:30:00', flags: ['outside_hours'] });
    expect(byId.get(weekend.id)).toMatchObject({ timing: 'day_off', flags: expect.arrayContaining(['day_off', 'channel_not_offered']) });
    expect(view.boundaries.breaches).toBe(3);
    expect(view.friendlyReminder.evidence.sort()).toEqual([late1.id, late2.id, weekend.id].sort());
    expect(view.friendlyReminder.because[0]).toBe('3 contacts outside your office hours in the last 14 days');
    // The draft goes to the client, so it is in Spanish, addressed to their contact, quoting the freelancer's own hours.
    expect(view.friendlyReminder.draft).toMatchObject({ language: 'es', to: 'nochemedia@example.com', subject: 'Cómo trabajamos juntos: una nota breve' });
    expect(view.friendlyReminder.draft.body).toContain('Hola, Noche Media Contact:');
    expect(view.friendlyReminder.draft.body).toContain('lunes a viernes 09:00–17:00 (Europe/Madrid)');

    const sent = await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/friendly-reminder`, payload: { subject: 'Nuestro horario', body: 'Hola, te recuerdo mi horario.' } });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ to: 'nochemedia@example.com' });
    const outbox = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json();
    expect(outbox.items.map((m: { subject: string; to: string }) => [m.subject, m.to])).toContainEqual(['Nuestro horario', 'nochemedia@example.com']);
    // Contacts before the reminder were addressed: no new suggestion until new breaches pile up.
    expect((await relationship(clientId)).friendlyReminder).toBeNull();
    expect((await relationship(clientId)).lastReminderAt).toBe('2027-03-01T09:00:00.000Z');
  });

  it('refuses a reminder to a client without an email, naming the field', async () => {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'No Mail', timeZone: 'UTC', language: 'en', currency: 'EUR' } });
    const id = response.json().id;
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${id}/friendly-reminder`, payload: { subject: 'Hi', body: 'Hello' } }), 422, { field: 'to' });
  });

  it('turns the card to watch, then act, and plans the exit once integrity is crossed twice', async () => {
    const clientId = await newClient('Urgent Ltd');
    expect((await health(clientId)).recommendation).toBe('keep');
    const rush = [];
    for (let day = 1; day <= 3; day++) rush.push(await log(clientId, { type: 'rush_request', summary: `Need it today #${day}`, occurredAt: `2027-02-${String(10 + day).padStart(2, '0')}T10:00:00Z` }));
    let card = await health(clientId);
    expect(reason(card, 'panic')).toMatchObject({ status: 'watch', trend: 'worse' });
    expect(reason(card, 'panic').evidence.sort()).toEqual(rush.map((r) => r.id).sort());
    expect(reason(card, 'panic').because[0]).toBe('3 rush or emergency requests in the last 90 days');

    for (let day = 4; day <= 6; day++) await log(clientId, { type: 'rush_request', summary: `Need it today #${day}`, occurredAt: `2027-02-${String(10 + day).padStart(2, '0')}T10:00:00Z` });
    card = await health(clientId);
    expect(reason(card, 'panic').status).toBe('act');

    await log(clientId, { type: 'integrity_incident', summary: 'Passed my draft off as theirs', occurredAt: '2027-02-20T10:00:00Z' });
    card = await health(clientId);
    expect(reason(card, 'integrity').status).toBe('watch');
    expect(card.recommendation).toBe('talk');
    expect(card.agenda.length).toBeGreaterThan(2);

    await log(clientId, { type: 'integrity_incident', summary: 'Asked me to backdate an invoice', occurredAt: '2027-02-25T10:00:00Z' });
    card = await health(clientId);
    expect(reason(card, 'integrity').status).toBe('act');
    expect(card.recommendation).toBe('plan_exit');
    expect(card.agenda).toEqual([]);
  });

  it('answers in the reader language', async () => {
    const clientId = await newClient('Idioma SL');
    await owner.request({ method: 'PUT', url: '/api/v1/me/language', payload: { language: 'es' } });
    try {
      const card = await health(clientId);
      expect(reason(card, 'panic').because[0]).toBe('Ninguna petición urgente en los últimos 90 días');
    } finally {
      await owner.request({ method: 'PUT', url: '/api/v1/me/language', payload: { language: 'en' } });
    }
  });

  it('marks messages replied and resolves concerns once, as follow-ups on the timeline', async () => {
    const clientId = await newClient('Follow Up');
    const message = await log(clientId, { type: 'message_sent', summary: 'Draft attached', occurredAt: '2027-02-26T10:00:00Z', isImportant: true });
    expect((await relationship(clientId)).unansweredMessages.map((m: { eventId: string }) => m.eventId)).toEqual([message.id]);
    const reply = await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/events/${message.id}/reply`, payload: { repliedAt: '2027-02-26T15:00:00Z' } });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({ type: 'message_replied', payload: { eventId: message.id, repliedAt: '2027-02-26T15:00:00.000Z' } });
    expect((await relationship(clientId)).unansweredMessages).toEqual([]);
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/events/${message.id}/reply`, payload: { repliedAt: '2027-02-26T16:00:00Z' } }), 409, { code: 'conflict' });

    const concern = await log(clientId, { type: 'concern', summary: 'Feedback arrives as voice notes at night', occurredAt: '2027-02-20T10:00:00Z' });
    const vague = await log(clientId, { type: 'concern', summary: 'Tone felt cold', occurredAt: '2027-02-27T10:00:00Z', isVague: true });
    const view = await relationship(clientId);
    expect(view.concerns.open.map((c: { eventId: string; ageDays: number }) => [c.eventId, c.ageDays])).toEqual([
      [concern.id, 8],
      [vague.id, 1],
    ]);
    // "Something feels off" gets a check-in to send at once, in the client's language.
    expect(view.concerns.open[1].draft).toMatch(/^¡Hola! Quería preguntarte qué tal ves nuestra colaboración/);
    // Only the concern older than three days gets a nudge, with a kind opening line in the client's language.
    expect(view.concerns.nudges).toHaveLength(1);
    expect(view.concerns.nudges[0]).toMatchObject({ eventId: concern.id, action: 'raise_it' });
    expect(view.concerns.nudges[0].draft).toContain('Feedback arrives as voice notes at night');
    expect(view.concerns.nudges[0].draft).toMatch(/^Hola, Follow Up Contact/);

    const resolved = await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/events/${concern.id}/resolve`, payload: { notes: 'Agreed on written feedback.' } });
    expect(resolved.statusCode, resolved.body).toBe(201);
    const after = await relationship(clientId);
    expect(after.concerns.open.map((c: { eventId: string }) => c.eventId)).toEqual([vague.id]);
    expect(after.concerns.resolved).toEqual([{ eventId: concern.id, openedAt: '2027-02-20T10:00:00.000Z', resolvedAt: '2027-03-01T09:00:00.000Z', summary: 'Feedback arrives as voice notes at night', notes: 'Agreed on written feedback.' }]);
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/events/${concern.id}/resolve`, payload: { notes: 'Again' } }), 409, { code: 'conflict' });
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/events/${message.id}/resolve`, payload: { notes: 'Not a concern' } }), 409, { code: 'conflict' });
  });

  it('puts favors beside goodwill and flags recurring unpaid extras as scope creep', async () => {
    const clientId = await newClient('Favors Inc');
    await log(clientId, { type: 'extra_request', summary: 'One more banner', extent: 'one_time', hours: 1, occurredAt: '2027-02-01T10:00:00Z' });
    const weekly = await log(clientId, { type: 'extra_request', summary: 'Weekly social posts', extent: 'recurring', hours: 2, occurredAt: '2027-02-05T10:00:00Z' });
    await log(clientId, { type: 'extra_request', summary: 'Proofread their newsletter', extent: 'one_time', hours: 1, occurredAt: '2027-02-15T10:00:00Z' });
    let view = await relationship(clientId);
    expect(view.extras.balance).toBe('one_sided');
    expect(view.extras.unpaidHours).toBe(4);
    expect(view.extras.items.find((i: { eventId: string }) => i.eventId === weekly.id).class).toBe('scope_creep');
    expect(view.extras.suggestions.map((s: { kind: string }) => s.kind).sort()).toEqual(['propose_amendment_or_raise', 'unpaid_extras_piling_up']);
    await log(clientId, { type: 'goodwill', summary: 'Paid the invoice early and thanked me', goodwillKind: 'kindness', occurredAt: '2027-02-20T10:00:00Z' });
    view = await relationship(clientId);
    expect(view.extras.balance).toBe('reciprocated');
    expect(view.extras.goodwill).toHaveLength(1);
  });

  it('ranks current clients by health, most worrying first, with a score history', async () => {
    const overview = (await owner.request({ method: 'GET', url: '/api/v1/relationship-health' })).json();
    expect(overview.items[0]).toMatchObject({ name: 'Urgent Ltd', recommendation: 'plan_exit' });
    expect(overview.items[0].history).toHaveLength(7);
    // At the end of January nothing had happened yet; today panic and integrity both call for action.
    expect(overview.items[0].history[4]).toEqual({ on: '2027-01-31', score: 0 });
    expect(overview.items[0].history[6]).toEqual({ on: '2027-03-01', score: overview.items[0].score });
    expect(overview.items[0].score).toBeGreaterThanOrEqual(4);
    const scores = overview.items.map((i: { score: number }) => i.score);
    expect(overview.items.every((i: { stage: string }) => ['contract', 'active', 'offboarding'].includes(i.stage))).toBe(true);
    expect(scores.length).toBeGreaterThan(3);
  });

  it('saves thresholds with a version, refuses a stale one, and applies them', async () => {
    const clientId = await newClient('Threshold Co');
    await log(clientId, { type: 'message_received', summary: 'Late note', occurredAt: '2027-02-23T21:30:00Z' });
    expect((await relationship(clientId)).friendlyReminder).toBeNull();
    const current = (await owner.request({ method: 'GET', url: '/api/v1/settings/relationship' })).json();
    expect(current).toMatchObject({ version: 0, isDefault: true, settings: { boundaries: { outsideHoursContactsForReminder: 3 } } });
    const settings = { ...current.settings, boundaries: { ...current.settings.boundaries, outsideHoursContactsForReminder: 1 } };
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/relationship', payload: { settings, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false });
    expect((await relationship(clientId)).friendlyReminder.because[0]).toBe('1 contact outside your office hours in the last 14 days');
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/settings/relationship', payload: { settings, version: 0 } }), 409, { code: 'version_conflict' });
  });
});
