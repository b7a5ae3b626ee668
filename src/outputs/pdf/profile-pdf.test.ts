import { describe, expect, it } from 'vitest';
import type { FreelancerProfile } from '../../domain/profile/profile.ts';
import { starterProfile } from '../../domain/profile/starter-profile.ts';
import { renderProfilePdf, type ProfilePdfInput } from './profile-pdf.ts';
import { longListsProfile, sampleGeneratedOn, sampleProfile } from './profile-pdf.test-support.ts';
import { readPdfText } from './read-pdf-text.ts';

function input(profile: FreelancerProfile, language: ProfilePdfInput['language']): ProfilePdfInput {
  return { profile, language, freelancerName: 'Lucía Muñoz Peña', workspaceName: 'Estudio Peña', generatedOn: sampleGeneratedOn };
}

async function render(profile: FreelancerProfile, language: ProfilePdfInput['language']) {
  return readPdfText(await renderProfilePdf(input(profile, language)));
}

const englishTitles = ['How I work', 'My ideal client', 'What I avoid', 'Skills'];
const spanishTitles = ['Cómo trabajo', 'Mi cliente ideal', 'Lo que evito', 'Habilidades'];

describe('renderProfilePdf', () => {
  it('writes the English profile on exactly one page with its sections, hours, blocked days, budget floors and red flags', async () => {
    const pdf = await render(sampleProfile(), 'en');

    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toContain('My ideal client, what I avoid, how I work');
    for (const title of englishTitles) expect(pdf.text).toContain(title);
    expect(pdf.text).toContain('Monday 09:00–13:00, 15:00–18:00');
    expect(pdf.text).toContain('Tuesday 09:00–17:00');
    expect(pdf.text).toContain('Wednesday Day off');
    expect(pdf.text).toContain('Time zone: Europe/Madrid');
    expect(pdf.text).toContain('I do not work at weekends');
    expect(pdf.text).toContain('Sundays — faith');
    expect(pdf.text).toContain("March 14 (Leo's birthday) — family");
    expect(pdf.text).toContain('Up to 2 trips a year');
    expect(pdf.text).toContain('Email first, then chat or text messages and video calls');
    expect(pdf.text).toContain('At most 2 calls or meetings a week');
    expect(pdf.text).toContain('I reply within 1 working day');
    expect(pdf.text).toContain('€1,500.00 per project');
    expect(pdf.text).toContain('€60.00 per hour');
    expect(pdf.text).toContain('An hourly rate (not recommended)');
    expect(pdf.text).toContain('Haggles over the price');
    expect(pdf.text).toContain('Non-negotiable');
    expect(pdf.text).toContain('Flexible');
    expect(pdf.text).toContain('Not good at, and do not want to do');
    expect(pdf.text).toContain('Lucía Muñoz Peña · Estudio Peña');
    expect(pdf.text).toContain('Generated on March 12, 2027');
  });

  it('writes the Spanish profile with Spanish titles, markers and weekday names, and no English section titles', async () => {
    const pdf = await render(sampleProfile(), 'es');

    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toContain('Mi cliente ideal, lo que evito y cómo trabajo');
    for (const title of spanishTitles) expect(pdf.text).toContain(title);
    expect(pdf.text).toContain('Innegociable');
    expect(pdf.text).toContain('Negociable');
    expect(pdf.text).toContain('Lunes 09:00–13:00, 15:00–18:00');
    expect(pdf.text).toContain('Miércoles Libre');
    expect(pdf.text).toContain('Los domingos — faith');
    expect(pdf.text).toContain('14 de marzo');
    expect(pdf.text).toContain('1500,00 € por proyecto');
    expect(pdf.text).toContain('Una tarifa por horas (no recomendable)');
    expect(pdf.text).toContain('Regatea el precio');
    expect(pdf.text).toContain('Respondo en 1 día laborable como máximo');
    expect(pdf.text).toContain('Generado el 12 de marzo de 2027');
    for (const title of [...englishTitles, 'Non-negotiable', 'Office hours', 'Day off', 'Monday']) expect(pdf.text).not.toContain(title);
  });

  it('keeps Spanish letters and the euro sign, and drops what the built-in font cannot draw', async () => {
    const pdf = await render(sampleProfile(), 'es');

    for (const text of ['ñ', 'é', 'á', '€', 'Señalética', 'Muñoz Peña']) expect(pdf.text).toContain(text);
    // The freelancer's own red flag is kept as written, minus the emoji; the arrow becomes "->".
    expect(pdf.text).toContain('Wants to pay in “exposure” -> no');
    expect(pdf.text).not.toContain('🙃');
    expect(pdf.text).not.toContain('→');
  });

  it('still fits one page when every list is far too long, cutting lists with "+N more"', async () => {
    for (const [language, more, lastLabels] of [
      ['en', 'more', ['Rush work I take on', 'Not good at yet, willing to learn']],
      ['es', 'más', ['Trabajos urgentes que acepto', 'Aún no lo domino, pero quiero aprender']],
    ] as const) {
      const pdf = await render(longListsProfile(), language);

      expect(pdf.pageCount).toBe(1);
      expect(pdf.text).toMatch(new RegExp(`\\+\\d+ ${more}`));
      // The last entry of each column is still there: lists were shortened, nothing was left out.
      for (const label of lastLabels) expect(pdf.text).toContain(label);
      expect(pdf.text).toContain(language === 'en' ? '€1,234,567.89 per project' : '1.234.567,89 € por proyecto');
    }
  });

  it('stays on one page with absurd input: thousands of items and one item of thousands of characters', async () => {
    const profile = longListsProfile();
    const huge = Array.from({ length: 2000 }, (_, i) => `Item ${i} ${'x'.repeat(i % 50)}`);
    profile.idealClient.workKinds = huge;
    profile.avoid.workKinds.items = ['word '.repeat(3000), ...huge];
    profile.skills = { strengths: huge, dontWant: huge, willingToLearn: huge };
    profile.dreamBusiness.blockedDays = Array.from({ length: 500 }, (_, i) => ({ kind: 'weekly' as const, weekday: 'sunday' as const, coreValue: 'rest '.repeat(i % 40), label: `Day ${i}` }));

    const pdf = await render(profile, 'en');

    expect(pdf.pageCount).toBe(1);
    for (const title of englishTitles) expect(pdf.text).toContain(title);
  });

  it('renders the starter profile, with its empty lists said plainly', async () => {
    const pdf = await render(starterProfile('America/New_York', 'USD'), 'en');

    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toContain('Time zone: America/New York');
    expect(pdf.text).toContain('Any industry is welcome');
    expect(pdf.text).toContain('No minimum set');
    expect(pdf.text).toContain('Not filled in yet');
    expect(pdf.text).toContain('I do not travel for work');
    expect(pdf.text).not.toContain('Days I never work');
  });

  it('formats budget floors in the profile currency from its minor units', async () => {
    const profile = sampleProfile();
    profile.currency = 'JPY';
    profile.idealClient.budgetFloor.perModel = { project: 150_000 };

    const pdf = await render(profile, 'en');

    expect(pdf.text).toContain('¥150,000 per project');
  });

  it('gives the same bytes for the same profile and date: it never reads the clock', async () => {
    const first = await renderProfilePdf(input(sampleProfile(), 'en'));
    const second = await renderProfilePdf(input(sampleProfile(), 'en'));

    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(second.equals(first)).toBe(true);
  });
});
