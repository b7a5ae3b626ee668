// The policy-update letter as typed in its dialog: which late-fee rule, its numbers, and from which day, read back into
// the API's body. Statutory interest is offered only in the currency its law is written for.
import { MIN_LETTER_NOTICE_DAYS } from '../../domain/invoicing/late-fee-terms.ts';
import { addDays, dayNumber } from '../../domain/invoicing/local-dates.ts';
import type { LateFeeLetterView, LateFeeRuleValue, NewLateFeeLetter } from '../api/invoicing-settings.ts';
import { currencyDigits, parseMoney } from '../forms/money.ts';
import { parseDecimal } from '../invoices/invoice-draft.ts';

export type RuleKind = LateFeeRuleValue['kind'];
export type LetterDraft = { kind: RuleKind; amount: string; percent: string; graceDays: string; capPercent: string; effectiveOn: string };
export type LetterProblem = 'amount' | 'percent' | 'cap' | 'graceDays' | 'date' | 'notice' | 'ruleCurrency' | 'server';
export type LetterProblems = Record<string, LetterProblem>;

export { MIN_LETTER_NOTICE_DAYS };

/** The rules a client billed in `currency` can be sent: statutory EU interest needs EUR, statutory UK interest GBP. */
export function ruleChoicesFor(currency: string): RuleKind[] {
  const choices: RuleKind[] = ['flat', 'percent_once', 'percent_monthly'];
  if (currency === 'EUR') choices.push('statutory_eu');
  if (currency === 'GBP') choices.push('statutory_uk');
  return choices;
}

function dayIn(instant: Date, timeZone: string): string | undefined {
  if (Number.isNaN(instant.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}

/**
 * Today in the workspace, as best the page can tell. The server's clock decides (demos and tests pin it), so the day is
 * never earlier than the last day the server wrote for this client: its record, or a letter it sent.
 */
export function letterToday(now: Date, timeZone: string, serverInstants: readonly string[]): string {
  const days = [now, ...serverInstants.map((iso) => new Date(iso))].map((instant) => dayIn(instant, timeZone)).filter((day): day is string => day !== undefined);
  return days.sort().at(-1)!;
}

/** The earliest effective date the server accepts: two weeks' notice. */
export function earliestEffectiveOn(today: string): string {
  return addDays(today, MIN_LETTER_NOTICE_DAYS);
}

export function emptyLetter(currency: string, today: string): LetterDraft {
  return { kind: currency === 'EUR' ? 'statutory_eu' : currency === 'GBP' ? 'statutory_uk' : 'percent_monthly', amount: '', percent: '', graceDays: '0', capPercent: '', effectiveOn: earliestEffectiveOn(today) };
}

/** The rule as far as it can be read while typing (for the preview); undefined until its numbers make sense. */
export function ruleOf(draft: LetterDraft, currency: string): LateFeeRuleValue | undefined {
  const result = readLetter(draft, currency, '0000-01-01');
  return result.body?.rule;
}

/**
 * The body to send, or the problems to show first, keyed like the server's field paths ("rule.percent", "effectiveOn").
 * `earliest` is the first day the server will accept.
 */
export function readLetter(draft: LetterDraft, currency: string, earliest: string): { body?: NewLateFeeLetter & { rule: LateFeeRuleValue }; problems: LetterProblems } {
  const problems: LetterProblems = {};
  // An empty grace box means no grace days; text that is not a whole number is a problem.
  const typedGrace = parseDecimal(draft.graceDays, 0);
  const graceDays = typedGrace === undefined ? 0 : typedGrace;
  const hasGrace = draft.kind === 'flat' || draft.kind === 'percent_once' || draft.kind === 'percent_monthly';
  if (hasGrace && (graceDays === null || graceDays < 0 || graceDays > 365)) problems['rule.graceDays'] = 'graceDays';
  const percent = parseDecimal(draft.percent, 2);
  const hasPercentProblem = percent === null || percent === undefined || percent <= 0 || percent > 100;

  let rule: LateFeeRuleValue;
  switch (draft.kind) {
    case 'flat': {
      const amount = parseMoney(draft.amount, currencyDigits(currency));
      if (amount === null || amount === undefined || amount <= 0) problems['rule.amount'] = 'amount';
      rule = { kind: 'flat', amount: amount ?? 0, graceDays: graceDays ?? 0 };
      break;
    }
    case 'percent_once':
      if (hasPercentProblem) problems['rule.percent'] = 'percent';
      rule = { kind: 'percent_once', percent: percent ?? 0, graceDays: graceDays ?? 0 };
      break;
    case 'percent_monthly': {
      if (hasPercentProblem) problems['rule.percent'] = 'percent';
      const cap = parseDecimal(draft.capPercent, 2);
      if (cap === null || (cap !== undefined && (cap <= 0 || cap > 1000))) problems['rule.capPercent'] = 'cap';
      rule = { kind: 'percent_monthly', percent: percent ?? 0, graceDays: graceDays ?? 0, capPercent: cap ?? null };
      break;
    }
    case 'statutory_eu':
    case 'statutory_uk':
      rule = { kind: draft.kind };
  }

  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.effectiveOn) || Number.isNaN(dayNumber(draft.effectiveOn))) problems.effectiveOn = 'date';
  else if (dayNumber(draft.effectiveOn) < dayNumber(earliest)) problems.effectiveOn = 'notice';
  if (Object.keys(problems).length > 0) return { problems };
  return { problems, body: { rule, effectiveOn: draft.effectiveOn } };
}

/** The earliest acceptable day the server named when it refused the date ("pick 2027-03-15 or later"), if it did. */
export function earliestFromServer(message: string): string | undefined {
  return /\d{4}-\d{2}-\d{2}/.exec(message)?.[0];
}

/** A server field error on the letter as a problem of ours (the server writes English; the page speaks the reader's language). */
export function letterProblemOf(field: string): LetterProblem {
  const known: Record<string, LetterProblem> = { effectiveOn: 'notice', rule: 'ruleCurrency', 'rule.amount': 'amount', 'rule.percent': 'percent', 'rule.capPercent': 'cap', 'rule.graceDays': 'graceDays' };
  return known[field] ?? 'server';
}

export type LetterStanding = 'applies' | 'replaced' | 'scheduled';

/**
 * Where each letter stands: the latest one in effect applies (by effective date, then by when it was sent), earlier ones
 * in effect are replaced by it, and the rest are scheduled. The server decides fees the same way.
 */
export function letterStandings(letters: readonly LateFeeLetterView[]): Map<string, LetterStanding> {
  const inEffect = letters.filter((letter) => letter.isInEffect).sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.createdAt.localeCompare(a.createdAt));
  const applying = inEffect[0]?.id;
  return new Map(letters.map((letter) => [letter.id, letter.id === applying ? 'applies' : letter.isInEffect ? 'replaced' : 'scheduled']));
}
