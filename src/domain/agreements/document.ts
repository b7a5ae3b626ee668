// A proposal or contract as data: the parties and the five parts (What, When, How, Cost, Terms) of DOMAIN.md section 3.

export const agreementKinds = ['proposal', 'contract'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const cadences = ['once', 'weekly', 'every_two_weeks', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof cadences)[number];

export const lengthUnits = ['words', 'minutes', 'pages', 'screens', 'slides', 'hours'] as const;
export type LengthUnit = (typeof lengthUnits)[number];

export const milestoneOwners = ['freelancer', 'client'] as const;
export type MilestoneOwner = (typeof milestoneOwners)[number];

export const researchDepths = ['none', 'light', 'standard', 'deep'] as const;
export type ResearchDepth = (typeof researchDepths)[number];

export const pricingModels = ['fixed_project', 'per_deliverable', 'retainer', 'hourly'] as const;
export type PricingModel = (typeof pricingModels)[number];

export const expensePayers = ['client', 'freelancer', 'shared'] as const;
export type ExpensePayer = (typeof expensePayers)[number];

export const attributions = ['byline', 'ghostwritten'] as const;
export type Attribution = (typeof attributions)[number];

export const portfolioRights = ['allowed', 'after_publication', 'with_permission', 'not_allowed'] as const;
export type PortfolioRight = (typeof portfolioRights)[number];

/** Where a party can be reached by post; the Freelance Isn't Free Act asks for both parties' names and addresses. */
export type Party = { name: string; email: string; address: string };
/** The client's place decides which local rules apply (New York City's Freelance Isn't Free Act). */
export type ClientParty = Party & { city: string; region: string; countryCode: string };
export type Parties = { freelancer: Party; client: ClientParty };

export type LengthRange = { min: number; max: number; unit: LengthUnit };

/** "1 blog post a week, 500–750 words, Google Doc": a measurable deliverable; `amount` itemises its value when known. */
export type Deliverable = {
  id: string;
  title: string;
  description: string;
  quantity: number;
  cadence: Cadence;
  lengthRange: LengthRange | null;
  format: string;
  amount: number | null;
};

export type What = { deliverables: Deliverable[]; outOfScope: string[] };

/** A deadline is a date, or a number of days after the start, after another milestone or after a client input arrives. */
export type DueRule =
  | { kind: 'date'; date: string }
  | { kind: 'after_start'; days: number }
  | { kind: 'after_milestone'; milestoneId: string; days: number }
  | { kind: 'after_input'; inputId: string; days: number };

export type Milestone = { id: string; title: string; owner: MilestoneOwner; due: DueRule };

/** When a client input is expected: on a date, or some days after the start (templates know no dates). */
export type InputExpected = { kind: 'date'; date: string } | { kind: 'after_start'; days: number };

/** Something the client must send (an interview recording, brand assets): a client deadline others can hang on. */
export type ClientInput = { id: string; title: string; expected: InputExpected };

export type When = { startDate: string | null; milestones: Milestone[]; clientInputs: ClientInput[]; officeHours: string };

export type Subcontracting = { isAllowed: boolean; leadTimeDays: number; note: string };

export type How = {
  revisionsIncluded: number;
  fileFormats: string[];
  researchDepth: ResearchDepth;
  tools: string[];
  subcontracting: Subcontracting;
  assetSources: string;
  notes: string;
};

export type PaymentDue = { kind: 'on_signing' } | { kind: 'on_milestone'; milestoneId: string } | { kind: 'date'; date: string } | { kind: 'days_after_invoice'; days: number };
export type Payment = { id: string; label: string; amount: number; due: PaymentDue };

export type LateFee = { kind: 'percent_per_month'; percent: number; graceDays: number } | { kind: 'flat'; amount: number; graceDays: number };

export type Expenses = { travelPaidBy: ExpensePayer; needsApproval: boolean; note: string };
export type ReviewClause = { criteria: string; reviewOn: string };

/**
 * All amounts are integer minor units of `currency`. `amount` is the project total (fixed_project, per_deliverable),
 * the monthly fee (retainer) or the hourly rate (hourly).
 */
export type Cost = {
  pricingModel: PricingModel;
  currency: string;
  amount: number;
  estimatedHours: number | null;
  depositPercent: number;
  isDepositRefundable: boolean;
  paymentSchedule: Payment[];
  paymentMethod: string;
  isRetainerBilledInAdvance: boolean;
  rushFeePercent: number | null;
  extraRevisionFee: number | null;
  outOfScopeHourlyRate: number | null;
  lateFee: LateFee | null;
  expenses: Expenses;
  termMonths: number;
  review: ReviewClause | null;
};

export type Ownership = { attribution: Attribution; passesOnFinalPayment: boolean; licence: string };
export type EarlyTermination = { noticeDays: number; whatIsOwed: string };
export type Communication = { channels: string[]; callsPerMonth: number; note: string };

export type Terms = {
  ownership: Ownership | null;
  earlyTermination: EarlyTermination;
  portfolio: PortfolioRight;
  confidentiality: string;
  communication: Communication;
  offerExpiresOn: string | null;
};

export type AgreementDocument = {
  title: string;
  parties: Parties;
  what: What;
  when: When;
  how: How;
  cost: Cost;
  terms: Terms;
  notes: string;
};

/** DOMAIN.md defaults: half up front and kept if the work stops, six months before the two of them look at it again. */
export const defaultDepositPercent = 50;
export const defaultTermMonths = 6;
export const maxTermMonths = 12;

/** A blank document with the method's defaults, for a freelancer who starts without a template. */
export function emptyDocument(currency: string): AgreementDocument {
  return {
    title: '',
    parties: { freelancer: { name: '', email: '', address: '' }, client: { name: '', email: '', address: '', city: '', region: '', countryCode: '' } },
    what: { deliverables: [], outOfScope: [] },
    when: { startDate: null, milestones: [], clientInputs: [], officeHours: '' },
    how: { revisionsIncluded: 2, fileFormats: [], researchDepth: 'standard', tools: [], subcontracting: { isAllowed: false, leadTimeDays: 0, note: '' }, assetSources: '', notes: '' },
    cost: {
      pricingModel: 'fixed_project',
      currency,
      amount: 0,
      estimatedHours: null,
      depositPercent: defaultDepositPercent,
      isDepositRefundable: false,
      paymentSchedule: [],
      paymentMethod: '',
      isRetainerBilledInAdvance: true,
      rushFeePercent: null,
      extraRevisionFee: null,
      outOfScopeHourlyRate: null,
      lateFee: null,
      expenses: { travelPaidBy: 'client', needsApproval: true, note: '' },
      termMonths: defaultTermMonths,
      review: null,
    },
    terms: {
      ownership: null,
      earlyTermination: { noticeDays: 30, whatIsOwed: '' },
      portfolio: 'after_publication',
      confidentiality: '',
      communication: { channels: [], callsPerMonth: 0, note: '' },
      offerExpiresOn: null,
    },
    notes: '',
  };
}
