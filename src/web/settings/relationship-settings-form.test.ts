// The thresholds form reads and writes the numbers by path, leaves the rest alone, and says what is wrong per field.
import { describe, expect, it } from 'vitest';
import { RelationshipSettings } from '../../schemas/relationship.ts';
import { applyValues, formPathOf, valuesOf } from './relationship-settings-form.ts';

const settings: RelationshipSettings = {
  boundaries: { reminderWindowDays: 14, outsideHoursContactsForReminder: 3, callsOverLimitForReminder: 2, wrongChannelContactsForReminder: 3 },
  extras: { unpaidExtrasWindowDays: 90, unpaidExtrasForWarning: 3 },
  concerns: { raiseWithinDays: 3 },
  health: {
    windowDays: 90,
    communication: { replyWindow: null, watchMisses: 2, watchMissPercent: 20, actMisses: 4, actMissPercent: 40 },
    panic: { watchRequests: 3, actRequests: 6, watchMissedCommitments: 1, actMissedCommitments: 2 },
    integrity: { windowDays: 365, watchIncidents: 1, actIncidents: 2 },
    decline: { watchLatePayments: 2, watchLatePercent: 30, actLatePayments: 3, actLatePercent: 50, watchSignals: 2, actSignals: 4 },
    expectations: { watchIncidents: 2, actIncidents: 4 },
    recommendation: { actReasonsForExit: 2, decisiveReasons: ['integrity'], watchReasonsForTalk: 2 },
  },
};

describe('relationship settings form', () => {
  it('round-trips the numbers and keeps the fields it does not show', () => {
    const values = { ...valuesOf(settings), 'health.panic.actRequests': ' 8 ' };
    const result = applyValues(settings, values);
    expect(result.errors).toEqual({});
    expect(result.settings.health.panic.actRequests).toBe(8);
    expect(result.settings.health.recommendation).toEqual(settings.health.recommendation);
    expect(RelationshipSettings.safeParse(result.settings).success).toBe(true);
    expect(settings.health.panic.actRequests).toBe(6);
  });

  it('refuses what is not a whole number in range, and an act line below watch', () => {
    const values = { ...valuesOf(settings), 'boundaries.reminderWindowDays': '1.5', 'concerns.raiseWithinDays': '0', 'health.panic.actRequests': '2' };
    expect(applyValues(settings, values).errors).toEqual({
      'boundaries.reminderWindowDays': { kind: 'range', min: 1, max: 3650 },
      'health.panic.actRequests': { kind: 'actBelowWatch' },
    });
  });

  it('maps the server field path onto the form', () => {
    expect(formPathOf('settings.health.panic.actRequests')).toBe('health.panic.actRequests');
    expect(formPathOf('settings.health.recommendation.actReasonsForExit')).toBeUndefined();
  });
});
