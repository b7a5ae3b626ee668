// How a starter template is written: the parts a role changes, laid over the method's defaults, in one language.
import { emptyDocument, type AgreementDocument, type Cost, type How, type Terms, type What, type When } from '../document.ts';

export const starterRoles = ['writer', 'virtual_assistant', 'podcast_producer', 'designer', 'developer'] as const;
export type StarterRole = (typeof starterRoles)[number];
export type TemplateLanguage = 'en' | 'es';

export type StarterTemplate = {
  /** "starter-writer-en": stable, so an agreement can say which template it started from. */
  id: string;
  role: StarterRole;
  language: TemplateLanguage;
  name: string;
  description: string;
  /** Every template says so: the freelancer adapts it, and a lawyer where it matters. */
  notLegalAdvice: string;
  document: AgreementDocument;
};

export const notLegalAdviceNote: Record<TemplateLanguage, string> = {
  en: 'This template is a starting point written for freelancers, not legal advice. Laws differ by country and city: adapt it to your situation, and have a lawyer read it when the stakes are high.',
  es: 'Esta plantilla es un punto de partida pensado para profesionales independientes, no asesoramiento legal. Las leyes cambian según el país y la ciudad: adáptala a tu caso y pide a un abogado que la revise cuando haya mucho en juego.',
};

type StarterParts = {
  title: string;
  what: What;
  when: Omit<When, 'startDate'>;
  how: How;
  cost: Partial<Omit<Cost, 'currency'>>;
  terms: Omit<Terms, 'offerExpiresOn'>;
  notes: string;
};

/** Templates carry no dates, parties or currency: those come from the client and the freelancer when an agreement is made. */
export function starter(role: StarterRole, language: TemplateLanguage, name: string, description: string, parts: StarterParts): StarterTemplate {
  const base = emptyDocument('EUR');
  return {
    id: `starter-${role.replaceAll('_', '-')}-${language}`,
    role,
    language,
    name,
    description,
    notLegalAdvice: notLegalAdviceNote[language],
    document: {
      ...base,
      title: parts.title,
      what: parts.what,
      when: { ...parts.when, startDate: null },
      how: parts.how,
      cost: { ...base.cost, ...parts.cost },
      terms: { ...parts.terms, offerExpiresOn: null },
      notes: parts.notes,
    },
  };
}
