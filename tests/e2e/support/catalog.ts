// The app's own en/es catalogs, so page objects find controls by the exact text a person sees in either language.
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import es from '../../../src/i18n/locales/es.json' with { type: 'json' };
import { reasonCatalog } from '../../../src/domain/vetting/reason-templates.ts';

export type Lang = 'en' | 'es';
// The app merges the vetting words (statuses, recommendations, red flags…) into its catalog; so do the page objects.
const catalogs = { en: { ...en.web, ...reasonCatalog('en') }, es: { ...es.web, ...reasonCatalog('es') } } as const;

/** `text('es', 'clients.title')` → "Clientes"; `{{name}}` placeholders are filled from `vars`. */
export function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = catalogs[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No "${key}" in the ${lang} catalog.`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** A control's accessible name: the label text, plus "(optional)" when the form marks it so. */
export function label(lang: Lang, key: string): RegExp {
  const escaped = text(lang, key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}( \\(${text(lang, 'common.optional')}\\))?$`);
}
