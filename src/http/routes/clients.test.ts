// Clients over HTTP: add, read, list (search, stage, archive filters, pages), edit with versions, archive and restore, and the timeline.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import type { Client, ClientPage } from '../../schemas/clients.ts';
import type { TimelineEvent } from '../../schemas/events.ts';

type EventPage = { items: TimelineEvent[]; total: number; limit: number; offset: number };

describe.each(databaseKinds)('clients API on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;

  async function addClient(body: Record<string, unknown>): Promise<Client> {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { timeZone: 'Europe/Madrid', language: 'en', currency: 'EUR', ...body } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Client;
  }
  async function list(query: string): Promise<ClientPage> {
    const response = await owner.request({ method: 'GET', url: `/api/v1/clients?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ClientPage;
  }
  async function getClient(id: string): Promise<Client> {
    const response = await owner.request({ method: 'GET', url: `/api/v1/clients/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Client;
  }
  function patch(id: string, body: Record<string, unknown>) {
    return owner.request({ method: 'PATCH', url: `/api/v1/clients/${id}`, payload: body });
  }
  async function timeline(id: string, query = ''): Promise<EventPage> {
    const response = await owner.request({ method: 'GET', url: `/api/v1/clients/${id}/events${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as EventPage;
  }
  const names = (page: ClientPage) => page.items.map((c) => c.name);

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await setUpOwner(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('adding and reading', () => {
    test('adding a client answers 201 with a Location, the defaults filled in and version 1', async () => {
      const response = await owner.request({
        method: 'POST',
        url: '/api/v1/clients',
        payload: { name: '  Northwind  ', timeZone: 'America/New_York', language: 'es', currency: 'USD', contacts: [{ name: 'Nadia', email: 'nadia@northwind.test' }] },
      });
      expect(response.statusCode).toBe(201);
      const client = response.json() as Client;
      expect(response.headers.location).toBe(`/api/v1/clients/${client.id}`);
      expect(client).toMatchObject({
        id: expect.any(String),
        name: 'Northwind',
        company: '',
        contacts: [{ name: 'Nadia', email: 'nadia@northwind.test', phone: '' }],
        timeZone: 'America/New_York',
        language: 'es',
        currency: 'USD',
        source: 'other',
        stage: 'lead',
        notes: '',
        isNotesConfidential: false,
        isArchived: false,
        archivedAt: null,
        version: 1,
        createdAt: '2027-03-01T09:00:00.000Z',
        updatedAt: '2027-03-01T09:00:00.000Z',
      });
    });

    test('a client reads back by id with its contacts in the order given', async () => {
      const contacts = [
        { name: 'Zed', email: 'zed@example.com', phone: '+34 600 000 001' },
        { name: 'Amy', email: '', phone: '' },
        { name: 'Bo', email: 'bo@example.com', phone: '' },
      ];
      const created = await addClient({ name: 'Ordered Contacts', contacts, source: 'referral', stage: 'proposal', company: 'OC Ltd' });
      expect(await getClient(created.id)).toEqual(created);
      expect(created.contacts).toEqual(contacts);
    });

    test('an id that does not exist answers 404 on every client route', async () => {
      const id = randomUUID();
      expectProblem(await owner.request({ method: 'GET', url: `/api/v1/clients/${id}` }), 404, { code: 'not_found' });
      expectProblem(await patch(id, { version: 1, name: 'X' }), 404, { code: 'not_found' });
      expectProblem(await owner.request({ method: 'DELETE', url: `/api/v1/clients/${id}` }), 404, { code: 'not_found' });
      expectProblem(await owner.request({ method: 'GET', url: `/api/v1/clients/${id}/events` }), 404, { code: 'not_found' });
      expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${id}/events`, payload: { type: 'note', summary: 'x' } }), 404, { code: 'not_found' });
    });
  });

  describe('listing and searching', () => {
    beforeAll(async () => {
      await addClient({ name: 'Search Alpha', company: 'Globex Corporation', stage: 'active' });
      await addClient({ name: 'search beta', company: 'Initech', contacts: [{ email: 'Peter.Gibbons@Initech.example' }], stage: 'active' });
      await addClient({ name: 'Íñigo Montoya', company: 'Six Fingers', stage: 'interviewing' });
      await addClient({ name: '100% Organic', stage: 'waitlist' });
      await addClient({ name: 'Snake_Case Ltd', stage: 'waitlist' });
      await addClient({ name: 'Page Count Co', stage: 'waitlist' });
      await addClient({ name: 'Back\\Slash', stage: 'waitlist' });
    });

    test('search matches the name, the company and contact emails, ignoring case', async () => {
      expect(names(await list('q=SEARCH'))).toEqual(['Search Alpha', 'search beta']);
      expect(names(await list('q=globex'))).toEqual(['Search Alpha']);
      expect(names(await list('q=peter.GIBBONS@initech'))).toEqual(['search beta']);
      expect(names(await list('q=initech.example'))).toEqual(['search beta']);
    });

    test('a listed client shows its first contact email as the primary email', async () => {
      const [beta] = (await list('q=search%20beta')).items;
      expect(beta).toMatchObject({ name: 'search beta', company: 'Initech', stage: 'active', primaryEmail: 'Peter.Gibbons@Initech.example', isArchived: false });
    });

    test('search ignores case in accented names on every database', async () => {
      expect(names(await list(`q=${encodeURIComponent('ÍÑIGO')}`))).toEqual(['Íñigo Montoya']);
      expect(names(await list(`q=${encodeURIComponent('íñigo')}`))).toEqual(['Íñigo Montoya']);
    });

    test('% and _ in a search are plain characters, not wildcards', async () => {
      expect(names(await list('q=%25'))).toEqual(['100% Organic']);
      expect(names(await list('q=0%25%20o'))).toEqual(['100% Organic']);
      expect(names(await list('q=_'))).toEqual(['Snake_Case Ltd']);
      // Unescaped, "e_c" would also match "Page Count Co".
      expect(names(await list('q=e_c'))).toEqual(['Snake_Case Ltd']);
      expect(names(await list(`q=${encodeURIComponent('\\')}`))).toEqual(['Back\\Slash']);
    });

    test('a search with no match answers an empty page, not an error', async () => {
      expect(await list('q=zzzz-nothing')).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    });

    test('filtering by stage returns only that stage, combined with search when both are given', async () => {
      expect(names(await list('stage=waitlist'))).toEqual(['100% Organic', 'Back\\Slash', 'Page Count Co', 'Snake_Case Ltd']);
      expect(names(await list('stage=active&q=beta'))).toEqual(['search beta']);
      expect((await list('stage=declined')).total).toBe(0);
    });
  });

  describe('pages', () => {
    test('total counts every match while limit and offset cut pages that do not overlap', async () => {
      for (const n of [5, 3, 1, 4, 2]) await addClient({ name: `Paged ${n}`, stage: 'past' });
      const first = await list('stage=past&limit=2');
      const second = await list('stage=past&limit=2&offset=2');
      const last = await list('stage=past&limit=2&offset=4');
      const beyond = await list('stage=past&limit=2&offset=10');
      expect(first).toMatchObject({ total: 5, limit: 2, offset: 0 });
      expect(typeof first.total).toBe('number');
      expect([...names(first), ...names(second), ...names(last)]).toEqual(['Paged 1', 'Paged 2', 'Paged 3', 'Paged 4', 'Paged 5']);
      expect(beyond).toEqual({ items: [], total: 5, limit: 2, offset: 10 });
    });

    test('without limit a page holds 50', async () => {
      expect(await list('stage=past')).toMatchObject({ limit: 50, offset: 0, total: 5 });
    });
  });

  describe('editing with versions', () => {
    test('PATCH changes only the fields sent and bumps the version', async () => {
      const client = await addClient({ name: 'Editable', company: 'Before Inc', notes: 'keep me' });
      const response = await patch(client.id, { version: 1, company: 'After Inc', contacts: [{ name: 'New', email: 'new@example.com' }] });
      expect(response.statusCode).toBe(200);
      const after = response.json() as Client;
      expect(after).toMatchObject({ name: 'Editable', company: 'After Inc', notes: 'keep me', version: 2, contacts: [{ name: 'New', email: 'new@example.com', phone: '' }] });
      expect(await getClient(client.id)).toEqual(after);
    });

    test('a stale version answers 409 with the current version and nothing is overwritten', async () => {
      const client = await addClient({ name: 'Contested' });
      expect((await patch(client.id, { version: 1, name: 'First editor' })).statusCode).toBe(200);
      const eventsBefore = await timeline(client.id);
      const stale = await patch(client.id, { version: 1, name: 'Second editor', stage: 'declined' });
      const problem = expectProblem(stale, 409, { code: 'version_conflict' });
      expect(problem.currentVersion).toBe(2);
      expect(await getClient(client.id)).toMatchObject({ name: 'First editor', stage: 'lead', version: 2 });
      expect(await timeline(client.id)).toEqual(eventsBefore);
    });

    test('two simultaneous edits from the same version: exactly one wins, the other answers 409', async () => {
      const client = await addClient({ name: 'Race' });
      const results = await Promise.all([patch(client.id, { version: 1, name: 'Race A' }), patch(client.id, { version: 1, name: 'Race B' })]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.statusCode === 200)!.json() as Client;
      expect(await getClient(client.id)).toMatchObject({ name: winner.name, version: 2 });
    });

    test('a version ahead of the stored one is stale too', async () => {
      const client = await addClient({ name: 'Ahead' });
      expectProblem(await patch(client.id, { version: 7, name: 'Nope' }), 409, { code: 'version_conflict' });
    });
  });

  describe('archiving and restoring', () => {
    let archived: Client;
    beforeAll(async () => {
      archived = await addClient({ name: 'Archive Me', stage: 'offboarding' });
      await addClient({ name: 'Stay Listed', stage: 'offboarding' });
    });

    test('DELETE archives the client: it stays readable but leaves the default list', async () => {
      const response = await owner.request({ method: 'DELETE', url: `/api/v1/clients/${archived.id}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ isArchived: true, archivedAt: '2027-03-01T09:00:00.000Z', version: 2 });
      expect(await getClient(archived.id)).toMatchObject({ isArchived: true });
      expect(names(await list('stage=offboarding'))).toEqual(['Stay Listed']);
    });

    test('archived=only lists only archived clients, archived=include lists both', async () => {
      expect(names(await list('stage=offboarding&archived=only'))).toEqual(['Archive Me']);
      expect(names(await list('stage=offboarding&archived=include'))).toEqual(['Archive Me', 'Stay Listed']);
      expect((await list('stage=offboarding&archived=only')).items[0]?.isArchived).toBe(true);
    });

    test('archiving an archived client changes nothing', async () => {
      const again = await owner.request({ method: 'DELETE', url: `/api/v1/clients/${archived.id}` });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ version: 2, archivedAt: '2027-03-01T09:00:00.000Z' });
      expect((await timeline(archived.id)).items.filter((e) => e.type === 'client_archived')).toHaveLength(1);
    });

    test('PATCH isArchived=false restores the client to the list', async () => {
      const response = await patch(archived.id, { version: 2, isArchived: false });
      expect(response.json()).toMatchObject({ isArchived: false, archivedAt: null, version: 3 });
      expect(names(await list('stage=offboarding'))).toEqual(['Archive Me', 'Stay Listed']);
    });
  });

  describe('the timeline', () => {
    test('creation, a stage change and archiving are recorded, newest first', async () => {
      const client = await addClient({ name: 'Storied', stage: 'lead', source: 'inbound' });
      await patch(client.id, { version: 1, stage: 'interviewing' });
      await owner.request({ method: 'DELETE', url: `/api/v1/clients/${client.id}` });
      await patch(client.id, { version: 3, isArchived: false });
      const events = await timeline(client.id);
      expect(events.total).toBe(4);
      // All four happen at the same pinned instant: the newest-first order then follows insertion.
      expect(events.items.map((e) => e.type).sort()).toEqual(['client_archived', 'client_created', 'client_restored', 'stage_changed']);
      expect(events.items.find((e) => e.type === 'client_created')?.payload).toEqual({ stage: 'lead', source: 'inbound' });
      expect(events.items.find((e) => e.type === 'stage_changed')?.payload).toEqual({ from: 'lead', to: 'interviewing' });
      for (const event of events.items) expect(event).toMatchObject({ clientId: client.id, isConfidential: false, occurredAt: '2027-03-01T09:00:00.000Z' });
    });

    test('confidential notes are never copied into the timeline: an edit records field names only', async () => {
      const secret = 'Client is going through a divorce; handle invoices gently.';
      const client = await addClient({ name: 'Discreet', notes: secret, isNotesConfidential: true });
      const edited = await patch(client.id, { version: 1, notes: `${secret} Updated.`, name: 'Discreet Co' });
      expect(edited.statusCode).toBe(200);
      const events = await timeline(client.id);
      const updated = events.items.find((e) => e.type === 'client_updated');
      expect(updated?.payload).toEqual({ fields: ['name', 'notes'] });
      expect(JSON.stringify(events)).not.toContain('divorce');
      const rows = await t.database.db.selectFrom('events').select('payload').where('client_id', '=', client.id).execute();
      for (const row of rows) expect(row.payload).not.toContain('divorce');
    });

    test('a logged event keeps its summary, channel and confidential flag; occurredAt defaults to now', async () => {
      const client = await addClient({ name: 'Chatty' });
      const response = await owner.request({
        method: 'POST',
        url: `/api/v1/clients/${client.id}/events`,
        payload: { type: 'call', summary: '  Discussed scope  ', channel: 'phone', isConfidential: true },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({
        id: expect.any(String),
        clientId: client.id,
        type: 'call',
        occurredAt: '2027-03-01T09:00:00.000Z',
        payload: { summary: 'Discussed scope', channel: 'phone', isPlanned: false },
        isConfidential: true,
        createdAt: '2027-03-01T09:00:00.000Z',
      });
    });

    test('an occurredAt with an offset is stored as UTC with milliseconds, and the timeline sorts by it', async () => {
      const client = await addClient({ name: 'Time Traveller' });
      const log = (occurredAt: string, summary: string) =>
        owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/events`, payload: { type: 'note', summary, occurredAt } });
      const early = await log('2027-02-01T10:30:00+01:00', 'early');
      expect(early.json()).toMatchObject({ occurredAt: '2027-02-01T09:30:00.000Z' });
      await log('2027-02-15T08:00:00.123456789Z', 'middle');
      const events = await timeline(client.id);
      expect(events.items.map((e) => e.payload.summary ?? e.type)).toEqual(['client_created', 'middle', 'early']);
      expect(events.items[1]?.occurredAt).toBe('2027-02-15T08:00:00.123Z');
    });

    test('the timeline pages with a total', async () => {
      const client = await addClient({ name: 'Busy' });
      for (let i = 1; i <= 4; i += 1) {
        await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/events`, payload: { type: 'note', summary: `n${i}`, occurredAt: `2027-01-0${i}T00:00:00Z` } });
      }
      const page = await timeline(client.id, '?limit=2&offset=1');
      expect(page).toMatchObject({ total: 5, limit: 2, offset: 1 });
      expect(page.items.map((e) => e.payload.summary)).toEqual(['n4', 'n3']);
    });
  });
});
