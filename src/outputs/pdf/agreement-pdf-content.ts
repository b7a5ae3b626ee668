// What a proposal or contract PDF says, already translated and formatted in the client's language; agreement-pdf.ts
// only lays it out. Internal notes about the client never reach this file: only the document, its schedule and signatures.
import { Temporal } from 'temporal-polyfill';
import type { AgreementDocument, AgreementKind, Deliverable, DueRule, Milestone, PaymentDue } from '../../domain/agreements/document.ts';
import type { AgreementStatus } from '../../domain/agreements/lifecycle.ts';
import type { Schedule } from '../../domain/agreements/schedule.ts';
import type { OfficeDay } from '../../domain/portal/office-week.ts';
import type { Language } from '../../schemas/common.ts';
import { agreementPdfTranslator, type AgreementPdfKey } from './agreement-pdf-text.ts';
import { formatDate, formatMoney, formatPercent, formatQuantity, localeOf } from './invoice-format.ts';

export type PdfSignature = { party: 'freelancer' | 'client'; fullName: string; signedAt: string; ip: string | null; userAgent: string | null; consentText: string; contentHash: string; hasDrawnSignature: boolean };

export type AgreementPdfInput = {
  language: Language;
  kind: AgreementKind;
  status: AgreementStatus;
  versionNumber: number;
  contentHash: string;
  document: AgreementDocument;
  /** Null when the rules cannot be resolved (the freelancer sees why in the app). */
  schedule: Schedule | null;
  termEndsOn: string | null;
  /** The freelancer's office hours for a week on both clocks; null when their profile has none yet. */
  officeHours: { freelancerTimeZone: string; clientTimeZone: string; days: OfficeDay[] } | null;
  /** Signatures on the version shown, oldest first. */
  signatures: PdfSignature[];
  /** The date the PDF is made, in the client's zone (YYYY-MM-DD). */
  generatedOn: string;
};

export type Column = { label: string; weight: number; align?: 'left' | 'right' };
export type Block =
  | { kind: 'paragraph'; text: string; style?: 'muted' | 'italic' | 'bold' }
  | { kind: 'subheading'; text: string }
  | { kind: 'rows'; rows: [string, string][] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: Column[]; rows: string[][] };
export type Section = { title: string; blocks: Block[] };

export type SignatureBox = { role: string; name: string; signedLine: string | null };
export type CertificateEntry = { heading: string; rows: [string, string, 'mono' | 'text'][] };

export type AgreementPdfContent = {
  language: Language;
  title: string;
  subtitle: string;
  banner: string;
  parties: { heading: string; lines: string[] }[];
  sections: Section[];
  notLegalAdvice: string;
  signatures: { title: string; intro: string; boxes: SignatureBox[]; labels: { name: string; signature: string; date: string } };
  certificate: { title: string; intro: string; document: [string, string, 'mono' | 'text'][]; entries: CertificateEntry[]; closing: string } | null;
  footer: string;
  pageLabel: (page: number, pages: number) => string;
  author: string;
};

const rangeDash = '–';

function utcParts(iso: string, language: Language): { date: string; time: string } {
  const instant = Temporal.Instant.from(iso);
  const zoned = instant.toZonedDateTimeISO('UTC');
  return { date: formatDate(zoned.toPlainDate().toString(), language), time: zoned.toPlainTime().toString({ smallestUnit: 'second' }) };
}

function listOf(items: string[], language: Language): string {
  return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(items);
}

export function agreementPdfContent(input: AgreementPdfInput): AgreementPdfContent {
  const { language, document: doc } = input;
  const t = agreementPdfTranslator(language);
  const notGiven = t('pdf.agreement.notGiven');
  const money = (amount: number) => formatMoney(amount, doc.cost.currency, language);
  const date = (day: string) => formatDate(day, language);
  const orNotGiven = (text: string) => (text.trim() === '' ? notGiven : text.trim());
  const partyName = (party: 'freelancer' | 'client') => t(`pdf.agreement.parties.${party}` as AgreementPdfKey);
  const milestoneTitle = (id: string) => doc.when.milestones.find((m) => m.id === id)?.title ?? id;
  const inputTitle = (id: string) => doc.when.clientInputs.find((i) => i.id === id)?.title ?? id;

  const title = doc.title.trim() || t('pdf.agreement.untitled');
  const kindLabel = t(`pdf.agreement.kind.${input.kind}` as AgreementPdfKey);
  const isSigned = input.status === 'signed';

  const banner = (() => {
    switch (input.status) {
      case 'draft':
        return t('pdf.agreement.banner.draft');
      case 'signed':
        return t('pdf.agreement.banner.signed');
      case 'declined':
        return t('pdf.agreement.banner.declined');
      case 'expired':
        return t('pdf.agreement.banner.expired');
      default:
        return input.kind === 'proposal' ? t('pdf.agreement.banner.proposal') : t('pdf.agreement.banner.awaitingSignatures');
    }
  })();

  const partyLines = (party: { name: string; email: string; address: string }, extra: string[] = []) =>
    [party.name.trim() || notGiven, party.email.trim(), party.address.trim(), ...extra].filter((line) => line !== '');
  const client = doc.parties.client;
  const clientPlace = [client.city, client.region, client.countryCode.toUpperCase()].filter((part) => part.trim() !== '').join(', ');
  const parties = [
    { heading: partyName('freelancer'), lines: partyLines(doc.parties.freelancer) },
    { heading: partyName('client'), lines: partyLines(client, clientPlace && !client.address.includes(clientPlace) ? [clientPlace] : []) },
  ];

  // 1. What.
  const deliverableRow = (d: Deliverable): string[] => [
    d.description.trim() ? `${d.title}\n${d.description.trim()}` : d.title,
    t(`pdf.agreement.cadence.${d.cadence}` as AgreementPdfKey, { count: formatQuantity(d.quantity, language) }),
    d.lengthRange ? t('pdf.agreement.length', { min: formatQuantity(d.lengthRange.min, language), max: formatQuantity(d.lengthRange.max, language), unit: t(`pdf.agreement.unit.${d.lengthRange.unit}` as AgreementPdfKey) }) : rangeDash,
    d.format.trim() || rangeDash,
    d.amount === null ? rangeDash : money(d.amount),
  ];
  const hasItemPrices = doc.what.deliverables.some((d) => d.amount !== null);
  const deliverableColumns: Column[] = [
    { label: t('pdf.agreement.what.columns.item'), weight: hasItemPrices ? 3.2 : 3.8 },
    { label: t('pdf.agreement.what.columns.quantity'), weight: 1.3 },
    { label: t('pdf.agreement.what.columns.length'), weight: 1.3 },
    { label: t('pdf.agreement.what.columns.format'), weight: 1.2 },
    ...(hasItemPrices ? [{ label: t('pdf.agreement.what.columns.amount'), weight: 1.1, align: 'right' as const }] : []),
  ];
  const what: Section = {
    title: t('pdf.agreement.what.title'),
    blocks: [
      doc.what.deliverables.length
        ? { kind: 'table', columns: deliverableColumns, rows: doc.what.deliverables.map((d) => deliverableRow(d).slice(0, deliverableColumns.length)) }
        : { kind: 'paragraph', text: t('pdf.agreement.what.empty'), style: 'muted' },
      { kind: 'subheading', text: t('pdf.agreement.what.outOfScope') },
      doc.what.outOfScope.length ? { kind: 'bullets', items: doc.what.outOfScope } : { kind: 'paragraph', text: t('pdf.agreement.what.outOfScopeEmpty'), style: 'muted' },
    ],
  };

  // 2. When.
  const resolved = new Map((input.schedule?.milestones ?? []).map((m) => [m.id, m]));
  const ruleText = (due: DueRule): string => {
    switch (due.kind) {
      case 'date':
        return t('pdf.agreement.when.rule.date');
      case 'after_start':
        return t('pdf.agreement.when.rule.after_start', { count: due.days });
      case 'after_milestone':
        return t('pdf.agreement.when.rule.after_milestone', { count: due.days, title: milestoneTitle(due.milestoneId) });
      case 'after_input':
        return t('pdf.agreement.when.rule.after_input', { count: due.days, title: inputTitle(due.inputId) });
    }
  };
  const dueText = (m: Milestone): string => {
    const dates = resolved.get(m.id);
    if (!dates?.dueOn) return m.due.kind === 'after_input' && doc.when.startDate ? t('pdf.agreement.when.dueAfterInput') : t('pdf.agreement.when.dueUnknown');
    const moved = dates.plannedOn && dates.plannedOn !== dates.dueOn ? `\n(${t('pdf.agreement.when.moved', { date: date(dates.plannedOn) })})` : '';
    return `${date(dates.dueOn)}${moved}`;
  };
  const whenBlocks: Block[] = [{ kind: 'rows', rows: [[t('pdf.agreement.when.start'), doc.when.startDate ? date(doc.when.startDate) : t('pdf.agreement.when.startNotSet')]] }];
  whenBlocks.push(
    doc.when.milestones.length
      ? {
          kind: 'table',
          columns: [
            { label: t('pdf.agreement.when.columns.milestone'), weight: 2.6 },
            { label: t('pdf.agreement.when.columns.owner'), weight: 1.1 },
            { label: t('pdf.agreement.when.columns.due'), weight: 1.9 },
            { label: t('pdf.agreement.when.columns.rule'), weight: 2.6 },
          ],
          rows: doc.when.milestones.map((m) => [m.title, partyName(m.owner), dueText(m), ruleText(m.due)]),
        }
      : { kind: 'paragraph', text: t('pdf.agreement.when.empty'), style: 'muted' },
  );
  if (doc.when.clientInputs.length) {
    const inputs = new Map((input.schedule?.inputs ?? []).map((i) => [i.id, i]));
    whenBlocks.push({ kind: 'subheading', text: t('pdf.agreement.when.inputs') });
    whenBlocks.push({
      kind: 'table',
      columns: [
        { label: t('pdf.agreement.when.inputColumns.input'), weight: 3.4 },
        { label: t('pdf.agreement.when.inputColumns.expected'), weight: 2 },
        { label: t('pdf.agreement.when.inputColumns.received'), weight: 2 },
      ],
      rows: doc.when.clientInputs.map((clientInput) => {
        const dates = inputs.get(clientInput.id);
        const expected = dates?.expectedOn ? date(dates.expectedOn) : clientInput.expected.kind === 'after_start' ? t('pdf.agreement.when.rule.after_start', { count: clientInput.expected.days }) : notGiven;
        return [clientInput.title, expected, dates?.receivedOn ? date(dates.receivedOn) : t('pdf.agreement.when.notReceived')];
      }),
    });
    whenBlocks.push({ kind: 'paragraph', text: t('pdf.agreement.when.lateRule'), style: 'italic' });
  }
  if (doc.when.officeHours.trim() !== '' || input.officeHours) {
    whenBlocks.push({ kind: 'subheading', text: t('pdf.agreement.when.officeHours') });
    if (doc.when.officeHours.trim() !== '') whenBlocks.push({ kind: 'paragraph', text: doc.when.officeHours.trim() });
    if (input.officeHours) whenBlocks.push(...officeHoursBlocks(input.officeHours, language, t));
  }
  const when: Section = { title: t('pdf.agreement.when.title'), blocks: whenBlocks };

  // 3. How.
  const how = doc.how;
  const subcontracting = how.subcontracting.isAllowed ? t('pdf.agreement.how.subcontractingAllowed', { count: how.subcontracting.leadTimeDays }) : t('pdf.agreement.how.subcontractingNotAllowed');
  const howRows: [string, string][] = [
    [t('pdf.agreement.how.revisions'), t('pdf.agreement.how.revisionsCount', { count: how.revisionsIncluded })],
    [t('pdf.agreement.how.fileFormats'), how.fileFormats.length ? listOf(how.fileFormats, language) : notGiven],
    [t('pdf.agreement.how.researchDepth'), t(`pdf.agreement.how.research.${how.researchDepth}` as AgreementPdfKey)],
    [t('pdf.agreement.how.tools'), how.tools.length ? listOf(how.tools, language) : notGiven],
    [t('pdf.agreement.how.subcontracting'), how.subcontracting.note.trim() ? `${subcontracting}. ${how.subcontracting.note.trim()}` : subcontracting],
    [t('pdf.agreement.how.assetSources'), orNotGiven(how.assetSources)],
  ];
  if (how.notes.trim()) howRows.push([t('pdf.agreement.how.notes'), how.notes.trim()]);

  // 4. Cost.
  const cost = doc.cost;
  const percent = (value: number) => formatPercent(value, language);
  const hasTotal = cost.pricingModel === 'fixed_project' || cost.pricingModel === 'per_deliverable';
  const depositText = (() => {
    if (cost.depositPercent <= 0) return t('pdf.agreement.cost.noDeposit');
    const line = hasTotal && cost.amount > 0 ? t('pdf.agreement.cost.depositAmount', { percent: percent(cost.depositPercent), amount: money(Math.round((cost.amount * cost.depositPercent) / 100)) }) : t('pdf.agreement.cost.depositLine', { percent: percent(cost.depositPercent) });
    return `${line}, ${t(cost.isDepositRefundable ? 'pdf.agreement.cost.depositRefundable' : 'pdf.agreement.cost.depositKept')}`;
  })();
  const costRows: [string, string][] = [
    [t('pdf.agreement.cost.pricingModel'), t(`pdf.agreement.cost.model.${cost.pricingModel}` as AgreementPdfKey)],
    [t('pdf.agreement.cost.amountLabel'), t(`pdf.agreement.cost.amount.${cost.pricingModel}` as AgreementPdfKey, { amount: money(cost.amount) })],
  ];
  if (cost.estimatedHours !== null) costRows.push([t('pdf.agreement.cost.estimatedHours'), formatQuantity(cost.estimatedHours, language)]);
  costRows.push([t('pdf.agreement.cost.deposit'), depositText]);
  if (cost.paymentMethod.trim()) costRows.push([t('pdf.agreement.cost.paymentMethod'), cost.paymentMethod.trim()]);
  if (cost.pricingModel === 'retainer') costRows.push([t('pdf.agreement.cost.retainerBilling'), t(cost.isRetainerBilledInAdvance ? 'pdf.agreement.cost.retainerInAdvance' : 'pdf.agreement.cost.retainerInArrears')]);
  if (cost.rushFeePercent !== null) costRows.push([t('pdf.agreement.cost.rushFee'), t('pdf.agreement.cost.rushFeeLine', { percent: percent(cost.rushFeePercent) })]);
  if (cost.extraRevisionFee !== null) costRows.push([t('pdf.agreement.cost.extraRevisionFee'), money(cost.extraRevisionFee)]);
  if (cost.outOfScopeHourlyRate !== null) costRows.push([t('pdf.agreement.cost.outOfScopeRate'), t('pdf.agreement.cost.perHour', { amount: money(cost.outOfScopeHourlyRate) })]);
  const lateFee = cost.lateFee;
  costRows.push([
    t('pdf.agreement.cost.lateFee'),
    lateFee === null ? t('pdf.agreement.cost.noLateFee') : lateFee.kind === 'flat' ? t('pdf.agreement.cost.lateFeeFlat', { amount: money(lateFee.amount), count: lateFee.graceDays }) : t('pdf.agreement.cost.lateFeePercent', { percent: percent(lateFee.percent), count: lateFee.graceDays }),
  ]);
  const expenses = [t(`pdf.agreement.cost.travel.${cost.expenses.travelPaidBy}` as AgreementPdfKey) + (cost.expenses.needsApproval ? `, ${t('pdf.agreement.cost.needsApproval')}` : ''), cost.expenses.note.trim()].filter(Boolean);
  costRows.push([t('pdf.agreement.cost.expenses'), expenses.join('. ')]);
  const months = t('pdf.agreement.cost.termMonths', { count: cost.termMonths });
  costRows.push([t('pdf.agreement.cost.term'), input.termEndsOn ? t('pdf.agreement.cost.termEnds', { months, date: date(input.termEndsOn) }) : t('pdf.agreement.cost.termOpen', { months })]);
  if (cost.review) costRows.push([t('pdf.agreement.cost.review'), t('pdf.agreement.cost.reviewLine', { date: date(cost.review.reviewOn), criteria: cost.review.criteria })]);
  const paymentDue = (due: PaymentDue): string => {
    switch (due.kind) {
      case 'on_signing':
        return t('pdf.agreement.cost.due.on_signing');
      case 'on_milestone':
        return t('pdf.agreement.cost.due.on_milestone', { title: milestoneTitle(due.milestoneId) });
      case 'date':
        return date(due.date);
      case 'days_after_invoice':
        return t('pdf.agreement.cost.due.days_after_invoice', { count: due.days });
    }
  };
  const costBlocks: Block[] = [{ kind: 'rows', rows: costRows }];
  if (cost.paymentSchedule.length) {
    costBlocks.push({ kind: 'subheading', text: t('pdf.agreement.cost.schedule') });
    costBlocks.push({
      kind: 'table',
      columns: [
        { label: t('pdf.agreement.cost.scheduleColumns.payment'), weight: 3 },
        { label: t('pdf.agreement.cost.scheduleColumns.amount'), weight: 1.4, align: 'right' },
        { label: t('pdf.agreement.cost.scheduleColumns.due'), weight: 2.6 },
      ],
      rows: cost.paymentSchedule.map((p) => [p.label, money(p.amount), paymentDue(p.due)]),
    });
  }

  // 5. Terms.
  const terms = doc.terms;
  const ownership = terms.ownership
    ? `${t(`pdf.agreement.terms.attribution.${terms.ownership.attribution}` as AgreementPdfKey)}. ${t(terms.ownership.passesOnFinalPayment ? 'pdf.agreement.terms.passesOnFinalPayment' : 'pdf.agreement.terms.passesOnDelivery')}`
    : t('pdf.agreement.terms.noOwnership');
  const termRows: [string, string][] = [[t('pdf.agreement.terms.ownership'), ownership]];
  if (terms.ownership?.licence.trim()) termRows.push([t('pdf.agreement.terms.licence'), terms.ownership.licence.trim()]);
  const notice = t('pdf.agreement.terms.notice', { count: terms.earlyTermination.noticeDays });
  termRows.push([t('pdf.agreement.terms.earlyTermination'), terms.earlyTermination.whatIsOwed.trim() ? `${notice} ${terms.earlyTermination.whatIsOwed.trim()}` : notice]);
  termRows.push([t('pdf.agreement.terms.portfolioLabel'), t(`pdf.agreement.terms.portfolio.${terms.portfolio}` as AgreementPdfKey)]);
  termRows.push([t('pdf.agreement.terms.confidentiality'), orNotGiven(terms.confidentiality)]);
  const communication = [
    terms.communication.channels.length ? t('pdf.agreement.terms.channels', { channels: listOf(terms.communication.channels, language) }) : '',
    t('pdf.agreement.terms.calls', { count: terms.communication.callsPerMonth }),
  ].filter(Boolean);
  const communicationText = `${communication.join(', ')}.`;
  termRows.push([t('pdf.agreement.terms.communication'), `${communicationText.charAt(0).toUpperCase()}${communicationText.slice(1)}${terms.communication.note.trim() ? ` ${terms.communication.note.trim()}` : ''}`]);
  termRows.push([t('pdf.agreement.terms.offerExpires'), terms.offerExpiresOn ? t('pdf.agreement.terms.offerExpiresLine', { date: date(terms.offerExpiresOn) }) : t('pdf.agreement.terms.noExpiry')]);
  if (doc.notes.trim()) termRows.push([t('pdf.agreement.terms.notes'), doc.notes.trim()]);

  // Signatures, and the certificate once both have signed.
  const signatureOf = (party: 'freelancer' | 'client') => input.signatures.find((s) => s.party === party) ?? null;
  const box = (party: 'freelancer' | 'client'): SignatureBox => {
    const signature = signatureOf(party);
    const name = signature?.fullName ?? (party === 'freelancer' ? doc.parties.freelancer.name : doc.parties.client.name);
    const when = signature ? utcParts(signature.signedAt, language) : null;
    return { role: partyName(party), name: name.trim() || '', signedLine: when ? t('pdf.agreement.signatures.signedOn', when) : null };
  };
  const certificate = isSigned
    ? {
        title: t('pdf.agreement.certificate.title'),
        intro: t('pdf.agreement.certificate.intro', { version: input.versionNumber, title }),
        document: [
          [t('pdf.agreement.certificate.document'), title, 'text'],
          [t('pdf.agreement.certificate.version'), String(input.versionNumber), 'text'],
          [t('pdf.agreement.certificate.contentHash'), input.contentHash, 'mono'],
        ] as [string, string, 'mono' | 'text'][],
        entries: input.signatures.map((s) => ({
          heading: t('pdf.agreement.certificate.signer', { party: partyName(s.party), name: s.fullName }),
          rows: [
            [t('pdf.agreement.certificate.signedAt'), s.signedAt, 'mono'],
            [t('pdf.agreement.certificate.ip'), s.ip ?? t('pdf.agreement.certificate.unknown'), 'mono'],
            [t('pdf.agreement.certificate.userAgent'), s.userAgent ?? t('pdf.agreement.certificate.unknown'), 'text'],
            [t('pdf.agreement.certificate.consent'), language === 'es' ? `«${s.consentText}»` : `“${s.consentText}”`, 'text'],
            [t('pdf.agreement.certificate.drawn'), t(s.hasDrawnSignature ? 'pdf.agreement.yes' : 'pdf.agreement.no'), 'text'],
            [t('pdf.agreement.certificate.signedHash'), s.contentHash, 'mono'],
          ] as [string, string, 'mono' | 'text'][],
        })),
        closing: t('pdf.agreement.certificate.verify'),
      }
    : null;

  return {
    language,
    title,
    subtitle: t('pdf.agreement.subtitle', { kind: kindLabel, version: input.versionNumber, date: date(input.generatedOn) }),
    banner,
    parties,
    sections: [what, when, { title: t('pdf.agreement.how.title'), blocks: [{ kind: 'rows', rows: howRows }] }, { title: t('pdf.agreement.cost.title'), blocks: costBlocks }, { title: t('pdf.agreement.terms.title'), blocks: [{ kind: 'rows', rows: termRows }] }],
    notLegalAdvice: t('pdf.agreement.notLegalAdvice'),
    signatures: {
      title: t('pdf.agreement.signatures.title'),
      intro: input.kind === 'proposal' ? t('pdf.agreement.signatures.proposalNote') : t('pdf.agreement.signatures.intro'),
      boxes: [box('freelancer'), box('client')],
      labels: { name: t('pdf.agreement.signatures.name'), signature: t('pdf.agreement.signatures.signature'), date: t('pdf.agreement.signatures.date') },
    },
    certificate,
    footer: t('pdf.agreement.footer', { title, version: input.versionNumber }),
    pageLabel: (page, pages) => t('pdf.agreement.page', { page, pages }),
    author: doc.parties.freelancer.name,
  };
}

/** Each working day's hours on the freelancer's clock and on the client's, side by side; one column when they share a zone. */
function officeHoursBlocks(hours: NonNullable<AgreementPdfInput['officeHours']>, language: Language, t: ReturnType<typeof agreementPdfTranslator>): Block[] {
  const sameZone = hours.freelancerTimeZone === hours.clientTimeZone;
  const weekday = (day: string) => {
    const name = new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  };
  // A range that ends on the client's next day says so, rather than looking like it runs backwards.
  const clock = (range: OfficeDay & { status: 'working' }, side: 'freelancer' | 'client') =>
    range.ranges
      .map((r) => {
        const ends = r[side].end.date !== r[side].start.date ? ` (+${Temporal.PlainDate.from(r[side].start.date).until(r[side].end.date).days})` : '';
        const starts = side === 'client' && r.client.start.date !== r.freelancer.start.date ? ` [${weekday(r.client.start.date)}]` : '';
        return `${r[side].start.time}–${r[side].end.time}${ends}${starts}`;
      })
      .join(', ');
  const sorted = [...hours.days].sort((a, b) => ((Temporal.PlainDate.from(a.date).dayOfWeek + 6) % 7) - ((Temporal.PlainDate.from(b.date).dayOfWeek + 6) % 7));
  const rows = sorted.map((day) => {
    if (day.status !== 'working') return sameZone ? [weekday(day.date), t('pdf.agreement.when.dayOff')] : [weekday(day.date), t('pdf.agreement.when.dayOff'), rangeDash];
    return sameZone ? [weekday(day.date), clock(day, 'freelancer')] : [weekday(day.date), clock(day, 'freelancer'), clock(day, 'client')];
  });
  const columns: Column[] = [
    { label: t('pdf.agreement.when.officeHoursColumns.day'), weight: 1.4 },
    { label: t('pdf.agreement.when.officeHoursColumns.zone', { zone: `${t('pdf.agreement.parties.freelancer')} (${hours.freelancerTimeZone})` }), weight: 2.6 },
    ...(sameZone ? [] : [{ label: t('pdf.agreement.when.officeHoursColumns.zone', { zone: `${t('pdf.agreement.parties.client')} (${hours.clientTimeZone})` }), weight: 2.6 }]),
  ];
  const first = hours.days[0]?.date;
  return [{ kind: 'table', columns, rows }, ...(first && !sameZone ? [{ kind: 'paragraph' as const, text: t('pdf.agreement.when.officeHoursNote', { date: formatDate(first, language) }), style: 'muted' as const }] : [])];
}
