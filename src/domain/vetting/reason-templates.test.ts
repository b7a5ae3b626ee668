import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ReasonKey, ReasonParams } from './reason.ts';
import { reasonCatalog, reasonTemplates, templateLanguages, type TemplateLanguage, type TemplateText } from './reason-templates.ts';

/** One realistic example per reason; the type makes sure no key is forgotten. */
const examples: { [K in ReasonKey]: ReasonParams[K] } = {
  'vetting.reason.notAnswered': { dimension: 'time_zone' },
  'vetting.reason.callsOverLimit': { expected: 3, limit: 1 },
  'vetting.reason.callsWithinLimit': { expected: 1, limit: 2 },
  'vetting.reason.channelNotOffered': { channel: 'phone' },
  'vetting.reason.channelOffered': { channel: 'email' },
  'vetting.reason.replySlowerThanExpected': { expectedAmount: 4, expectedUnit: 'hours', promisedAmount: 1, promisedUnit: 'working_days' },
  'vetting.reason.replyWithinExpected': { expectedAmount: 2, expectedUnit: 'working_days', promisedAmount: 1, promisedUnit: 'working_days' },
  'vetting.reason.repliesAfterHoursExpected': {},
  'vetting.reason.repliesInOfficeHours': {},
  'vetting.reason.weekendWorkExpected': {},
  'vetting.reason.weekendWorkAccepted': {},
  'vetting.reason.weekendsOffBoth': {},
  'vetting.reason.holidayWorkExpected': {},
  'vetting.reason.holidayWorkAccepted': {},
  'vetting.reason.holidaysOffBoth': {},
  'vetting.reason.blockedWeekdayExpected': { weekday: 'sunday', value: 'faith' },
  'vetting.reason.blockedWeekdayToMention': { weekday: 'friday', value: 'faith' },
  'vetting.reason.keyDateBlocked': { month: 5, day: 14, value: 'family' },
  'vetting.reason.blockedDaysClear': {},
  'vetting.reason.noBlockedDays': {},
  'vetting.reason.tripsOverLimit': { expected: 4, limit: 1 },
  'vetting.reason.tripsWithinLimit': { expected: 1, limit: 2 },
  'vetting.reason.noTravelNeeded': {},
  'vetting.reason.budgetBelowFloor': { offered: 450.5, floor: 600, currency: 'EUR', model: 'project' },
  'vetting.reason.budgetMeetsFloor': { offered: 1600, floor: 1500, currency: 'EUR', model: 'month' },
  'vetting.reason.budgetOtherCurrency': { theirCurrency: 'USD', yourCurrency: 'EUR' },
  'vetting.reason.budgetNoFloor': { model: 'day' },
  'vetting.reason.pricingModelPreferred': { model: 'retainer' },
  'vetting.reason.pricingModelNotPreferred': { model: 'day' },
  'vetting.reason.pricingHourlyAllowed': {},
  'vetting.reason.overlapBelowThreshold': { minimumHours: 1.5, thresholdHours: 10 },
  'vetting.reason.overlapEnough': { minimumHours: 15, thresholdHours: 10 },
  'vetting.reason.rushMoreThanAccepted': { needed: 'weekly', acceptedAtMost: 'rarely' },
  'vetting.reason.rushNotTaken': { needed: 'monthly' },
  'vetting.reason.rushWithinAccepted': { needed: 'rarely', acceptedAtMost: 'monthly' },
  'vetting.reason.rushNeverNeeded': {},
  'vetting.reason.workKindAvoided': { kind: 'political speeches' },
  'vetting.reason.workKindWanted': { kind: 'blog posts' },
  'vetting.reason.workKindNotListed': { kind: 'podcast notes' },
  'vetting.reason.industryNotWanted': { industry: 'crypto' },
  'vetting.reason.industryWanted': { industry: 'wellness' },
  'vetting.reason.industryAnyWelcome': { industry: 'retail' },
  'vetting.reason.skillDontWant': { skill: 'video editing' },
  'vetting.reason.skillWillingToLearn': { skill: 'newsletter design' },
  'vetting.reason.skillStrength': { skill: 'copywriting' },
  'vetting.reason.skillNotListed': { skill: 'accounting' },
  'vetting.reason.redFlagSeen': { flag: 'haggles_over_price' },
  'vetting.reason.ownRedFlagSeen': { flag: 'wants daily status calls' },
  'vetting.reason.noRedFlagsSeen': {},
  'vetting.advice.discloseAndDecline': { skill: 'video editing' },
  'vetting.advice.discloseAndLearn': { skill: 'newsletter design' },
  'vetting.advice.offerFixedPrice': { model: 'project' },
  'vetting.why.conflicts': { count: 2 },
  'vetting.why.tooManyNegotiables': { count: 6, limit: 5 },
  'vetting.why.severalNegotiables': { count: 3, limit: 2 },
  'vetting.why.fewNegotiables': { count: 0 },
  'vetting.why.uneasyGut': {},
  'vetting.why.unsureGut': {},
  'vetting.why.unanswered': { count: 1 },
  'vetting.desperation.unknown': {},
  'vetting.desperation.shortRunway': { months: 1.5, threshold: 3 },
  'vetting.desperation.comfortable': { months: 7.2 },
  'vetting.desperation.noShortfall': {},
};

function translatorFor(language: TemplateLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: reasonCatalog(language) } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language);
}

const say = (language: TemplateLanguage, key: ReasonKey) => translatorFor(language)(key, examples[key] as Record<string, unknown>).replace(/\u00a0|\u202f/g, ' ');

function placeholders(text: TemplateText): Set<string> {
  const forms = typeof text === 'string' ? [text] : [text.zero ?? '', text.one, text.other];
  const names = forms.flatMap((form) => [...form.matchAll(/\{\{(\w+)/g)].map((m) => m[1] as string));
  // The `currency` formatter reads the `currency` param without naming it in a placeholder.
  if (forms.some((form) => form.includes(', currency}}'))) names.push('currency');
  return new Set(names);
}

describe('reason templates (English and Spanish)', () => {

  it('read like a freelancer would say them, in both languages', () => {
    expect(say('en', 'vetting.reason.callsOverLimit')).toBe('Expects 3 calls a week; your limit is 1');
    expect(say('es', 'vetting.reason.callsOverLimit')).toBe('Espera 3 llamadas a la semana; tu límite es 1');
    expect(say('en', 'vetting.reason.budgetBelowFloor')).toBe('Offers €450.50 per project; your floor is €600.00');
    expect(say('es', 'vetting.reason.budgetBelowFloor')).toBe('Ofrece 450,50 € por proyecto; tu mínimo es 600,00 €');
    expect(say('en', 'vetting.reason.replySlowerThanExpected')).toBe('Expects a reply within 4 hours; you promise one within 1 working day');
    expect(say('es', 'vetting.reason.keyDateBlocked')).toBe('Te necesita el 14 de mayo, un día que bloqueas por family');
    expect(say('en', 'vetting.reason.blockedWeekdayExpected')).toBe('Expects you on Sundays, a day you block for faith');
    expect(say('es', 'vetting.reason.rushMoreThanAccepted')).toBe('Necesita trabajos urgentes más o menos una vez por semana; tú los aceptas como mucho rara vez');
    expect(say('es', 'vetting.reason.overlapBelowThreshold')).toBe('Tu horario y el suyo coinciden como mínimo 1,5 horas a la semana; quieres al menos 10');
    expect(say('en', 'vetting.why.fewNegotiables')).toBe('Everything fits: no compromise needed');
    expect(say('es', 'vetting.why.unanswered')).toBe('Queda 1 pregunta sin respuesta: hazla antes de decidir');
    expect(say('en', 'vetting.desperation.shortRunway')).toMatch(/^Your funds cover about 1.5 months of shortfall, less than the 3 months you want as a cushion\./);
  });

  it('every reason renders completely in both languages: no raw placeholder, no missing nested word, no untranslated sentence', () => {
    for (const key of Object.keys(examples) as ReasonKey[]) {
      const english = say('en', key);
      const spanish = say('es', key);
      for (const text of [english, spanish]) {
        expect(text, key).not.toMatch(/\{\{|\}\}|\$t\(|vetting\.|undefined|NaN/);
        expect(text.length, key).toBeGreaterThan(5);
      }
      expect(spanish, key).not.toBe(english);
    }
  });

  it('each template uses exactly the params its reason carries (counted nouns take `count` from the nested call)', () => {
    for (const key of Object.keys(examples) as ReasonKey[]) {
      const params = new Set(Object.keys(examples[key]));
      for (const language of templateLanguages) {
        const used = placeholders(reasonTemplates[key][language]);
        expect([...used].sort(), `${key} (${language})`).toEqual([...params].sort());
      }
    }
  });

  it('the catalog nests keys the way the i18n JSON does, with plural forms spelled for i18next', () => {
    const en = reasonCatalog('en') as { vetting: { why: Record<string, string>; channel: Record<string, string> } };
    expect(en.vetting.channel.in_person).toBe('meeting in person');
    expect(Object.keys(en.vetting.why)).toContain('conflicts_one');
    expect(Object.keys(en.vetting.why)).toContain('conflicts_other');
  });
});
