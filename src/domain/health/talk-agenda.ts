// The agenda for a heart-to-heart: what works first, then each reason that drove it with its evidence, then their side and a next step.
import { healthText, type HealthText } from './health-text.ts';
import type { HealthReasonKind, ReasonAssessment } from './health-reasons.ts';
import type { OpenConcern } from './relationship-events.ts';

export type TalkAgendaInput = {
  reasons: readonly ReasonAssessment[];
  /** Most serious first, as the decision listed them. */
  drivenBy: readonly HealthReasonKind[];
  openConcerns: readonly OpenConcern[];
  /** Goodwill the client has shown over the whole relationship; it belongs in the conversation too. */
  goodwillCount: number;
};

/** Opening with appreciation and closing with a concrete next step keeps a hard conversation a conversation. */
export function talkAgenda(input: TalkAgendaInput): HealthText[] {
  const agenda: HealthText[] = [healthText('health.agenda.opening', {})];
  if (input.goodwillCount > 0) agenda.push(healthText('health.agenda.thanks', { count: input.goodwillCount }));
  for (const kind of input.drivenBy) {
    const assessment = input.reasons.find((reason) => reason.reason === kind);
    if (assessment) agenda.push(assessment.agendaItem);
  }
  for (const concern of input.openConcerns) agenda.push(healthText('health.agenda.openConcern', { summary: concern.summary }));
  agenda.push(healthText('health.agenda.theirSide', {}));
  agenda.push(healthText('health.agenda.nextStep', {}));
  return agenda;
}
