// Every scheduled job Sana runs; later features add theirs here.
import { deliverOutboxJob } from './deliver-outbox.ts';
import { applyLateFeesJob } from './apply-late-fees.ts';
import { sendPaymentRemindersJob } from './send-payment-reminders.ts';
import { remindRenegotiationsJob } from './remind-renegotiations.ts';
import { invoiceRetainersJob } from './invoice-retainers.ts';
import type { Job } from './job.ts';

// Retainer invoices first (issued today, they are reminded on schedule), fees before reminders (a reminder shows the fee
// charged today), and all before delivery, so one run sends what it queued.
export const jobs: Job[] = [invoiceRetainersJob, applyLateFeesJob, sendPaymentRemindersJob, remindRenegotiationsJob, deliverOutboxJob];
