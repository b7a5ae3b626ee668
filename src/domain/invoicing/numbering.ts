// Gapless invoice numbers per series: a pattern such as YYYY-NNNN becomes 2027-0001, 2027-0002… Drafts take no number.

export const defaultNumberPattern = 'YYYY-NNNN';
/** Corrective invoices (Spain's facturas rectificativas) count in a series of their own. */
export const correctiveNumberPattern = 'R-YYYY-NNNN';

const allowedCharacters = /^[A-Za-z0-9 /._-]*$/;
/** The counter is a run of 3 or more capital N; a shorter run (the N of "INV-") is text like any other letter. */
const counterRun = /N{3,}/;
const counterRuns = new RegExp(counterRun.source, 'g');

/** A pattern needs exactly one counter of 3 to 8 N; YYYY, when present, restarts the count every year. */
export function isNumberPattern(pattern: string): boolean {
  const counters = pattern.match(counterRuns) ?? [];
  return pattern.length <= 40 && allowedCharacters.test(pattern) && counters.length === 1 && counters[0]!.length <= 8;
}

/** How many counters (runs of 3 or more N) a pattern holds: more than one is a mistake worth naming. */
export function counterCount(pattern: string): number {
  return (pattern.match(counterRuns) ?? []).length;
}

/** The counter a number is drawn from: a yearly pattern counts per year, any other pattern once for ever. */
export function seriesPeriod(pattern: string, issueDate: string): string {
  return pattern.includes('YYYY') ? issueDate.slice(0, 4) : 'all';
}

export function formatInvoiceNumber(pattern: string, issueDate: string, sequence: number): string {
  return pattern.replace('YYYY', issueDate.slice(0, 4)).replace(counterRun, (run) => String(sequence).padStart(run.length, '0'));
}
