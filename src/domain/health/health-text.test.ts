import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { reasonCatalog, templateLanguages, type TemplateLanguage, type TemplateText } from '../vetting/reason-templates.ts';
import { contactTimings } from '../boundaries/contact-timing.ts';
import { boundaryFlags } from '../boundaries/boundary-events.ts';
import { healthReasonKinds } from './health-reasons.ts';
import { healthStatuses, healthTrends } from './health-status.ts';
import { healthCatalog, healthTemplates, type HealthTextKey, type HealthTextParams } from './health-text.ts';
import { healthRecommendations } from './recommendation.ts';
import { relationshipEventKinds } from './relationship-events.ts';

/** One realistic example per sentence; the type makes sure no key is forgotten. */
const examples: { [K in HealthTextKey]: HealthTextParams[K] } = {
  'health.reminder.outsideHours': { count: 3, days: 14 },
  'health.reminder.onBlockedDays': { count: 1 },
  'health.reminder.callsOverLimit': { count: 2, limit: 1 },
  'health.reminder.wrongChannel': { count: 3 },
  'health.extras.recurringUnpaid': { description: 'Upload each episode to YouTube', hours: 0.5 },
  'health.extras.pilingUp': { count: 4, days: 90 },
  'health.concern.raiseIt': { summary: 'Feedback arrives late', days: 3 },
  'health.concern.feelsOff': { summary: 'Short replies lately', days: 1 },
  'health.concern.checkInMessage': {},
  'health.communication.nothingDue': { days: 90 },
  'health.communication.unanswered': { count: 2, total: 5, days: 90 },
  'health.panic.requests': { count: 6, days: 90 },
  'health.panic.trueEmergencies': { count: 1 },
  'health.panic.missedCommitments': { count: 2 },
  'health.integrity.incidents': { count: 1, days: 365, limit: 2 },
  'health.decline.noInvoiceData': {},
  'health.decline.latePayments': { count: 3, total: 4, days: 90 },
  'health.decline.overdueBalance': { count: 2, amount: 1320.5, currency: 'GBP', days: 40 },
  'health.decline.brokenPromises': { count: 1, days: 90 },
  'health.decline.excuses': { count: 0 },
  'health.decline.budgetCuts': { count: 1 },
  'health.expectations.incidents': { count: 2, days: 90 },
  'health.expectations.persisting': { count: 3 },
  'health.why.decisive': { reason: 'integrity' },
  'health.why.severalToAct': { count: 2, limit: 2 },
  'health.why.toAct': { reason: 'panic' },
  'health.why.severalToWatch': { count: 3, limit: 2 },
  'health.why.toWatch': { reason: 'decline' },
  'health.why.allClear': {},
  'health.agenda.opening': {},
  'health.agenda.thanks': { count: 2 },
  'health.agenda.communication': { count: 3 },
  'health.agenda.panic': { count: 6 },
  'health.agenda.panicHurtsOthers': { count: 5, missed: 1 },
  'health.agenda.integrity': { count: 1 },
  'health.agenda.latePayments': { count: 2 },
  'health.agenda.budget': { count: 2 },
  'health.agenda.expectations': { count: 2 },
  'health.agenda.openConcern': { summary: 'Briefs arrive late' },
  'health.agenda.theirSide': {},
  'health.agenda.nextStep': {},
};

function translatorFor(language: TemplateLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ resources: { [language]: { translation: healthCatalog(language) } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return instance.getFixedT(language);
}

const say = (language: TemplateLanguage, key: string, params: Record<string, unknown> = {}) => translatorFor(language)(key, params).replace(/\u00a0|\u202f/g, ' ');
const sayExample = (language: TemplateLanguage, key: HealthTextKey) => say(language, key, examples[key] as Record<string, unknown>);

/** Placeholder names; a value formatted as money (`{{amount, currency}}`) also reads the `currency` param. */
function placeholders(text: TemplateText): Set<string> {
  const forms = typeof text === 'string' ? [text] : [text.zero ?? '', text.one, text.other];
  return new Set(forms.flatMap((form) => [...form.matchAll(/\{\{(\w+)(, currency)?/g)].flatMap((m) => (m[2] ? [m[1] as string, 'currency'] : [m[1] as string]))));
}

describe('health text (English and Spanish)', () => {
  it('reads naturally in both languages', () => {
    expect(sayExample('en', 'health.reminder.outsideHours')).toBe('3 contacts outside your office hours in the last 14 days');
    expect(sayExample('es', 'health.reminder.outsideHours')).toBe('3 contactos fuera de tu horario en los últimos 14 días');
    expect(sayExample('en', 'health.communication.unanswered')).toBe('2 of 5 important messages went unanswered past the reply window in the last 90 days');
    expect(sayExample('es', 'health.concern.raiseIt')).toBe('«Feedback arrives late» lleva abierto 3 días: sácalo ahora, mientras aún es pequeño');
    expect(sayExample('en', 'health.why.decisive')).toBe('Lack of integrity calls for action, and that alone is reason enough for you to leave');
    expect(sayExample('en', 'health.decline.excuses')).toBe('No excuses logged');
    expect(sayExample('en', 'health.decline.overdueBalance')).toBe('£1,320.50 still owed on 2 invoices past their due date, the oldest 40 days overdue');
    expect(sayExample('es', 'health.decline.overdueBalance')).toBe('Queda por cobrar 1320,50 GBP de 2 facturas vencidas; la más antigua lleva 40 días de retraso');
    expect(say('en', 'health.decline.overdueBalance', { count: 1, amount: 240, currency: 'EUR', days: 3 })).toBe('€240.00 still owed on 1 invoice past its due date, 3 days overdue');
    expect(sayExample('es', 'health.decline.brokenPromises')).toBe('1 promesa de pago incumplida en los últimos 90 días');
    expect(sayExample('es', 'health.extras.recurringUnpaid')).toBe('«Upload each episode to YouTube» se repite cada vez y no se paga (0,5 h cada vez): propón una modificación del contrato o una subida de tarifa');
    expect(sayExample('en', 'health.concern.feelsOff')).toBe('Something has felt off for 1 day (Short replies lately): a short, friendly check-in clears the air');
  });

  it('every sentence renders completely in both languages: no raw placeholder, no missing nested word, no untranslated sentence', () => {
    for (const key of Object.keys(examples) as HealthTextKey[]) {
      const english = sayExample('en', key);
      const spanish = sayExample('es', key);
      for (const text of [english, spanish]) {
        expect(text, key).not.toMatch(/\{\{|\}\}|\$t\(|health\.|undefined|NaN/);
        expect(text.length, key).toBeGreaterThan(5);
      }
      expect(spanish, key).not.toBe(english);
    }
  });

  it('each template uses exactly the params its key carries (counted days take `count` from the nested call)', () => {
    for (const key of Object.keys(examples) as HealthTextKey[]) {
      const params = new Set(Object.keys(examples[key]));
      for (const language of templateLanguages) {
        expect([...placeholders(healthTemplates[key][language])].sort(), `${key} (${language})`).toEqual([...params].sort());
      }
    }
  });

  it('every label the UI needs exists in both languages: reasons, statuses, trends, recommendations, timings, flags, event kinds', () => {
    const labels = [
      ...healthReasonKinds.map((k) => `health.reason.${k}`),
      ...healthStatuses.map((k) => `health.status.${k}`),
      ...healthTrends.map((k) => `health.trend.${k}`),
      ...healthRecommendations.map((k) => `health.recommendation.${k}`),
      ...contactTimings.map((k) => `health.timing.${k}`),
      ...boundaryFlags.map((k) => `health.flag.${k}`),
      ...relationshipEventKinds.map((k) => `health.eventKind.${k}`),
    ];
    for (const key of labels) for (const language of templateLanguages) expect(say(language, key), `${key} (${language})`).not.toBe(key);
  });

  it('the catalog nests everything under `health`, beside the vetting catalog and the app catalogs without touching them', () => {
    const en = healthCatalog('en') as { health: { decline: Record<string, string> } };
    expect(Object.keys(en)).toEqual(['health']);
    expect(Object.keys(en.health.decline)).toEqual(expect.arrayContaining(['excuses_zero', 'excuses_one', 'excuses_many', 'excuses_other']));
    expect(Object.keys(reasonCatalog('en'))).not.toContain('health');
  });
});
