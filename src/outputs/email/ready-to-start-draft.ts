// "Ready to start as soon as the deposit arrives": the draft the freelancer edits, in the client's language, and the
// portal link that takes the place of its placeholder when it is sent.
import { translatorFor } from '../../i18n/server.ts';
import type { Language } from '../../schemas/common.ts';
import { formatDate, formatMoney } from '../pdf/invoice-format.ts';

export type ReadyToStartFacts = {
  language: Language;
  contactName: string;
  freelancer: string;
  title: string;
  number: string;
  balance: number;
  currency: string;
  dueOn: string | null;
};

/** Where the portal link goes; written in the draft's language so it reads naturally while being edited. */
export function portalPlaceholder(language: Language): string {
  return translatorFor(language)('email.readyToStart.portalPlaceholder');
}

export function readyToStartDraft(facts: ReadyToStartFacts): { subject: string; body: string } {
  const t = translatorFor(facts.language);
  const r = (key: string, values: Record<string, unknown> = {}) => t(`email.readyToStart.${key}`, values);
  const amount = formatMoney(facts.balance, facts.currency, facts.language);
  const hasTitle = facts.title.trim() !== '';
  const body = [
    r('greeting', { name: facts.contactName }),
    hasTitle ? r('inputsIn', { title: facts.title.trim() }) : r('inputsInUntitled'),
    facts.dueOn ? r('deposit', { number: facts.number, amount, date: formatDate(facts.dueOn, facts.language) }) : r('depositNoDate', { number: facts.number, amount }),
    r('portal', { link: portalPlaceholder(facts.language) }),
    r('closing', { freelancer: facts.freelancer }),
  ].join('\n\n');
  return { subject: hasTitle ? r('subject', { title: facts.title.trim() }) : r('subjectUntitled'), body };
}

/** The message as sent: every placeholder (in either language) becomes the link; a message without one gets it appended. */
export function withPortalLink(body: string, url: string, language: Language): string {
  const placeholders = [portalPlaceholder('en'), portalPlaceholder('es')];
  if (placeholders.some((placeholder) => body.includes(placeholder))) return placeholders.reduce((text, placeholder) => text.split(placeholder).join(url), body);
  return `${body}\n\n${translatorFor(language)('email.readyToStart.portal', { link: url })}`;
}
