// Contracts for readiness (DOMAIN.md section 8): finances entered by hand, the readiness report, what-if and its settings.
import { z } from 'zod';
import { fundSides } from '../domain/readiness/finances.ts';
import { concentrationLevels } from '../domain/readiness/income-concentration.ts';
import type { ReadinessSettings as DomainReadinessSettings } from '../domain/readiness/settings.ts';
import { Id } from './common.ts';

const money = z.number().int('Money is a whole number of cents (minor units).').min(0, 'Use 0 or more.').max(Number.MAX_SAFE_INTEGER);
const positiveMoney = z.number().int('Money is a whole number of cents (minor units).').min(1, 'Use an amount above 0.').max(1_000_000_000_000, 'That is more than Sana can add up; check the amount.');
const localDate = z.iso.date({ message: 'Use a date like 2027-05-14.' });
const note = z.string().trim().max(500, 'Keep the note under 500 characters.');

export const FundSide = z.enum(fundSides).describe('business or personal');
const whole = (min: number, max: number) => z.number().int('Use a whole number.').min(min, `Use ${min} or more.`).max(max, `Use at most ${max}.`);

export const ReadinessSettings = z
  .object({
    starterFundMajorUnits: whole(0, 10_000_000).describe('First rung of each fund, in major units of the workspace currency (1000 = 1,000 €).'),
    fundLadderMonths: z
      .array(whole(1, 120))
      .min(1, 'Keep at least one rung.')
      .max(6, 'At most 6 rungs.')
      .refine((months) => months.every((m, i) => i === 0 || m > (months[i - 1] ?? 0)), 'List the months from lowest to highest, each once.')
      .describe('Later rungs in months of that side’s expenses, lowest first.'),
    fundContributionPercent: whole(0, 100).describe('Share of each payment suggested for the funds.'),
    concentrationWatchPercent: whole(1, 99).describe('A source above this share of the trailing year’s income is worth watching.'),
    concentrationCriticalPercent: whole(1, 100).describe('Above this share it is critical.'),
    shortRunwayMonths: whole(0, 60).describe('A runway shorter than this is too short to let a client go.'),
    warmLeadsPerClient: whole(0, 50).describe('Warm leads to keep on the waitlist for each client you may need to replace.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.concentrationCriticalPercent <= s.concentrationWatchPercent) {
      ctx.addIssue({ code: 'custom', path: ['concentrationCriticalPercent'], message: 'Make the critical share higher than the watch share.' });
    }
  })
  .meta({ id: 'ReadinessSettings' });

// Fails to compile if the contract and the domain's settings drift apart.
export const readinessSettingsMatchDomain: (value: z.infer<typeof ReadinessSettings>) => DomainReadinessSettings = (value) => value;

export const ReadinessSettingsResponse = z.object({ settings: ReadinessSettings, version: z.number().int(), updatedAt: z.string().nullable() });
export const SaveReadinessSettingsBody = z.object({ settings: ReadinessSettings, version: z.number().int().min(0).describe('The version you read (0 before the first save).') }).strict();

export const IncomeSource = z
  .discriminatedUnion('kind', [z.object({ kind: z.literal('client'), clientId: Id }).strict(), z.object({ kind: z.literal('other_stream'), streamId: Id }).strict()])
  .describe('Where the money came from: a client, or one of the profile’s other income streams.');

export const NewIncomeEntryBody = z
  .object({ source: IncomeSource, receivedOn: localDate, amount: positiveMoney, note: note.default('') })
  .strict()
  .meta({ id: 'NewIncomeEntry', description: 'Money received, in minor units of the workspace currency.' });

export const IncomeEntry = z.object({
  id: Id,
  source: IncomeSource,
  sourceName: z.string().describe('The client’s or stream’s name; empty when the stream was removed from the profile.'),
  receivedOn: z.string(),
  amount: z.number().int(),
  note: z.string(),
  suggestedForFunds: z.number().int().describe('The share of this income Sana suggests putting aside for the emergency funds.'),
  movedToFund: z.object({ side: FundSide, contribution: z.number().int(), recordedOn: z.string() }).nullable(),
  createdAt: z.string(),
});

export const MoveToFundBody = z
  .object({ side: FundSide, amount: positiveMoney.optional().describe('Defaults to the suggested share.') })
  .strict()
  .describe('Records that a share of this income was moved to a fund: a new balance dated today.');

export const NewFundBalanceBody = z.object({ side: FundSide, balance: money, recordedOn: localDate, note: note.default('') }).strict();

export const FundBalanceEntry = z.object({
  id: Id,
  side: FundSide,
  balance: z.number().int(),
  recordedOn: z.string(),
  note: z.string(),
  incomeEntryId: Id.nullable(),
  contribution: z.number().int().nullable(),
  sequence: z.number().int().describe('Write order: among balances of the same date, the higher is the later.'),
  createdAt: z.string(),
});

export const SaveFinancesBody = z
  .object({
    monthlyExpenses: z.object({ business: money, personal: money }).strict().describe('Monthly expenses per side, in minor units; saved in the profile’s finances.'),
    streamAmounts: z
      .array(z.object({ streamId: Id, monthlyAmount: money }).strict())
      .max(50)
      .default([])
      .describe('Regular monthly amount of the profile’s other income streams (0 when it varies); streams left out keep theirs.'),
  })
  .strict()
  .meta({ id: 'SaveFinances' });

const RunwayMonths = z.number().nullable().describe('Months with one decimal, rounded down; null means unlimited: income without it still covers expenses.');
const Source = IncomeSource;

const FundStep = z.object({ kind: z.enum(['starter', 'months']), months: z.number().int().optional(), target: z.number().int() });
export const FundLadder = z.object({
  side: FundSide,
  balance: z.number().int(),
  balanceDate: z.string().nullable().describe('The date of the latest recorded balance; null while it is the profile’s amount.'),
  steps: z.array(FundStep),
  currentStep: z.number().int(),
  next: z.object({ step: z.number().int(), target: z.number().int(), missing: z.number().int() }).nullable(),
});

export const ReadinessTotals = z.object({
  funds: z.object({ business: z.number().int(), personal: z.number().int() }),
  monthlyExpenses: z.number().int(),
  yearlyIncome: z.number().int(),
  clients: z.array(z.object({ clientId: z.string(), yearlyIncome: z.number().int() })),
});

export const ReadinessClient = z.object({
  clientId: Id,
  name: z.string(),
  company: z.string(),
  stage: z.string(),
  yearlyIncome: z.number().int(),
  monthlyIncome: z.number().int().describe('The trailing year’s income ÷ 12, rounded down.'),
  runwayMonths: RunwayMonths,
  canLetGoToday: z.boolean(),
  ways: z.object({ saveMore: z.number().int(), newClientMonthly: z.number().int(), warmLeadsToAdd: z.number().int() }).nullable(),
});

export const ReadinessReport = z
  .object({
    today: z.string(),
    currency: z.string(),
    hasFinances: z.boolean().describe('false until the profile holds finances.'),
    hasExpenses: z.boolean(),
    monthlyExpenses: z.object({ business: z.number().int(), personal: z.number().int() }),
    funds: z.array(FundLadder),
    totals: ReadinessTotals,
    runwayNow: RunwayMonths,
    concentration: z.object({
      total: z.number().int(),
      shares: z.array(z.object({ source: Source, name: z.string(), amount: z.number().int(), percent: z.number(), level: z.enum(concentrationLevels) })),
    }),
    runwayIfLost: z.array(z.object({ clientId: Id, months: RunwayMonths })),
    clients: z.array(ReadinessClient),
    streams: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), monthlyAmount: z.number().int() })),
    openWarmLeads: z.number().int(),
    incomeByMonth: z.array(z.object({ month: z.string(), total: z.number().int(), bySource: z.array(z.object({ source: Source, amount: z.number().int() })) })),
    invoiceIncome: z
      .object({
        counted: z.number().int().describe('Payments recorded on invoices in the workspace currency over the trailing year, in minor units.'),
        payments: z.number().int(),
        setAsideEntryIds: z.array(Id).describe('Hand-typed entries left out because payments recorded for the same client and month cover them.'),
        notCounted: z.array(z.object({ currency: z.string(), amount: z.number().int(), payments: z.number().int() })).describe('Payments in other currencies: Sana does not convert them, so they are not counted.'),
      })
      .describe('How payments recorded on invoices feed these figures: they count as income from their client in the month they arrived.'),
    settings: ReadinessSettings,
  })
  .meta({ id: 'ReadinessReport', description: 'Funds with their ladder step, income concentration per client and stream, and the runway if each client is lost.' });

export const WhatIfBody = z
  .object({
    funds: z.object({ business: money.optional(), personal: money.optional() }).strict().describe('New balances; a side left out keeps its balance ({} keeps both).'),
    droppedClientIds: z.array(Id).max(500).default([]),
    addedClients: z.array(z.object({ key: z.string().trim().min(1).max(40), monthlyIncome: money }).strict()).max(20, 'At most 20 imagined clients.').default([]),
  })
  .strict()
  .meta({ id: 'WhatIf' });

export const WhatIfResponse = z.object({
  runwayNow: RunwayMonths,
  runwayIfLost: z.array(z.object({ clientId: z.string().describe('A client id, or "what-if:<key>" for an imagined client.'), months: RunwayMonths, before: RunwayMonths.optional() })),
  totals: ReadinessTotals,
});
