// What the client will read: the policy-update letter written by the very function the server emails it with, from the
// same catalog, in the client's language. Also the rule in one sentence for the letters list, in the reader's language.
import i18next from 'i18next';
import en from '../../i18n/locales/en.json';
import es from '../../i18n/locales/es.json';
import { describeLateFeeRule, lateFeeLetterEmail } from '../../outputs/email/invoice-late-fee-letter.ts';
import type { LateFeeRuleValue } from '../api/invoicing-settings.ts';

// The web app's own instance carries only the "web" words; the letter's words live under "email".
const letterWords = i18next.createInstance();
void letterWords.init({
  resources: { en: { translation: { email: en.email } }, es: { translation: { email: es.email } } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const languageOf = (language: string) => (language === 'es' ? 'es' : 'en');

export type LetterPreview = { subject: string; lead: string; body: string };

export function letterPreview(facts: { language: string; contactName: string; freelancer: string; workspace: string; currency: string; rule: LateFeeRuleValue; effectiveOn: string }): LetterPreview {
  const language = languageOf(facts.language);
  const t = letterWords.getFixedT(language);
  const email = lateFeeLetterEmail({ ...facts, language }, t);
  // The two paragraphs that say what changes: "From 15 March 2027, invoices paid late will carry…" and the rule.
  const paragraphs = email.bodyText.split('\n\n');
  return { subject: email.subject, lead: `${paragraphs[1] ?? ''} ${paragraphs[2] ?? ''}`.trim(), body: email.bodyText };
}

/** "a fixed fee of 40 €, once per invoice, when….": the letter's own description of the rule, to follow a colon. */
export function ruleText(rule: LateFeeRuleValue, currency: string, language: string): string {
  const text = describeLateFeeRule(rule, currency, languageOf(language), letterWords.getFixedT(languageOf(language)));
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The same description as a sentence of its own: "A fixed fee of 40 €, once per invoice, when…". */
export function ruleSentence(rule: LateFeeRuleValue, currency: string, language: string): string {
  const text = ruleText(rule, currency, language);
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
