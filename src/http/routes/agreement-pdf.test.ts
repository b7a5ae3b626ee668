// Proposal and contract PDFs as both readers download them, on both databases: the text pdfjs reads back has the five
// parts in the client's language, the signature block, and (once both signed) the certificate page; nothing private leaks.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { createClock } from '../../clock.ts';
import { readPdfText, type PdfText } from '../../outputs/pdf/read-pdf-text.ts';

const englishHeadings = ['1. What: the deliverables', '2. When: deadlines for both parties', '3. How: the way we work', '4. Cost', '5. Terms', 'Signatures'];
const spanishHeadings = ['1. Qué: las entregas', '2. Cuándo: plazos de ambas partes', '3. Cómo: la forma de trabajar', '4. Coste', '5. Condiciones', 'Firmas'];
const secret = 'Pays late every quarter, keep an eye on it';

describe.each(databaseKinds)('agreement PDFs on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;

  const asClient = (options: InjectOptions): Promise<LightMyRequestResponse> =>
    t.app.inject({ ...options, remoteAddress: '203.0.113.9', headers: { 'user-agent': 'Mozilla/5.0 (Test) Firefox/140.0', ...options.headers } });
  const pdfOf = async (response: LightMyRequestResponse): Promise<PdfText> => {
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return readPdfText(response.rawPayload);
  };
  async function clientWith(name: string, language: 'en' | 'es', email: string) {
    const response = await owner.request({
      method: 'POST',
      url: '/api/v1/clients',
      payload: { name, timeZone: language === 'es' ? 'America/Mexico_City' : 'America/New_York', language, currency: 'USD', notes: secret, isNotesConfidential: true, contacts: [{ name, email }] },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }
  async function sentContract(clientId: string, templateId: string) {
    const created = await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, kind: 'contract', templateId, document: { when: { startDate: '2027-03-08' }, cost: { amount: 185_050 } } } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    return id;
  }
  const tokenFor = async (to: string) => {
    const items = (await owner.request({ method: 'GET', url: '/api/v1/outbox?limit=200' })).json().items as { to: string; bodyText: string }[];
    return /\/p\/([A-Za-z0-9_-]+)\/agreements\//.exec(items.find((m) => m.to === to)!.bodyText)![1]!;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: createClock('2027-03-01T09:00:00Z') });
    owner = await setUpOwner(t.app, { name: 'Marta Vidal' });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('a Spanish client gets Spanish headings; the draft has no certificate, the signed contract ends with one', async () => {
    const clientId = await clientWith('Lucía Ortega', 'es', 'lucia-pdf@norte.example');
    const id = await sentContract(clientId, 'starter-writer-es');

    const draft = await pdfOf(await owner.request({ method: 'GET', url: `/api/v1/agreements/${id}/pdf` }));
    for (const heading of spanishHeadings) expect(draft.text).toContain(heading);
    for (const heading of englishHeadings.slice(0, 3)) expect(draft.text).not.toContain(heading);
    expect(draft.text).toContain('Borrador: aún no enviado');
    // What: a deliverable with its specs, and the out-of-scope list.
    expect(draft.text).toContain('Artículo de blog');
    expect(draft.text).toContain('1 por semana');
    expect(draft.text).toMatch(/800–1\.?200 palabras/);
    expect(draft.text).toContain('No incluido (fuera del alcance)');
    // When: resolved dates, the owner and the rule that hangs on the client.
    expect(draft.text).toContain('8 de marzo de 2027');
    expect(draft.text).toContain('13 de marzo de 2027');
    expect(draft.text).toContain('7 días después de que el cliente envíe «Grabación de la entrevista');
    expect(draft.text).toContain('Lo que envía el cliente');
    // Cost in the currency, formatted the Spanish way; terms; the note.
    expect(draft.text).toMatch(/1850,50\s?US\$ al mes/);
    expect(draft.text).toContain('Iguala mensual');
    expect(draft.text).toContain('Terminación anticipada');
    expect(draft.text).toContain('No es asesoramiento legal');
    expect(draft.text).not.toContain('Certificado de firmas');
    expect(draft.text).not.toContain(secret);
    // The signature block waits for both: names, and a blank date line for each.
    expect(draft.pages.at(-1)).toContain('Firmas');
    expect(draft.text.match(/Fecha: _+/g)).toHaveLength(2);

    expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${id}/send` })).statusCode).toBe(200);
    const token = await tokenFor('lucia-pdf@norte.example');
    expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${id}/sign`, payload: { version: 1, fullName: 'Marta Vidal', hasConsented: true } })).statusCode).toBe(200);
    const halfSigned = await pdfOf(await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${id}/pdf` }));
    expect(halfSigned.text).toContain('Pendiente de la firma de ambas partes');
    expect(halfSigned.text).toContain('Firmado electrónicamente el 1 de marzo de 2027 a las 09:00:00 UTC');
    expect(halfSigned.text).not.toContain('Certificado de firmas');

    const signedByClient = await asClient({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${id}/sign`, payload: { version: 1, fullName: 'Lucía Ortega', hasConsented: true } });
    expect(signedByClient.statusCode, signedByClient.body).toBe(200);
    const contentHash = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${id}` })).json().contentHash as string;

    for (const response of [await owner.request({ method: 'GET', url: `/api/v1/agreements/${id}/pdf` }), await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${id}/pdf` })]) {
      const signed = await pdfOf(response);
      const certificate = signed.pages.at(-1)!;
      expect(certificate).toContain('Certificado de firmas');
      expect(certificate).toContain('Profesional: Marta Vidal');
      expect(certificate).toContain('Cliente: Lucía Ortega');
      expect(certificate).toContain('2027-03-01T09:00:00');
      expect(certificate).toContain('203.0.113.9');
      expect(certificate).toContain('Mozilla/5.0 (Test) Firefox/140.0');
      expect(certificate).toContain('Acepto firmar este documento de forma electrónica');
      expect(certificate.split(contentHash).length - 1).toBe(3);
      expect(signed.text).toContain('Firmado por ambas partes');
      expect(signed.text).toContain('6 meses, hasta el 7 de septiembre de 2027');
      expect(signed.text).not.toContain(secret);
    }
  });

  test('an English client gets English headings and amounts in their currency', async () => {
    const clientId = await clientWith('Dana Brooks', 'en', 'dana-pdf@brooks.example');
    const id = await sentContract(clientId, 'starter-designer-en');
    const pdf = await pdfOf(await owner.request({ method: 'GET', url: `/api/v1/agreements/${id}/pdf` }));
    for (const heading of englishHeadings) expect(pdf.text).toContain(heading);
    for (const heading of spanishHeadings.slice(0, 3)) expect(pdf.text).not.toContain(heading);
    expect(pdf.text).toContain('US$1,850.50');
    expect(pdf.text).toContain('Not included (out of scope)');
    expect(pdf.text).toContain('Not legal advice');
    expect(pdf.text).toContain('Signature');
    expect(pdf.text).not.toContain(secret);
  });

  test("the portal gives only that client's sent documents: never a draft, never another client's", async () => {
    const mine = await clientWith('Ana Mine', 'en', 'ana-pdf@example.com');
    const other = await clientWith('Otto Other', 'en', 'otto-pdf@example.com');
    const sent = await sentContract(mine, 'starter-writer-en');
    expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${sent}/send` })).statusCode).toBe(200);
    const draft = await sentContract(mine, 'starter-writer-en');
    const othersDoc = await sentContract(other, 'starter-writer-en');
    expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${othersDoc}/send` })).statusCode).toBe(200);
    const token = await tokenFor('ana-pdf@example.com');

    expect((await pdfOf(await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${sent}/pdf` }))).text).toContain('Weekly blog posts');
    expectProblem(await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${draft}/pdf` }), 404, { code: 'not_found' });
    expectProblem(await asClient({ method: 'GET', url: `/api/v1/portal/${token}/agreements/${othersDoc}/pdf` }), 404, { code: 'not_found' });
    expectProblem(await asClient({ method: 'GET', url: `/api/v1/portal/${'A'.repeat(43)}/agreements/${sent}/pdf` }), 404, { code: 'not_found' });
  });
});
