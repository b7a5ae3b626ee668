// Every scheduled job Sana runs; later features add theirs here.
import { deliverOutboxJob } from './deliver-outbox.ts';
import { applyLateFeesJob } from './apply-late-fees.ts';
import { sendPaymentRemindersJob } from './send-payment-reminders.ts';
import { remindRenegotiationsJob } from './remind-renegotiations.ts';
import type { Job } from './job.ts';

// Fees before reminders (a reminder shows the fee charged today), and both before delivery, so one run sends what it queued.
export const jobs: Job[] = [applyLateFeesJob, sendPaymentRemindersJob, remindRenegotiationsJob, deliverOutboxJob];
