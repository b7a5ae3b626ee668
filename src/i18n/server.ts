// Translations for what the server writes (emails, PDFs): the same catalogs the web app uses.
import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import type { Language } from '../schemas/common.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function translatorFor(language: Language): TFunction {
  return instance.getFixedT(language);
}
