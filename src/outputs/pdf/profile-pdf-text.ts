// English and Spanish text of the one-page profile PDF, keyed like the i18n catalogs (`pdf.profile.*`) so they merge into en.json and es.json.
//
// Words the vetting reasons already translate (channels, weekdays, pricing models, rush, red flags, units) are not
// repeated here: the PDF nests them with `$t(vetting.…)` from `reasonTemplates`.
import { catalogOf, type Catalog, type TemplateLanguage, type TemplateText } from '../../domain/vetting/reason-templates.ts';

export type ProfilePdfTemplate = Record<TemplateLanguage, TemplateText>;

export const profilePdfText = {
  'pdf.profile.title': {
    en: 'My ideal client, what I avoid, how I work',
    es: 'Mi cliente ideal, lo que evito y cómo trabajo',
  },
  'pdf.profile.legend.nonNegotiable': { en: 'a line I do not cross', es: 'un límite que no cruzo' },
  'pdf.profile.legend.flexible': { en: 'open to compromise for the right client', es: 'puedo ceder con el cliente adecuado' },

  'pdf.profile.marker.non_negotiable': { en: 'Non-negotiable', es: 'Innegociable' },
  'pdf.profile.marker.willing_to_compromise': { en: 'Flexible', es: 'Negociable' },

  'pdf.profile.section.howIWork': { en: 'How I work', es: 'Cómo trabajo' },
  'pdf.profile.section.idealClient': { en: 'My ideal client', es: 'Mi cliente ideal' },
  'pdf.profile.section.avoid': { en: 'What I avoid', es: 'Lo que evito' },
  'pdf.profile.section.skills': { en: 'Skills', es: 'Habilidades' },

  'pdf.profile.officeHours': { en: 'Office hours', es: 'Horario de trabajo' },
  'pdf.profile.timeZone': { en: 'Time zone: {{zone}}', es: 'Zona horaria: {{zone}}' },
  'pdf.profile.dayOff': { en: 'Day off', es: 'Libre' },

  'pdf.profile.weekends': { en: 'Weekends', es: 'Fines de semana' },
  'pdf.profile.weekendsOff': { en: 'I do not work at weekends', es: 'No trabajo los fines de semana' },
  'pdf.profile.weekendsOn': { en: 'I work at weekends', es: 'Trabajo los fines de semana' },
  'pdf.profile.publicHolidays': { en: 'Public holidays', es: 'Festivos' },
  'pdf.profile.publicHolidaysOff': { en: 'I do not work on public holidays', es: 'No trabajo en festivos' },
  'pdf.profile.publicHolidaysOn': { en: 'I work on public holidays', es: 'Trabajo en festivos' },

  'pdf.profile.blockedDays': { en: 'Days I never work', es: 'Días en que nunca trabajo' },
  'pdf.profile.blockedDay': { en: '{{day}} — {{value}}', es: '{{day}} — {{value}}' },
  'pdf.profile.blockedDayLabelled': { en: '{{day}} ({{label}}) — {{value}}', es: '{{day}} ({{label}}) — {{value}}' },

  'pdf.profile.travel': { en: 'Travel', es: 'Viajes' },
  'pdf.profile.travelTrips': {
    en: { zero: 'I do not travel for work', one: 'Up to 1 trip a year', other: 'Up to {{count}} trips a year' },
    es: { zero: 'No viajo por trabajo', one: 'Hasta 1 viaje al año', other: 'Hasta {{count}} viajes al año' },
  },

  'pdf.profile.channels': { en: 'How to reach me', es: 'Cómo contactarme' },
  'pdf.profile.channelsOnly': { en: 'Only {{first}}', es: 'Solo {{first}}' },
  'pdf.profile.channelsRanked': { en: '{{first}} first, then {{rest}}', es: 'Primero {{first}}, luego {{rest}}' },
  'pdf.profile.channelsNone': { en: 'No channels chosen yet', es: 'Aún sin canales elegidos' },

  'pdf.profile.calls': { en: 'Calls and meetings', es: 'Llamadas y reuniones' },
  'pdf.profile.callsPerWeek': {
    en: { zero: 'No calls or meetings', one: 'At most 1 call or meeting a week', other: 'At most {{count}} calls or meetings a week' },
    es: { zero: 'Sin llamadas ni reuniones', one: 'Como mucho 1 llamada o reunión a la semana', other: 'Como mucho {{count}} llamadas o reuniones a la semana' },
  },

  'pdf.profile.replyWindow': { en: 'Reply time', es: 'Tiempo de respuesta' },
  'pdf.profile.replyWithin': {
    en: 'I reply within $t(vetting.unit.{{unit}}, {"count": {{amount}} })',
    es: 'Respondo en $t(vetting.unit.{{unit}}, {"count": {{amount}} }) como máximo',
  },

  'pdf.profile.rushWork': { en: 'Rush work I take on', es: 'Trabajos urgentes que acepto' },

  'pdf.profile.workKinds': { en: 'Kinds of work', es: 'Tipos de trabajo' },
  'pdf.profile.industries': { en: 'Industries', es: 'Sectores' },
  'pdf.profile.anyIndustry': { en: 'Any industry is welcome', es: 'Cualquier sector es bienvenido' },
  'pdf.profile.budgetFloor': { en: 'Lowest budget I accept', es: 'Presupuesto mínimo que acepto' },
  'pdf.profile.budgetLine': { en: '{{amount}} $t(vetting.pricingUnit.{{model}})', es: '{{amount}} $t(vetting.pricingUnit.{{model}})' },
  'pdf.profile.noBudgetFloor': { en: 'No minimum set', es: 'Sin mínimo fijado' },
  'pdf.profile.pricingModels': { en: 'How I prefer to charge', es: 'Cómo prefiero cobrar' },
  'pdf.profile.discouraged': { en: '{{model}} (not recommended)', es: '{{model}} (no recomendable)' },

  'pdf.profile.avoidWorkKinds': { en: 'Kinds of work', es: 'Tipos de trabajo' },
  'pdf.profile.redFlags': { en: 'Red flags in a client', es: 'Señales de alerta en un cliente' },

  'pdf.profile.strengths': { en: 'Strengths', es: 'Puntos fuertes' },
  'pdf.profile.dontWant': { en: 'Not good at, and do not want to do', es: 'No se me da bien y no quiero hacerlo' },
  'pdf.profile.willingToLearn': { en: 'Not good at yet, willing to learn', es: 'Aún no lo domino, pero quiero aprender' },

  'pdf.profile.notSet': { en: 'Not filled in yet', es: 'Aún sin rellenar' },
  'pdf.profile.more': { en: '+{{count}} more', es: '+{{count}} más' },
  'pdf.profile.generatedOn': { en: 'Generated on {{date}}', es: 'Generado el {{date}}' },
  'pdf.profile.madeWith': { en: 'Made with Sana', es: 'Hecho con Sana' },
} satisfies Record<string, ProfilePdfTemplate>;

export type ProfilePdfTextKey = keyof typeof profilePdfText;

/** The PDF text of one language as nested JSON with i18next plural suffixes, merged into the server's catalogs. */
export function profilePdfCatalog(language: TemplateLanguage): Catalog {
  return catalogOf(profilePdfText, language);
}
