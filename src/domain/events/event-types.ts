// The kinds of event on a client's timeline. Later features add kinds here; the timeline shows every kind.

/** Events the freelancer logs by hand. */
export const loggableEventTypes = ['note', 'message_received', 'message_sent', 'call', 'meeting'] as const;

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
] as const;

export const eventTypes = [...loggableEventTypes, ...systemEventTypes] as const;
export type EventType = (typeof eventTypes)[number];
export type LoggableEventType = (typeof loggableEventTypes)[number];

export const contactChannels = ['email', 'chat', 'phone', 'video', 'in_person'] as const;
export type ContactChannel = (typeof contactChannels)[number];
