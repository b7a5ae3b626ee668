// The profile as the wizard edits it (numbers and money as the text typed), checked and turned back into the saved shape.
import type { FreelancerProfile } from '../api/profile.ts';
import type { Flexible } from '../../domain/profile/flexibility.ts';
import { pricingModels, type PricingModel } from '../../domain/profile/pricing-models.ts';
import type { ReplyWindowUnit } from '../../domain/profile/reply-window.ts';
import { normalizeLabel } from '../../domain/profile/labels.ts';
import { fundSides, type FundSide, type OtherStreamKind } from '../../domain/readiness/finances.ts';
import type { Weekday } from '../../domain/time/weekdays.ts';
import { weeklyHoursProblems, type WeeklyHours } from '../../domain/time/weekly-hours.ts';
import { currencyDigits, moneyToInput, parseMoney } from '../forms/money.ts';
import { isTimeZone } from '../forms/time-zones.ts';

export const profileSteps = ['dream-business', 'communication', 'ideal-client', 'avoid', 'skills', 'finances'] as const;
export type ProfileStep = (typeof profileSteps)[number];

export function isProfileStep(value: string | undefined): value is ProfileStep {
  return (profileSteps as readonly string[]).includes(value ?? '');
}

export type BlockedDayRow = { key: number; kind: 'weekly' | 'yearly'; weekday: Weekday; month: number; day: number; coreValue: string; label: string };
export type StreamRow = { key: number; id: string; name: string; kind: OtherStreamKind };

/** Same paths as the profile, so a server error ("communication.calls.maxPerWeek") lands on the field that shows it. */
export type ProfileDraft = {
  timeZone: string;
  currency: string;
  dreamBusiness: {
    officeHours: Flexible & { weekly: WeeklyHours };
    weekends: Flexible & { isOff: boolean };
    publicHolidays: Flexible & { isOff: boolean };
    blockedDays: BlockedDayRow[];
    travel: Flexible & { tripsPerYear: string };
  };
  communication: {
    channels: FreelancerProfile['communication']['channels'];
    calls: Flexible & { maxPerWeek: string };
    replyWindow: Flexible & { amount: string; unit: ReplyWindowUnit };
    rushWork: FreelancerProfile['communication']['rushWork'];
  };
  idealClient: {
    workKinds: string[];
    industries: FreelancerProfile['idealClient']['industries'];
    budgetFloor: Flexible & { perModel: Record<PricingModel, string> };
    pricingModels: FreelancerProfile['idealClient']['pricingModels'];
  };
  avoid: FreelancerProfile['avoid'];
  skills: FreelancerProfile['skills'];
  finances: { monthlyExpenses: Record<FundSide, string>; emergencyFunds: Record<FundSide, string>; otherStreams: StreamRow[] };
};

/** Field path → catalog key of the message to show there. */
export type DraftErrors = Record<string, string>;

let nextKey = 1;
export const newRowKey = (): number => nextKey++;

/** Ids for new income streams; crypto.randomUUID needs a secure context, which a LAN address over http is not. */
export function newStreamId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function draftFromProfile(profile: FreelancerProfile, language: string): ProfileDraft {
  const digits = currencyDigits(profile.currency);
  const money = (minor: number | undefined) => moneyToInput(minor, digits, language);
  const { dreamBusiness: dream, communication, idealClient, finances } = profile;
  return {
    timeZone: profile.timeZone,
    currency: profile.currency,
    dreamBusiness: {
      officeHours: structuredClone(dream.officeHours),
      weekends: { ...dream.weekends },
      publicHolidays: { ...dream.publicHolidays },
      blockedDays: dream.blockedDays.map((blocked) =>
        blocked.kind === 'weekly'
          ? { key: newRowKey(), kind: 'weekly', weekday: blocked.weekday, month: 1, day: 1, coreValue: blocked.coreValue, label: blocked.label }
          : { key: newRowKey(), kind: 'yearly', weekday: 'sunday', month: blocked.month, day: blocked.day, coreValue: blocked.coreValue, label: blocked.label },
      ),
      travel: { flexibility: dream.travel.flexibility, tripsPerYear: String(dream.travel.tripsPerYear) },
    },
    communication: {
      channels: { flexibility: communication.channels.flexibility, ranked: [...communication.channels.ranked] },
      calls: { flexibility: communication.calls.flexibility, maxPerWeek: String(communication.calls.maxPerWeek) },
      replyWindow: { flexibility: communication.replyWindow.flexibility, amount: String(communication.replyWindow.amount), unit: communication.replyWindow.unit },
      rushWork: { ...communication.rushWork },
    },
    idealClient: {
      workKinds: [...idealClient.workKinds],
      industries: { flexibility: idealClient.industries.flexibility, wanted: [...idealClient.industries.wanted] },
      budgetFloor: {
        flexibility: idealClient.budgetFloor.flexibility,
        perModel: Object.fromEntries(pricingModels.map((model) => [model, money(idealClient.budgetFloor.perModel[model])])) as Record<PricingModel, string>,
      },
      pricingModels: { flexibility: idealClient.pricingModels.flexibility, preferred: [...idealClient.pricingModels.preferred] },
    },
    avoid: structuredClone(profile.avoid),
    skills: structuredClone(profile.skills),
    finances: {
      monthlyExpenses: { business: money(finances?.monthlyExpenses.business), personal: money(finances?.monthlyExpenses.personal) },
      emergencyFunds: { business: money(finances?.emergencyFunds.business), personal: money(finances?.emergencyFunds.personal) },
      otherStreams: (finances?.otherStreams ?? []).map((stream) => ({ key: newRowKey(), ...stream })),
    },
  };
}

function parseCount(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

function isRealDay(month: number, day: number): boolean {
  // 2024 is a leap year, so a 29 February birthday counts, as it does on the server.
  return day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
}

function cleanLabels(items: string[]): string[] {
  return items.map((item) => item.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/** A label may live in only one of these lists; later copies are the ones flagged, as the server does. */
function labelsListedTwice(lists: Record<string, string[]>, errors: DraftErrors): void {
  const seen = new Set<string>();
  for (const [path, items] of Object.entries(lists)) {
    items.forEach((item, index) => {
      const key = normalizeLabel(item);
      if (seen.has(key)) errors[`${path}.${index}`] = 'profileForm.errors.listedTwice';
      seen.add(key);
    });
  }
}

export const hoursProblemKey = (kind: string): string => `hours.errors.${kind}`;

/** Checks the draft the way the server will and builds the profile to save; `errors` is empty when it can be saved. */
export function profileFromDraft(draft: ProfileDraft): { profile: FreelancerProfile; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const digits = currencyDigits(draft.currency);
  const { dreamBusiness: dream, communication, idealClient, finances } = draft;

  if (!isTimeZone(draft.timeZone.trim())) errors.timeZone = 'profileForm.errors.timeZone';
  for (const problem of weeklyHoursProblems(dream.officeHours.weekly)) {
    errors[`dreamBusiness.officeHours.weekly.${problem.day}.${problem.index}`] = hoursProblemKey(problem.kind);
  }
  dream.blockedDays.forEach((row, index) => {
    if (row.kind === 'yearly' && !isRealDay(row.month, row.day)) errors[`dreamBusiness.blockedDays.${index}`] = 'profileForm.errors.notADate';
  });
  const trips = parseCount(dream.travel.tripsPerYear, 0, 365);
  if (trips === null) errors['dreamBusiness.travel.tripsPerYear'] = 'profileForm.errors.trips';

  if (communication.channels.ranked.length === 0) errors['communication.channels.ranked'] = 'profileForm.errors.channels';
  const calls = parseCount(communication.calls.maxPerWeek, 0, 50);
  if (calls === null) errors['communication.calls.maxPerWeek'] = 'profileForm.errors.calls';
  const replyAmount = parseCount(communication.replyWindow.amount, 1, 720);
  if (replyAmount === null) errors['communication.replyWindow.amount'] = 'profileForm.errors.replyWindow';

  const perModel: Partial<Record<PricingModel, number>> = {};
  for (const model of pricingModels) {
    const amount = parseMoney(idealClient.budgetFloor.perModel[model], digits);
    if (amount === null) errors[`idealClient.budgetFloor.perModel.${model}`] = 'profileForm.errors.amount';
    else if (amount !== undefined) perModel[model] = amount;
  }

  const workKinds = cleanLabels(idealClient.workKinds);
  const avoidKinds = cleanLabels(draft.avoid.workKinds.items);
  labelsListedTwice({ 'idealClient.workKinds': workKinds, 'avoid.workKinds.items': avoidKinds }, errors);
  const skills = { strengths: cleanLabels(draft.skills.strengths), dontWant: cleanLabels(draft.skills.dontWant), willingToLearn: cleanLabels(draft.skills.willingToLearn) };
  labelsListedTwice({ 'skills.strengths': skills.strengths, 'skills.dontWant': skills.dontWant, 'skills.willingToLearn': skills.willingToLearn }, errors);

  const moneyTexts = fundSides.flatMap((side) => [finances.monthlyExpenses[side], finances.emergencyFunds[side]]);
  const hasFinances = moneyTexts.some((text) => text.trim() !== '') || finances.otherStreams.length > 0;
  const fund = (path: string, text: string): number => {
    const amount = parseMoney(text, digits);
    if (amount === null) errors[path] = 'profileForm.errors.amount';
    return amount ?? 0;
  };
  const savedFinances = hasFinances
    ? {
        monthlyExpenses: { business: fund('finances.monthlyExpenses.business', finances.monthlyExpenses.business), personal: fund('finances.monthlyExpenses.personal', finances.monthlyExpenses.personal) },
        emergencyFunds: { business: fund('finances.emergencyFunds.business', finances.emergencyFunds.business), personal: fund('finances.emergencyFunds.personal', finances.emergencyFunds.personal) },
        otherStreams: finances.otherStreams.map((row, index) => {
          if (!row.name.trim()) errors[`finances.otherStreams.${index}.name`] = 'profileForm.errors.streamName';
          return { id: row.id, name: row.name.trim(), kind: row.kind };
        }),
      }
    : null;

  const profile: FreelancerProfile = {
    timeZone: draft.timeZone.trim(),
    currency: draft.currency,
    dreamBusiness: {
      officeHours: structuredClone(dream.officeHours),
      weekends: { ...dream.weekends },
      publicHolidays: { ...dream.publicHolidays },
      blockedDays: dream.blockedDays.map((row) =>
        row.kind === 'weekly'
          ? { kind: 'weekly', weekday: row.weekday, coreValue: row.coreValue.trim(), label: row.label.trim() }
          : { kind: 'yearly', month: row.month, day: row.day, coreValue: row.coreValue.trim(), label: row.label.trim() },
      ),
      travel: { flexibility: dream.travel.flexibility, tripsPerYear: trips ?? 0 },
    },
    communication: {
      channels: { flexibility: communication.channels.flexibility, ranked: [...communication.channels.ranked] },
      calls: { flexibility: communication.calls.flexibility, maxPerWeek: calls ?? 0 },
      replyWindow: { flexibility: communication.replyWindow.flexibility, amount: replyAmount ?? 1, unit: communication.replyWindow.unit },
      rushWork: { ...communication.rushWork },
    },
    idealClient: {
      workKinds,
      industries: { flexibility: idealClient.industries.flexibility, wanted: cleanLabels(idealClient.industries.wanted) },
      budgetFloor: { flexibility: idealClient.budgetFloor.flexibility, perModel },
      pricingModels: { flexibility: idealClient.pricingModels.flexibility, preferred: pricingModels.filter((model) => idealClient.pricingModels.preferred.includes(model)) },
    },
    avoid: {
      workKinds: { flexibility: draft.avoid.workKinds.flexibility, items: avoidKinds },
      redFlags: { flexibility: draft.avoid.redFlags.flexibility, items: draft.avoid.redFlags.items.map((flag) => (flag.kind === 'own' ? { kind: 'own', text: flag.text.trim() } : flag)) },
    },
    skills,
    finances: savedFinances,
  };
  return { profile, errors };
}

/** The step that shows a field, so a server error on another step can be shown where it can be fixed. */
export function stepOfPath(path: string): ProfileStep {
  const [head] = path.split('.');
  switch (head) {
    case 'communication':
      return 'communication';
    case 'idealClient':
      return 'ideal-client';
    case 'avoid':
      return 'avoid';
    case 'skills':
      return 'skills';
    case 'finances':
      return 'finances';
    default:
      return 'dream-business';
  }
}

/** The server's field path ("profile.dreamBusiness…" from the rules, "communication…" from the schema) → the draft's path and message key. */
export function placeServerError(field: string, draft: ProfileDraft): { path: string; key: string } {
  const path = field.replace(/^(profile|body)\./, '');
  const hours = /^dreamBusiness\.officeHours\.weekly\.(\w+)\.(\d+)/.exec(path);
  if (hours) {
    const [, day, index] = hours;
    const local = weeklyHoursProblems(draft.dreamBusiness.officeHours.weekly).find((p) => p.day === day && String(p.index) === index);
    return { path: `dreamBusiness.officeHours.weekly.${day}.${index}`, key: hoursProblemKey(local?.kind ?? 'invalid_time') };
  }
  const blocked = /^dreamBusiness\.blockedDays\.(\d+)/.exec(path);
  if (blocked) return { path: `dreamBusiness.blockedDays.${blocked[1]}`, key: 'profileForm.errors.notADate' };
  if (path === 'timeZone') return { path, key: 'profileForm.errors.timeZone' };
  if (path === 'dreamBusiness.travel.tripsPerYear') return { path, key: 'profileForm.errors.trips' };
  if (path === 'communication.calls.maxPerWeek') return { path, key: 'profileForm.errors.calls' };
  if (path === 'communication.replyWindow.amount') return { path, key: 'profileForm.errors.replyWindow' };
  if (path.startsWith('communication.channels')) return { path: 'communication.channels.ranked', key: 'profileForm.errors.channels' };
  if (/^idealClient\.budgetFloor\.perModel\.\w+$/.test(path) || /^finances\.(monthlyExpenses|emergencyFunds)\.\w+$/.test(path)) return { path, key: 'profileForm.errors.amount' };
  if (/^(skills\.\w+|idealClient\.workKinds|avoid\.workKinds\.items)\.\d+$/.test(path)) return { path, key: 'profileForm.errors.listedTwice' };
  const stream = /^finances\.otherStreams\.(\d+)\.name$/.exec(path);
  if (stream) return { path, key: 'profileForm.errors.streamName' };
  return { path, key: 'errors.fieldGeneric' };
}

/** Errors about single items of a list at `prefix` ("skills.dontWant"), by index, as the tag list shows them. */
export function itemErrorsAt(errors: Record<string, string>, prefix: string): Record<number, string> {
  const found: Record<number, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)$`).exec(path);
    if (match) found[Number(match[1])] = message;
  }
  return found;
}

/** Office-hours errors re-keyed as the hours editor expects ("monday.1"). */
export function hoursErrorsAt(errors: Record<string, string>, prefix: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(`${prefix}.`)) found[path.slice(prefix.length + 1)] = message;
  }
  return found;
}
