// Gapless invoice numbers per series: a pattern such as YYYY-NNNN becomes 2027-0001, 2027-0002… Drafts take no number.

export const defaultNumberPattern = 'YYYY-NNNN';
/** Corrective invoices (Spain's facturas rectificativas) count in a series of their own. */
export const correctiveNumberPattern = 'R-YYYY-NNNN';

const patternRule = /^[A-Za-z0-9 /._-]*N{3,8}[A-Za-z0-9 /._-]*$/;

/** A pattern needs one run of 3 to 8 N (the sequence); YYYY, when present, restarts the count every year. */
export function isNumberPattern(pattern: string): boolean {
  return pattern.length <= 40 && patternRule.test(pattern) && (pattern.match(/N+/g) ?? []).length === 1;
}

/** The counter a number is drawn from: a yearly pattern counts per year, any other pattern once for ever. */
export function seriesPeriod(pattern: string, issueDate: string): string {
  return pattern.includes('YYYY') ? issueDate.slice(0, 4) : 'all';
}

export function formatInvoiceNumber(pattern: string, issueDate: string, sequence: number): string {
  return pattern.replace('YYYY', issueDate.slice(0, 4)).replace(/N+/, (run) => String(sequence).padStart(run.length, '0'));
}
