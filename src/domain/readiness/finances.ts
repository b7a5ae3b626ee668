// The freelancer's money picture for section 8: monthly expenses, the two emergency funds, and where income comes from.

/** The two sides of a freelancer's life; each has its own expenses and its own emergency fund. */
export const fundSides = ['business', 'personal'] as const;
export type FundSide = (typeof fundSides)[number];

/** Income that is not client work: royalties, products, a part-time job. Clients are income streams by themselves. */
export const otherStreamKinds = ['product', 'royalties', 'employment', 'other'] as const;
export type OtherStreamKind = (typeof otherStreamKinds)[number];
export type OtherIncomeStream = { id: string; name: string; kind: OtherStreamKind };

/** All amounts are integer minor units of the workspace currency. */
export type Finances = {
  monthlyExpenses: Record<FundSide, number>;
  emergencyFunds: Record<FundSide, number>;
  otherStreams: OtherIncomeStream[];
};

/** Where one payment came from: a client, or one of the other streams. */
export type IncomeSource = { kind: 'client'; clientId: string } | { kind: 'other_stream'; streamId: string };

/**
 * Money received, in minor units of the workspace currency (the caller converts payments made in other currencies).
 * `receivedOn` is the ISO date (YYYY-MM-DD) in the freelancer's time zone.
 */
export type IncomeEntry = { source: IncomeSource; amount: number; receivedOn: string };

export function totalMonthlyExpenses(finances: Finances): number {
  return finances.monthlyExpenses.business + finances.monthlyExpenses.personal;
}

export function totalEmergencyFunds(finances: Finances): number {
  return finances.emergencyFunds.business + finances.emergencyFunds.personal;
}

/** A stable text key for a source, so income can be grouped by it. */
export function incomeSourceKey(source: IncomeSource): string {
  switch (source.kind) {
    case 'client':
      return `client:${source.clientId}`;
    case 'other_stream':
      return `stream:${source.streamId}`;
  }
}
