// Timeline sentences for deliverables: final work added while money was owed (the client told it is delivered on
// payment), and work released (by payment, by hand, or at once when nothing was owed).
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { localeFor } from '../i18n/language.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function describeDeliverableEvent(event: TimelineEvent, t: TFunction, language: string): { title: string; body?: string } {
  const { payload } = event;
  const to = text(payload.to);
  const told = to ? t('deliverables.sentences.told', { to }) : t('deliverables.sentences.notTold');
  if (event.type === 'deliverable_held') {
    const deliverable = payload.deliverable as { title?: unknown } | undefined;
    return { title: t('deliverables.sentences.deliverable_held', { title: text(deliverable?.title), contract: text(payload.title) }), body: told };
  }
  const items = Array.isArray(payload.deliverables) ? payload.deliverables.map((d) => text((d as { title?: unknown }).title)) : [];
  const cause = text(payload.releasedBy) || 'payment';
  return {
    title: t('deliverables.sentences.deliverable_released', { list: new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(items), contract: text(payload.title) }),
    body: `${t(`deliverables.sentences.cause.${cause}`, { defaultValue: '' })} ${told}`.trim(),
  };
}
