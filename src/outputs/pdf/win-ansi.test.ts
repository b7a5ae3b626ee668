import { describe, expect, it } from 'vitest';
import { toWinAnsi } from './win-ansi.ts';

describe('toWinAnsi', () => {
  it('keeps Spanish letters, the euro sign and typographic dashes and quotes', () => {
    expect(toWinAnsi('Diseño — €1.500 «señalética» “ok” ¿sí? ¡ü!')).toBe('Diseño — €1.500 «señalética» “ok” ¿sí? ¡ü!');
  });

  it('composes accents typed as separate marks', () => {
    expect(toWinAnsi('Disen\u0303o')).toBe('Diseño');
  });

  it('swaps arrows for look-alikes and removes emoji without leaving double spaces', () => {
    expect(toWinAnsi('late → fee 🙃 now')).toBe('late -> fee now');
    expect(toWinAnsi('👍🏽 great')).toBe('great');
  });

  it('drops only the accent when the accented letter is missing', () => {
    expect(toWinAnsi('Erdős')).toBe('Erdos');
  });

  it('turns narrow no-break spaces into no-break spaces and line breaks into spaces', () => {
    expect(toWinAnsi('1\u202f500\u00a0€')).toBe('1\u00a0500\u00a0€');
    expect(toWinAnsi('one\ntwo')).toBe('one two');
  });
});
