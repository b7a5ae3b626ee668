// The emails about proposals and contracts, written in the reader's language from the shared catalogs.
import { translatorFor } from '../../i18n/server.ts';
import type { AgreementKind } from '../../domain/agreements/document.ts';
import type { MilestoneShift } from '../../domain/agreements/schedule.ts';
import type { Language } from '../../schemas/common.ts';

export type DraftedEmail = { subject: string; bodyText: string };

type Common = { language: Language; name: string; freelancer: string; workspace: string; title: string; kind: AgreementKind };

function withFooter(language: Language, body: string, workspace: string): string {
  return `${body}\n\n${translatorFor(language)('email.footer', { workspace })}`;
}

/** To the client: a document to read, comment on and accept or sign, behind their portal link. */
export function agreementSentEmail(input: Common & { url: string; isNewVersion: boolean; note: string }): DraftedEmail {
  const t = translatorFor(input.language);
  const vars = { ...input, kindLabel: t(`email.agreements.kinds.${input.kind}`) };
  const key = input.isNewVersion ? 'email.agreements.revised' : 'email.agreements.sent';
  const note = input.note.trim() === '' ? '' : `\n\n${t('email.agreements.revised.noteLead')}\n${input.note.trim()}`;
  return { subject: t(`${key}.subject`, vars), bodyText: withFooter(input.language, `${t(`${key}.body`, vars)}${note}`, input.workspace) };
}

/** The date format both parties read in a shift notice: long and unambiguous, in the reader's language. */
function longDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** To both parties: a client input came late, and these deadlines moved with it. */
export function milestonesShiftedEmail(input: Common & { inputTitle: string; receivedOn: string; delayDays: number; shifts: MilestoneShift[] }): DraftedEmail {
  const t = translatorFor(input.language);
  const lines = input.shifts.map((shift) => `• ${t('email.agreements.shifted.line', { title: shift.title, from: longDate(shift.from, input.language), to: longDate(shift.to, input.language) })}`);
  const vars = { ...input, receivedOn: longDate(input.receivedOn, input.language), count: input.delayDays };
  return {
    subject: t('email.agreements.shifted.subject', vars),
    bodyText: withFooter(input.language, `${t('email.agreements.shifted.body', vars)}\n\n${lines.join('\n')}\n\n${t('email.agreements.shifted.closing', vars)}`, input.workspace),
  };
}

/** To the freelancer: the term of a signed contract is ending, time to talk about the next one. */
export function renegotiationReminderEmail(input: Omit<Common, 'kind'> & { clientName: string; endsOn: string }): DraftedEmail {
  const t = translatorFor(input.language);
  const vars = { ...input, endsOn: longDate(input.endsOn, input.language) };
  return { subject: t('email.agreements.renegotiation.subject', vars), bodyText: withFooter(input.language, t('email.agreements.renegotiation.body', vars), input.workspace) };
}

/** The sentence a signer agrees to by ticking the box, in their language; stored with the signature. */
export function consentText(language: Language): string {
  return translatorFor(language)('email.agreements.consent');
}
