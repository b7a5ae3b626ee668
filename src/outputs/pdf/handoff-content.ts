// The handoff document's words in the reader's language, shared by the PDF and the Markdown so both say the same.
import { Temporal } from 'temporal-polyfill';
import type { TFunction } from 'i18next';
import type { Handoff } from '../../domain/offboarding/handoff.ts';

export type HandoffSection = { title: string; paragraphs: string[]; bullets: string[]; procedures: { title: string; cadence: string; steps: string[] }[] };

export type HandoffContent = { language: string; title: string; subtitle: string; sections: HandoffSection[]; closing: string; footer: string };

function longDate(date: string, language: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(language === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function handoffContent(handoff: Handoff, t: TFunction, language: string): HandoffContent {
  const section = (title: string, parts: Partial<HandoffSection>): HandoffSection => ({ title, paragraphs: [], bullets: [], procedures: [], ...parts });
  const client = handoff.clientCompany && handoff.clientCompany !== handoff.clientName ? `${handoff.clientName} (${handoff.clientCompany})` : handoff.clientName;
  return {
    language,
    title: t('offboarding.handoff.title', { client }),
    subtitle: t('offboarding.handoff.subtitle', { name: handoff.freelancerName, date: longDate(handoff.preparedOn, language) }),
    sections: [
      section(t('offboarding.handoff.workStatus'), { paragraphs: handoff.workStatus ? handoff.workStatus.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean) : [t('offboarding.handoff.noWorkStatus')] }),
      section(t('offboarding.handoff.remaining'), handoff.remaining.length ? { bullets: handoff.remaining } : { paragraphs: [t('offboarding.handoff.nothingRemaining')] }),
      ...(handoff.finished.length ? [section(t('offboarding.handoff.finished'), { bullets: handoff.finished })] : []),
      section(t('offboarding.handoff.procedures'), handoff.procedures.length ? { procedures: handoff.procedures } : { paragraphs: [t('offboarding.handoff.noProcedures')] }),
    ],
    closing: t('offboarding.handoff.closing', { name: handoff.freelancerName }),
    footer: t('offboarding.handoff.footer', { client: handoff.clientName }),
  };
}
