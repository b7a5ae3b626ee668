// Which language to show: the saved choice, else the browser's; and applying a change everywhere it shows.
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../schemas/common.ts';

const STORAGE_KEY = 'sana.language';
export const supportedLanguages = ['en', 'es'] as const satisfies readonly Language[];

/** Each language named in itself, so someone who cannot read the current one still finds theirs. */
export const languageAutonyms: Record<Language, string> = { en: 'English', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage can be blocked (private mode, policies); the browser language still works
  }
}

export function detectLanguage(): Language {
  const saved = storedLanguage();
  if (saved) return saved;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Switches the UI, `<html lang>` and the remembered choice in one go. */
export async function applyLanguage(i18n: I18n, language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered on this device; the account setting still is when logged in
  }
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** Shows a language without remembering it: for visitors of public pages, whose device is not Sana's to change. */
export async function showLanguage(i18n: I18n, language: Language): Promise<void> {
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The locale Intl formats with: the browser's own variant when it speaks that language (es-MX, en-GB), else a default. */
export function localeFor(language: string): string {
  const browser = typeof navigator === 'undefined' ? undefined : navigator.languages?.find((tag) => tag.toLowerCase().split('-')[0] === language);
  if (browser) return browser;
  return language === 'es' ? 'es-ES' : 'en-US';
}
