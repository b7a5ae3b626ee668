// The reminder schedule as typed: days read back in order, each problem on its row, and the days said in words.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../i18n/locales/en.json' with { type: 'json' };
import es from '../../i18n/locales/es.json' with { type: 'json' };
import { parseDay, readSchedule, reminderDayText, rowsOf, scheduleText } from './reminder-days.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: en.web }, es: { translation: es.web } }, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const rows = (...days: string[]) => days.map((text, index) => ({ key: String(index), days: text }));

describe('reminder days', () => {
  it('reads typed days, a typographic minus included, earliest first', () => {
    expect(parseDay('−3')).toBe(-3);
    expect(parseDay('+7')).toBe(7);
    expect(parseDay('1.5')).toBeNull();
    expect(readSchedule(rows('7', '-3', '0'))).toEqual({ days: [-3, 0, 7], rows: {} });
  });

  it('puts each problem on its row: not a number, out of range, a repeat; and an empty list on the list', () => {
    expect(readSchedule(rows('x', '400', '3', '3')).rows).toEqual({ 0: 'wholeDays', 1: 'dayRange', 3: 'duplicate' });
    expect(readSchedule([]).list).toBe('count');
    expect(readSchedule(rowsOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])).list).toBe('count');
  });

  it('says each day in words, in both languages', () => {
    const t = i18n.getFixedT('en');
    expect([-3, -1, 0, 1, 7].map((day) => reminderDayText(day, t))).toEqual(['3 days before due', '1 day before due', 'on the due day', '1 day late', '7 days late']);
    expect(scheduleText([0, -3, 3], t, 'en')).toBe('3 days before due, on the due day, and 3 days late');
    expect(scheduleText([0, -3, 3], i18n.getFixedT('es'), 'es')).toBe('3 días antes del vencimiento, el día del vencimiento y 3 días de retraso');
  });
});
