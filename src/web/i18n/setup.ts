// The web app's i18next instance: the "web" part of the shared en/es catalogs plus the vetting words, ready before the first render.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../i18n/locales/en.json';
import es from '../../i18n/locales/es.json';
import type { Language } from '../../schemas/common.ts';
import { reasonCatalog } from '../../domain/vetting/reason-templates.ts';
import { healthCatalog } from '../../domain/health/health-text.ts';
import { detectLanguage } from './language.ts';

export const i18n = i18next.createInstance();

export function setUpI18n(): Language {
  const language = detectLanguage();
  void i18n.use(initReactI18next).init({
    // The vetting labels (channels, statuses, recommendations, red flags…) are the server's own, so the page and the
    // explained fit always use the same words.
    // The health words (reasons, statuses, trends, flags, event kinds) likewise match the server's health sentences.
    resources: {
      en: { translation: { ...en.web, ...reasonCatalog('en'), ...healthCatalog('en') } },
      es: { translation: { ...es.web, ...reasonCatalog('es'), ...healthCatalog('es') } },
    },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es'],
    // Catalogs are bundled, so init can finish synchronously and the first paint is already translated.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Never suspend on a language switch: it would swap the page for a loading line and lose what was typed.
    react: { useSuspense: false },
  });
  document.documentElement.lang = language;
  return language;
}
