// Profile, interviews, vetting decisions and the waitlist through the API, on every database kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { readPdfText } from '../../outputs/pdf/read-pdf-text.ts';

const weekdayHours = (start: string, end: string) => ({
  monday: [{ start, end }],
  tuesday: [{ start, end }],
  wednesday: [{ start, end }],
  thursday: [{ start, end }],
  friday: [{ start, end }],
  saturday: [],
  sunday: [],
});

describe.each(databaseKinds)('vetting prospects on %s', (kind) => {
  let testApp: TestApp;
  let owner: Owner;

  async function newLead(name: string, stage = 'lead') {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, stage, timeZone: 'America/New_York', language: 'es', currency: 'EUR', contacts: [{ name, email: `${name.toLowerCase()}@example.com` }] } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number };
  }

  async function saveStrictProfile() {
    const current = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
    const profile = current.profile;
    profile.communication.calls = { flexibility: 'non_negotiable', maxPerWeek: 1 };
    profile.skills = { strengths: ['Copywriting'], dontWant: ['Video editing'], willingToLearn: ['SEO'] };
    profile.finances = { monthlyExpenses: { business: 100_000, personal: 200_000 }, emergencyFunds: { business: 150_000, personal: 150_000 }, otherStreams: [] };
    const response = await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: profile, headers: { 'if-match': `"${current.version}"` } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    owner = await setUpOwner(testApp.app, { language: 'en' });
  });
  afterAll(() => testApp.close());

  it('a new workspace gets the starter profile in its own time zone and currency, marked not complete', async () => {
    const response = await owner.request({ method: 'GET', url: '/api/v1/profile' });
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ isComplete: false, version: 0, profile: { timeZone: 'Europe/Madrid', currency: 'EUR' } });
    expect(view.profile.dreamBusiness.officeHours.weekly.monday).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  it('saving the profile keeps it, and a save from a stale version answers 409 without overwriting', async () => {
    const saved = await saveStrictProfile();
    expect(saved).toMatchObject({ isComplete: true, version: 1 });
    const stale = saved.profile;
    stale.communication.calls.maxPerWeek = 9;
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: stale, headers: { 'if-match': '"0"' } }), 409, { code: 'version_conflict' });
    const after = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
    expect(after.profile.communication.calls.maxPerWeek).toBe(1);
  });

  it('a profile with overlapping office hours or an unknown channel is refused naming the exact field', async () => {
    const { profile, version } = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
    profile.dreamBusiness.officeHours.weekly.monday = [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '15:00' }];
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: profile, headers: { 'if-match': `"${version}"` } }), 400, { field: 'profile.dreamBusiness.officeHours.weekly.monday.1' });
    profile.dreamBusiness.officeHours.weekly.monday = [{ start: '09:00', end: '13:00' }];
    profile.communication.channels.ranked = ['carrier_pigeon'];
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: profile }), 400, { field: 'communication.channels.ranked.0' });
  });

  it('the profile downloads as a one-page PDF in the language asked for', async () => {
    const response = await owner.request({ method: 'GET', url: '/api/v1/profile/pdf?lang=es' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { pages, text } = await readPdfText(response.rawPayload);
    expect(pages).toHaveLength(1);
    expect(text).toContain('Mi cliente ideal');
    expect(text).toContain('Video editing');
  });

  it('an interview explains a conflict naming both sides, in the reader’s language, and never recommends a good fit', async () => {
    const lead = await newLead('Rocio');
    const response = await owner.request({
      method: 'POST',
      url: `/api/v1/clients/${lead.id}/interviews`,
      payload: { answers: { callsPerWeek: 3, skillsNeeded: ['Video editing', 'SEO'], timeZone: 'America/New_York', workingHours: weekdayHours('09:00', '17:00') }, gut: { feeling: 'at_ease', note: '' } },
    });
    expect(response.statusCode, response.body).toBe(201);
    const interview = response.json();
    const calls = interview.fit.items.find((i: { dimension: string }) => i.dimension === 'calls');
    expect(calls).toMatchObject({ result: 'conflict', reason: 'Expects 3 calls a week; your limit is 1' });
    expect(interview.fit.recommendation).toBe('walk_away');
    const skills = interview.fit.items.find((i: { dimension: string }) => i.dimension === 'skills');
    expect(skills.findings.map((f: { advice: string | null }) => f.advice).join(' ')).toMatch(/Video editing/);
    expect(interview.fit.timeZoneOverlap.weeks.length).toBeGreaterThan(20);
    expect(interview.desperation).toMatchObject({ status: 'short_runway', runwayMonths: 1 });

    const timeline = (await owner.request({ method: 'GET', url: `/api/v1/clients/${lead.id}/events` })).json();
    expect(timeline.items.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['interview_recorded', 'stage_changed']));
    const client = (await owner.request({ method: 'GET', url: `/api/v1/clients/${lead.id}` })).json();
    expect(client.stage).toBe('interviewing');
  });

  it('an uneasy gut never yields a good fit even when every answer fits', async () => {
    const lead = await newLead('Calm');
    const response = await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/interviews`, payload: { answers: { callsPerWeek: 1 }, gut: { feeling: 'uneasy', note: 'Pushed hard on price' } } });
    expect(response.statusCode).toBe(201);
    expect(response.json().fit.recommendation).not.toBe('good_fit');
  });

  it('the gut check is required, and an interview on an active client is refused with what to do', async () => {
    const lead = await newLead('NoGut');
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/interviews`, payload: { answers: {} } }), 400, { field: 'gut' });
    const active = await newLead('Busy', 'active');
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${active.id}/interviews`, payload: { answers: {}, gut: { feeling: 'at_ease' } } }), 409, { field: 'stage' });
  });

  it('several interviews are kept per client, newest first', async () => {
    const lead = await newLead('Twice');
    for (const calls of [1, 2]) await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/interviews`, payload: { answers: { callsPerWeek: calls }, gut: { feeling: 'at_ease' } } });
    const list = (await owner.request({ method: 'GET', url: `/api/v1/clients/${lead.id}/interviews` })).json();
    expect(list.items).toHaveLength(2);
  });

  it('declining queues the polite message in the client’s language and moves the client to declined', async () => {
    const lead = await newLead('Declined');
    const template = (await owner.request({ method: 'GET', url: `/api/v1/clients/${lead.id}/decline-template` })).json();
    expect(template.language).toBe('es');
    expect(template.to).toBe('declined@example.com');
    expect(template.body).toMatch(/Gracias/);
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/vetting-outcome`, payload: { outcome: 'decline' } }), 400, { field: 'declineMessage' });
    const response = await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/vetting-outcome`, payload: { outcome: 'decline', declineMessage: { subject: template.subject, body: template.body } } });
    expect(response.json().stage).toBe('declined');
    const outbox = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json();
    expect(outbox.items.find((m: { to: string }) => m.to === 'declined@example.com')).toMatchObject({ subject: template.subject, status: 'stored' });
  });

  it('a trial project moves the client to proposal flagged as a trial', async () => {
    const lead = await newLead('Trial');
    const client = (await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/vetting-outcome`, payload: { outcome: 'trial_project' } })).json();
    expect(client).toMatchObject({ stage: 'proposal', isTrial: true });
  });

  it('a waitlisted lead shows among due follow-ups once its date has come, and leaves the list when closed', async () => {
    const lead = await newLead('Later');
    await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/vetting-outcome`, payload: { outcome: 'waitlist', waitlist: { reason: 'asked_while_busy', followUpOn: '2027-02-15', note: 'Busy until spring' } } });
    const future = await newLead('Future');
    await owner.request({ method: 'POST', url: `/api/v1/clients/${future.id}/vetting-outcome`, payload: { outcome: 'waitlist', waitlist: { reason: 'referral', followUpOn: '2027-09-01' } } });
    const due = (await owner.request({ method: 'GET', url: '/api/v1/waitlist?due=true' })).json();
    expect(due.today).toBe('2027-03-01');
    expect(due.items.map((e: { clientName: string }) => e.clientName)).toEqual(['Later']);
    const all = (await owner.request({ method: 'GET', url: '/api/v1/waitlist' })).json();
    expect(all.items.map((e: { clientName: string }) => e.clientName)).toEqual(['Later', 'Future']);
    const entry = due.items[0];
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/waitlist/${entry.id}` })).statusCode).toBe(204);
    expect((await owner.request({ method: 'GET', url: '/api/v1/waitlist?due=true' })).json().items).toEqual([]);
  });
  it('the desperation check reads the funds as last recorded and the income received, like the readiness page', async () => {
    await saveStrictProfile();
    const lead = await newLead('Runway');
    const fund = await owner.request({ method: 'POST', url: '/api/v1/readiness/fund-balances', payload: { side: 'business', balance: 900_000, recordedOn: '2027-02-20' } });
    expect(fund.statusCode, fund.body).toBe(201);
    const paid = await owner.request({ method: 'POST', url: '/api/v1/readiness/income', payload: { source: { kind: 'client', clientId: lead.id }, receivedOn: '2027-02-01', amount: 150_000 } });
    expect(paid.statusCode, paid.body).toBe(201);
    const response = await owner.request({ method: 'POST', url: `/api/v1/clients/${lead.id}/interviews`, payload: { answers: {}, gut: { feeling: 'at_ease', note: '' } } });
    expect(response.statusCode, response.body).toBe(201);
    // Funds 9,000 + 1,500 against a monthly gap of 3,000 − 125: 3.6 months, no longer short.
    expect(response.json().desperation).toMatchObject({ status: 'comfortable', runwayMonths: 3.6 });
  });
});
