// Translations for what the server writes (emails, PDFs, explained reasons): the same catalogs the web app uses.
import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import { reasonCatalog } from '../domain/vetting/reason-templates.ts';
import { profilePdfCatalog } from '../outputs/pdf/profile-pdf-text.ts';
import { healthCatalog } from '../domain/health/health-text.ts';
import type { HealthText } from '../domain/health/health-text.ts';
import type { Reason } from '../domain/vetting/reason.ts';
import type { Language } from '../schemas/common.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { translation: { ...en, ...reasonCatalog('en'), ...profilePdfCatalog('en'), ...healthCatalog('en') } },
    es: { translation: { ...es, ...reasonCatalog('es'), ...profilePdfCatalog('es'), ...healthCatalog('es') } },
  },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function translatorFor(language: Language): TFunction {
  return instance.getFixedT(language);
}

/** A domain reason (catalog key + params) as one sentence in the reader's language. */
export function translateReason(reason: Reason, language: Language): string {
  return instance.getFixedT(language)(reason.key, reason.params as Record<string, unknown>);
}

/** A relationship sentence (boundaries, favors, concerns, health) in the reader's language. */
export function translateHealthText(text: HealthText, language: Language): string {
  return instance.getFixedT(language)(text.key, text.params as Record<string, unknown>);
}
