// The quick-add sends each kind only the fields it takes, and keeps what is likely to repeat for the next entry.
import { describe, expect, it } from 'vitest';
import { LogEventBody } from '../../schemas/events.ts';
import { loggableEventTypes } from '../../domain/events/event-types.ts';
import { emptyDraft, eventBody, nextDraft, parseHours, repliesAfterLogging, switchKind, validateDraft } from './event-draft.ts';

describe('event draft', () => {
  it('builds a body the server accepts for every kind', () => {
    for (const type of loggableEventTypes) {
      const draft = { ...emptyDraft(type), summary: 'Something happened', hours: '2', otherClient: 'Bea' };
      const parsed = LogEventBody.safeParse(eventBody(draft, '2026-03-02T21:40:00Z'));
      expect(parsed.success, `${type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('sends an unpaid recurring extra with its hours', () => {
    const draft = { ...emptyDraft('extra_request'), summary: 'Weekly report', extent: 'recurring' as const, hours: '1,5' };
    expect(eventBody(draft, undefined)).toEqual({ type: 'extra_request', summary: 'Weekly report', occurredAt: undefined, isConfidential: false, extent: 'recurring', hours: 1.5, isPaid: false });
  });

  it('a message answered and backdated carries its reply time; one logged now is answered by a second call', () => {
    const draft = { ...emptyDraft('message_received'), summary: 'Brief', isAnswered: true };
    expect(eventBody(draft, '2026-03-02T09:00:00Z')).toMatchObject({ repliedAt: '2026-03-02T09:00:00Z' });
    expect(eventBody(draft, undefined)).toMatchObject({ repliedAt: null });
    expect(repliesAfterLogging(draft, undefined)).toBe(true);
    expect(repliesAfterLogging(draft, '2026-03-02T09:00:00Z')).toBe(false);
  });

  it('names the other client by id when picked, by name otherwise', () => {
    const draft = { ...emptyDraft('missed_commitment'), summary: 'Late post' };
    expect(eventBody({ ...draft, otherClientId: 'c1', otherClient: 'ignored' }, undefined)).toMatchObject({ otherClientId: 'c1' });
    expect(eventBody({ ...draft, otherClient: ' Bea ' }, undefined)).toMatchObject({ otherClient: 'Bea' });
    expect(validateDraft(draft)).toEqual({ otherClient: 'required' });
  });

  it('asks for a summary and sensible hours', () => {
    expect(validateDraft(emptyDraft('note'))).toEqual({ summary: 'required' });
    expect(validateDraft({ ...emptyDraft('extra_request'), summary: 'x', hours: 'two' })).toEqual({ hours: 'hours' });
    expect(parseHours('0')).toBeNaN();
    expect(parseHours('2000')).toBeNaN();
    expect(parseHours('.5')).toBe(0.5);
  });

  it('switching kind keeps the summary and picks a channel the new kind can use', () => {
    const draft = { ...emptyDraft('message_received'), summary: 'Hello', channel: 'chat' as const };
    expect(switchKind(draft, 'rush_request')).toMatchObject({ summary: 'Hello', channel: 'chat' });
    expect(switchKind(draft, 'call')).toMatchObject({ channel: 'phone', isPlanned: false });
    expect(switchKind(draft, 'meeting')).toMatchObject({ channel: 'video', isPlanned: true });
  });

  it('the next entry keeps the kind and channel, not the text or one-off flags', () => {
    const draft = { ...emptyDraft('rush_request'), summary: 'Now!', channel: 'chat' as const, isTrueEmergency: true, isConfidential: true };
    expect(nextDraft(draft)).toMatchObject({ type: 'rush_request', channel: 'chat', summary: '', isTrueEmergency: false, isConfidential: false });
  });
});
