// A testimonial request reaches the client through a real SMTP server, in their language, with a portal link that opens.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { startSmtpSink, type SmtpSink } from '../../tests/support/smtp-sink.ts';
import { createClock } from '../clock.ts';
import { deliverOutboxJob } from '../jobs/deliver-outbox.ts';
import { createSmtpMailer, type Mailer } from '../outputs/email/smtp-transport.ts';

/** The text of a MIME message as a person reads it: quoted-printable soft breaks joined and bytes decoded. */
function readableBody(raw: string): string {
  const body = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
  const joined = body.replace(/=\r?\n/g, '');
  const bytes = joined.replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** An RFC 2047 encoded header ("=?UTF-8?Q?...?=" or "?B?") as plain text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    });
}

describe.each(databaseKinds)('testimonial request email on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let sink: SmtpSink;
  let mailer: Mailer;

  beforeAll(async () => {
    [t, sink] = await Promise.all([createTestApp(kind, { isSmtpConfigured: true }), startSmtpSink()]);
    owner = await setUpOwner(t.app, { name: 'Marta Vidal', workspaceName: 'Marta Writes' });
    mailer = createSmtpMailer(sink.url);
  });
  afterAll(async () => {
    mailer?.close();
    await Promise.all([t?.close(), sink?.close()]);
  });

  test('a Spanish client receives the request in Spanish, and its link opens the testimonial form', async () => {
    const client = await owner.request({
      method: 'POST',
      url: '/api/v1/clients',
      payload: { name: 'Lucía Fernández', timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', contacts: [{ name: 'Lucía', email: 'lucia@norte.example', phone: '' }] },
    });
    const requested = await owner.request({ method: 'POST', url: `/api/v1/clients/${client.json().id}/testimonial-requests` });
    expect(requested.statusCode, requested.body).toBe(202);

    const result = await deliverOutboxJob.run({ ...t.deps, clock: createClock('2027-03-01T09:01:00Z'), mailer, smtpFrom: 'Sana <sana@localhost>' });
    expect(result.failed).toBe(0);
    const email = sink.received.find((e) => e.to.includes('lucia@norte.example'));
    expect(email).toBeDefined();
    expect(decodeHeader(email!.subject)).toBe('¿Me dedicas unas palabras sobre cómo ha sido trabajar con Marta Vidal?');
    const body = readableBody(email!.raw);
    expect(body).toContain('Hola, Lucía:');
    expect(body).toContain('Tú decides si puedo publicarlas');
    expect(body).toContain('Enviado por Sana en nombre de Marta Writes.');
    const token = /http:\/\/localhost:3000\/p\/([\w-]{43})\/testimonial/.exec(body)?.[1];
    expect(token).toBeDefined();

    const home = await t.app.inject({ method: 'GET', url: `/api/v1/portal/${token}` });
    expect(home.json()).toMatchObject({ clientName: 'Lucía Fernández', freelancerName: 'Marta Vidal', language: 'es' });
    // Delivered once: a second run sends nothing more.
    const before = sink.received.length;
    await deliverOutboxJob.run({ ...t.deps, clock: createClock('2027-03-01T09:02:00Z'), mailer, smtpFrom: 'Sana <sana@localhost>' });
    expect(sink.received.length).toBe(before);
  });
});
