// Contracts for relationship health: the settings that tune it, the health card, the relationship panel
// (boundaries, favors, short accounts), the friendly reminder, and the overview of every active client.
import { z } from 'zod';
import { boundaryFlags } from '../domain/boundaries/boundary-events.ts';
import { channelStandings } from '../domain/boundaries/channel-standing.ts';
import { contactTimings } from '../domain/boundaries/contact-timing.ts';
import { reminderTopics } from '../domain/boundaries/friendly-reminder.ts';
import { concernActions } from '../domain/concerns/short-accounts.ts';
import { contactChannels } from '../domain/events/event-types.ts';
import { extraClasses } from '../domain/extras/extra-classification.ts';
import { extrasSuggestionKinds } from '../domain/extras/extras-advice.ts';
import { ledgerBalances } from '../domain/extras/goodwill-ledger.ts';
import { healthReasonKinds } from '../domain/health/health-reasons.ts';
import { healthStatuses, healthTrends } from '../domain/health/health-status.ts';
import { healthRecommendations } from '../domain/health/recommendation.ts';
import { extraExtents, goodwillKinds, relationshipEventKinds } from '../domain/health/relationship-events.ts';
import { replyWindowUnits } from '../domain/profile/reply-window.ts';
import { clientStages } from '../domain/clients/lifecycle.ts';
import { Id, IsoDateTime, Language } from './common.ts';

const Count = (what: string) => z.number().int(`Use a whole number of ${what}.`).min(0, `Use 0 or more ${what}.`).max(1000, `Keep it at 1,000 ${what} or fewer.`);
const AtLeastOne = (what: string) => z.number().int(`Use a whole number of ${what}.`).min(1, `Use at least 1 ${what.replace(/s$/, '')}.`).max(1000, `Keep it at 1,000 ${what} or fewer.`);
const Days = z.number().int('Use a whole number of days.').min(1, 'Use at least 1 day.').max(3650, 'Keep it at ten years (3,650 days) or fewer.');
const Percent = z.number().int('Use a whole percentage.').min(0, 'Use 0 to 100.').max(100, 'Use 0 to 100.');

/** Every threshold of DOMAIN.md sections 5–7 and 9, as the freelancer may tune them. */
export const RelationshipSettings = z
  .object({
    boundaries: z
      .object({
        reminderWindowDays: Days.describe('How far back the friendly-reminder counts look.'),
        outsideHoursContactsForReminder: AtLeastOne('contacts'),
        callsOverLimitForReminder: AtLeastOne('calls'),
        wrongChannelContactsForReminder: AtLeastOne('contacts'),
      })
      .strict(),
    extras: z.object({ unpaidExtrasWindowDays: Days, unpaidExtrasForWarning: AtLeastOne('extras') }).strict(),
    concerns: z.object({ raiseWithinDays: z.number().int('Use a whole number of days.').min(0, 'Use 0 or more days.').max(365, 'Keep it at 365 days or fewer.') }).strict(),
    health: z
      .object({
        windowDays: Days,
        communication: z
          .object({
            replyWindow: z.object({ amount: z.number().int().min(1, 'Use at least 1.').max(1000, 'Keep it at 1,000 or fewer.'), unit: z.enum(replyWindowUnits) }).strict().nullable(),
            watchMisses: AtLeastOne('messages'),
            watchMissPercent: Percent,
            actMisses: AtLeastOne('messages'),
            actMissPercent: Percent,
          })
          .strict(),
        panic: z.object({ watchRequests: AtLeastOne('requests'), actRequests: AtLeastOne('requests'), watchMissedCommitments: AtLeastOne('commitments'), actMissedCommitments: AtLeastOne('commitments') }).strict(),
        integrity: z.object({ windowDays: Days, watchIncidents: AtLeastOne('incidents'), actIncidents: AtLeastOne('incidents') }).strict(),
        decline: z
          .object({
            watchLatePayments: AtLeastOne('payments'),
            watchLatePercent: Percent,
            actLatePayments: AtLeastOne('payments'),
            actLatePercent: Percent,
            watchSignals: AtLeastOne('signals'),
            actSignals: AtLeastOne('signals'),
          })
          .strict(),
        expectations: z.object({ watchIncidents: AtLeastOne('incidents'), actIncidents: AtLeastOne('incidents') }).strict(),
        recommendation: z
          .object({
            actReasonsForExit: z.number().int().min(1, 'Use 1 to 5.').max(5, 'Use 1 to 5.'),
            decisiveReasons: z.array(z.enum(healthReasonKinds)).max(5),
            watchReasonsForTalk: z.number().int().min(1, 'Use 1 to 5.').max(5, 'Use 1 to 5.'),
          })
          .strict(),
      })
      .strict(),
  })
  .strict()
  .superRefine((settings, ctx) => {
    // "Act" is the stronger signal: a lower act line than watch line would make the card jump straight past watch.
    const pairs: [string, number, number][] = [
      ['health.communication.actMisses', settings.health.communication.watchMisses, settings.health.communication.actMisses],
      ['health.panic.actRequests', settings.health.panic.watchRequests, settings.health.panic.actRequests],
      ['health.panic.actMissedCommitments', settings.health.panic.watchMissedCommitments, settings.health.panic.actMissedCommitments],
      ['health.integrity.actIncidents', settings.health.integrity.watchIncidents, settings.health.integrity.actIncidents],
      ['health.decline.actLatePayments', settings.health.decline.watchLatePayments, settings.health.decline.actLatePayments],
      ['health.decline.actSignals', settings.health.decline.watchSignals, settings.health.decline.actSignals],
      ['health.expectations.actIncidents', settings.health.expectations.watchIncidents, settings.health.expectations.actIncidents],
    ];
    for (const [path, watch, act] of pairs) {
      if (act < watch) ctx.addIssue({ code: 'custom', path: path.split('.'), message: `Set the "act" line at or above the "watch" line (${watch}).` });
    }
  })
  .meta({ id: 'RelationshipSettings', description: 'Thresholds for boundaries, favors, short accounts and the health card.' });
export type RelationshipSettings = z.infer<typeof RelationshipSettings>;

export const RelationshipSettingsDocument = z
  .object({ settings: RelationshipSettings, version: z.number().int().describe('0 while the defaults were never changed.'), isDefault: z.boolean() })
  .meta({ id: 'RelationshipSettingsDocument' });
export const SaveRelationshipSettingsBody = z
  .object({ settings: RelationshipSettings, version: z.number().int().min(0).describe('The version you read; a stale one answers 409.') })
  .strict();

const Texts = z.array(z.string()).describe('Sentences in the reader\'s language.');

export const HealthReason = z.object({
  reason: z.enum(healthReasonKinds),
  status: z.enum(healthStatuses),
  trend: z.enum(healthTrends).describe('The last window against the one before it.'),
  signals: z.object({ current: z.number().int(), previous: z.number().int() }),
  evidence: z.array(Id).describe('Ids of the timeline events the status rests on.'),
  invoiceIds: z.array(Id),
  because: Texts,
  agendaItem: z.string(),
});

export const ClientHealth = z
  .object({
    clientId: Id,
    asOf: IsoDateTime,
    reasons: z.array(HealthReason),
    recommendation: z.enum(healthRecommendations),
    drivenBy: z.array(z.enum(healthReasonKinds)),
    because: Texts,
    agenda: Texts.describe('For "talk": what to bring up in the heart-to-heart, in order. Empty otherwise.'),
  })
  .meta({ id: 'ClientHealth' });
export type ClientHealth = z.infer<typeof ClientHealth>;

export const BoundaryContact = z.object({
  eventId: Id,
  kind: z.enum(relationshipEventKinds),
  occurredAt: z.string(),
  localDateTime: z.string().describe("Your wall clock when it happened, in your time zone."),
  channel: z.enum(contactChannels),
  timing: z.enum(contactTimings),
  channelStanding: z.enum(channelStandings),
  isTrueEmergency: z.boolean(),
  isPlanned: z.boolean(),
  flags: z.array(z.enum(boundaryFlags)),
});

export const ReminderDraft = z.object({
  language: Language,
  to: z.string().nullable().describe("The client's first contact email; null when they have none."),
  subject: z.string(),
  body: z.string(),
});

export const ClientRelationship = z
  .object({
    clientId: Id,
    asOf: IsoDateTime,
    boundaries: z.object({ contacts: z.array(BoundaryContact).describe('Inbound contacts, newest first, with the lines they crossed.'), breaches: z.number().int() }),
    friendlyReminder: z
      .object({ topics: z.array(z.object({ topic: z.enum(reminderTopics), eventIds: z.array(Id) })), evidence: z.array(Id), because: Texts, draft: ReminderDraft })
      .nullable()
      .describe('Null until the breaches since the last reminder pass your thresholds.'),
    lastReminderAt: z.string().nullable(),
    extras: z.object({
      items: z.array(z.object({ eventId: Id, occurredAt: z.string(), extent: z.enum(extraExtents), class: z.enum(extraClasses), description: z.string(), hours: z.number(), isPaid: z.boolean() })),
      goodwill: z.array(z.object({ eventId: Id, occurredAt: z.string(), goodwillKind: z.enum([...goodwillKinds, 'testimonial']), note: z.string() })),
      balance: z.enum(ledgerBalances),
      unpaidHours: z.number(),
      suggestions: z.array(z.object({ kind: z.enum(extrasSuggestionKinds), eventIds: z.array(Id), because: Texts })),
    }),
    concerns: z.object({
      open: z.array(
        z.object({
          eventId: Id,
          openedAt: z.string(),
          summary: z.string(),
          isVague: z.boolean(),
          ageDays: z.number().int(),
          draft: z.string().describe("A kind way to start, in the client's language: a check-in when something only feels off, an opening line otherwise."),
        }),
      ),
      resolved: z.array(z.object({ eventId: Id, openedAt: z.string(), resolvedAt: z.string(), summary: z.string(), notes: z.string() })),
      nudges: z.array(z.object({ eventId: Id, ageDays: z.number().int(), action: z.enum(concernActions), because: Texts, draft: z.string().nullable() })),
    }),
    unansweredMessages: z.array(z.object({ eventId: Id, kind: z.enum(['message_received', 'message_sent']), occurredAt: z.string(), summary: z.string(), isImportant: z.boolean() })),
  })
  .meta({ id: 'ClientRelationship' });
export type ClientRelationship = z.infer<typeof ClientRelationship>;

export const SendReminderBody = z
  .object({
    subject: z.string().trim().min(1, 'Give the email a subject.').max(200, 'Keep the subject under 200 characters.'),
    body: z.string().trim().min(1, 'Write the message (start from the draft).').max(10_000, 'Keep the message under 10,000 characters.'),
  })
  .strict();
export type SendReminderBody = z.infer<typeof SendReminderBody>;

export const ReminderQueued = z.object({ eventId: Id.describe('The friendly_reminder_sent event on the timeline.'), to: z.string() });

export const HealthOverviewItem = z.object({
  clientId: Id,
  name: z.string(),
  company: z.string(),
  stage: z.enum(clientStages),
  recommendation: z.enum(healthRecommendations),
  statuses: z.array(z.object({ reason: z.enum(healthReasonKinds), status: z.enum(healthStatuses), trend: z.enum(healthTrends) })),
  score: z.number().int().describe('0 (all clear) to 10 (all five reasons at act).'),
  history: z.array(z.object({ on: z.string().describe('YYYY-MM-DD'), score: z.number().int() })).describe('The score at the end of each of the last six months, oldest first, then today.'),
});
/** Something Sana could not do on its own and the freelancer should fix: today, reminders with no address to go to. */
export const AttentionItem = z.object({
  kind: z.enum(['reminders_without_email']),
  clientId: Id,
  name: z.string(),
  invoices: z.array(z.object({ id: Id, number: z.string() })).describe('Open invoices whose automatic reminders could not be sent.'),
});
export const HealthOverview = z
  .object({
    asOf: IsoDateTime,
    items: z.array(HealthOverviewItem).describe('Active clients, most worrying first.'),
    attention: z.array(AttentionItem).describe('What needs the freelancer: e.g. payment reminders that could not be sent because the client has no email address.'),
  })
  .meta({ id: 'HealthOverview' });
export type HealthOverview = z.infer<typeof HealthOverview>;
