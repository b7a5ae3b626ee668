// The e-signature consent text the server records when the freelancer signs: the shared catalog's, in the account's language.
// (The freelancer's agreement response does not carry it, unlike the portal's; both come from `email.agreements.consent`.)
import en from '../../i18n/locales/en.json';
import es from '../../i18n/locales/es.json';

export function freelancerConsentText(language: string): string {
  return (language === 'es' ? es : en).email.agreements.consent;
}
