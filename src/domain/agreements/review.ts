// Everything the freelancer sees beside a document while editing it: the resolved schedule and the checks.
import { checkAgreement, type AgreementCheck } from './checks.ts';
import type { AgreementDocument } from './document.ts';
import { resolveSchedule, type InputReceipts, type ScheduleResult } from './schedule.ts';

export type DocumentReview = { schedule: ScheduleResult; checks: AgreementCheck[] };

export function reviewDocument(document: AgreementDocument, receipts: InputReceipts = {}): DocumentReview {
  const schedule = resolveSchedule(document.when, receipts);
  return { schedule, checks: checkAgreement(document, schedule.isValid) };
}
