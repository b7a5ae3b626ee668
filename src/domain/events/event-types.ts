// The kinds of event on a client's timeline. Later features add kinds here; the timeline shows every kind.
import { relationshipEventKinds } from '../health/relationship-events.ts';

/** Events the freelancer logs by hand: a note, or anything the relationship rules read. */
export const loggableEventTypes = ['note', ...relationshipEventKinds] as const;

/** Events Sana records itself when something changes. */
export const systemEventTypes = [
  'client_created',
  'client_updated',
  'stage_changed',
  'client_archived',
  'client_restored',
  'interview_recorded',
  'intake_received',
  'vetting_decided',
  // Follow-ups that complete an earlier event without rewriting it: the log stays append-only.
  'message_replied',
  'concern_resolved',
  'friendly_reminder_sent',
  'testimonial_requested',
  // Letting a client go (exit plans, offboarding).
  'exit_plan_created',
  'exit_plan_cancelled',
  'offboarding_started',
  'client_offboarded',
  // Getting paid (invoices, payments, promises, automatic reminders and late fees).
  'invoice_issued',
  'payment_recorded',
  'invoice_voided',
  'promise_recorded',
  'reminder_sent',
  // Automatic reminders of an invoice found no client email address (recorded once per invoice, not per step).
  'reminder_not_sent',
  'late_fee_applied',
  // The client opened an invoice in their portal (once); an issued invoice could not be emailed (no address).
  'invoice_viewed',
  'invoice_not_emailed',
  // Money up front: an invoice Sana wrote for a contract (deposit, retainer month) but could not issue, and the
  // "ready to start as soon as the deposit arrives" message sent.
  'invoice_left_as_draft',
  'ready_to_start_sent',
  // Deliverables: final work added while money is owed (the client told "complete, delivered on payment"), and released.
  'deliverable_held',
  'deliverable_released',
  // Proposals and contracts (the payload carries agreementId).
  'agreement_sent',
  'agreement_viewed',
  'agreement_commented',
  'agreement_revised',
  'agreement_accepted',
  'agreement_declined',
  'agreement_signed',
  'contract_created',
  'milestones_shifted',
  'renegotiation_due',
] as const;

export const eventTypes = [...loggableEventTypes, ...systemEventTypes] as const;
export type EventType = (typeof eventTypes)[number];
export type LoggableEventType = (typeof loggableEventTypes)[number];

export const contactChannels = ['email', 'chat', 'phone', 'video', 'in_person'] as const;
export type ContactChannel = (typeof contactChannels)[number];
