// Each agreement from the freelancer's non-negotiables as one plain sentence for the client.
import type { TFunction } from 'i18next';
import type { WorkingTogether } from '../api/portal.ts';
import { localeFor } from '../i18n/language.ts';

type Agreement = WorkingTogether['agreements'][number];

export function channelList(channels: readonly string[], t: TFunction, language: string): string {
  const names = channels.map((channel) => t(`channels.${channel}`, { defaultValue: channel }).toLowerCase());
  return new Intl.ListFormat(localeFor(language), { type: 'disjunction' }).format(names);
}

export function replyWindowText(window: WorkingTogether['replyWindow'], t: TFunction): string {
  return t(`portal.replyWindow.${window.unit}`, { count: window.amount });
}

export function agreementSentence(agreement: Agreement, freelancer: string, t: TFunction, language: string): string {
  switch (agreement.kind) {
    case 'office_hours':
    case 'weekends_off':
    case 'holidays_off':
    case 'blocked_days':
      return t(`portal.agreements.${agreement.kind}`, { freelancer });
    case 'channels':
      return t('portal.agreements.channels', { freelancer, channels: channelList(agreement.channels, t, language) });
    case 'calls':
      return agreement.maxPerWeek === 0 ? t('portal.agreements.noCalls', { freelancer }) : t('portal.agreements.calls', { freelancer, count: agreement.maxPerWeek });
    case 'reply_window':
      return t('portal.agreements.reply_window', { freelancer, window: replyWindowText(agreement, t) });
    case 'rush_work':
      return t(`portal.agreements.rush.${agreement.acceptedAtMost}`, { freelancer });
    case 'travel':
      return agreement.tripsPerYear === 0 ? t('portal.agreements.noTravel', { freelancer }) : t('portal.agreements.travel', { freelancer, count: agreement.tripsPerYear });
  }
}
