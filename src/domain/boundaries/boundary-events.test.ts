import { describe, expect, it } from 'vitest';
import { call, madridWriter, meeting, received, rush, sent } from '../health/test-support.ts';
import { boundaryEvents, isBoundaryBreach } from './boundary-events.ts';
import { channelStanding } from './channel-standing.ts';

// Lucía in Madrid (UTC+1 in February): Monday to Friday 09:00–13:00 and 15:00–18:00, Sundays blocked for faith,
// email first, then video, chat last; one call a week.
const profile = madridWriter();
const classify = (...events: Parameters<typeof boundaryEvents>[0]['events']) => boundaryEvents({ events, profile });

describe('boundary events, classified from the timestamp', () => {
  it('an email at 22:00 on a Tuesday is a contact outside office hours', () => {
    const [event] = classify(received('late', '2026-02-03T21:00:00Z'));
    expect(event).toMatchObject({ eventId: 'late', timing: 'outside_hours', localDateTime: '2026-02-03T22:00:00', flags: ['outside_hours'] });
  });

  it('an email during office hours on the favourite channel crosses nothing', () => {
    const [event] = classify(received('fine', '2026-02-03T09:30:00Z'));
    expect(event?.flags).toEqual([]);
    expect(event && isBoundaryBreach(event)).toBe(false);
  });

  it('a Sunday message names the value the day is blocked for', () => {
    const [event] = classify(received('sunday', '2026-02-08T10:00:00Z'));
    expect(event).toMatchObject({ timing: 'blocked_day', flags: ['blocked_day'], blockedFor: [{ label: 'Sunday', coreValue: 'faith' }] });
  });

  it('a true emergency at night is classified as outside hours but is not a breach', () => {
    const [event] = classify(rush('fire', '2026-02-03T22:00:00Z', { isTrueEmergency: true }));
    expect(event).toMatchObject({ timing: 'outside_hours', isTrueEmergency: true, flags: [] });
  });

  it('a rush request that is not a true emergency is a breach like any other late contact', () => {
    expect(classify(rush('rush', '2026-02-03T22:00:00Z'))[0]?.flags).toEqual(['outside_hours']);
  });

  it('a second call in the same week goes over a limit of one; the first does not', () => {
    const events = classify(call('monday', '2026-02-02T10:00:00Z'), call('thursday', '2026-02-05T10:00:00Z'));
    expect(events.map((e) => [e.eventId, e.flags])).toEqual([
      ['monday', []],
      ['thursday', ['calls_over_limit']],
    ]);
  });

  it('weeks run Monday to Sunday in Madrid: calls late on Sunday and early on Monday fall in different weeks, though both are Sunday in UTC', () => {
    const events = classify(call('sunday-night', '2026-02-08T22:30:00Z', { isPlanned: true }), call('monday-early', '2026-02-08T23:30:00Z', { isPlanned: true }));
    expect(events.every((e) => !e.flags.includes('calls_over_limit'))).toBe(true);
  });

  it('a planned meeting out of hours is agreed, so only its place in the weekly count matters', () => {
    const events = classify(meeting('lunch', '2026-02-03T12:30:00Z', { isPlanned: true }), meeting('dinner', '2026-02-04T19:00:00Z', { isPlanned: true }));
    expect(events.map((e) => [e.eventId, e.timing, e.flags])).toEqual([
      ['lunch', 'outside_hours', []],
      ['dinner', 'outside_hours', ['calls_over_limit']],
    ]);
  });

  it('chat, ranked last, and phone, not offered at all, are flagged; an outside-hours phone call carries both flags', () => {
    const events = classify(received('chat', '2026-02-03T10:00:00Z', { channel: 'chat' }), call('phone', '2026-02-03T20:00:00Z', { channel: 'phone' }));
    expect(events.map((e) => e.flags)).toEqual([['channel_ranked_last'], ['outside_hours', 'channel_not_offered']]);
  });

  it('only contacts from the client are classified, oldest first', () => {
    const events = classify(received('b', '2026-02-04T10:00:00Z'), sent('mine', '2026-02-03T23:00:00Z'), received('a', '2026-02-03T10:00:00Z'));
    expect(events.map((e) => e.eventId)).toEqual(['a', 'b']);
  });
});

describe('channel standing', () => {
  it('the favourite is preferred, the last one is ranked last, and an unlisted one is not offered', () => {
    const ranked = ['email', 'video', 'chat'] as const;
    expect(channelStanding('email', ranked)).toBe('preferred');
    expect(channelStanding('video', ranked)).toBe('offered');
    expect(channelStanding('chat', ranked)).toBe('ranked_last');
    expect(channelStanding('phone', ranked)).toBe('not_offered');
  });

  it('a single channel offered is preferred, not "ranked last"', () => {
    expect(channelStanding('email', ['email'])).toBe('preferred');
  });
});
