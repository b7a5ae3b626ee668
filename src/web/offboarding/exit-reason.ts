// Why Sana suggests an exit date, as one sentence in the reader's language.
import type { TFunction } from 'i18next';
import type { ExitDateReason } from '../api/exit-plans.ts';
import { formatNumber } from '../i18n/format.ts';

export function exitReasonText(reason: ExitDateReason, t: TFunction, language: string): string {
  switch (reason.kind) {
    case 'notice':
      return reason.runwayMonths === null
        ? t('offboarding.reason.noticeUnlimited', { count: reason.noticeDays })
        : t('offboarding.reason.notice', { count: reason.noticeDays, months: formatNumber(reason.runwayMonths, language) });
    case 'runway':
      return t('offboarding.reason.runway', {
        months: formatNumber(reason.runwayMonths, language),
        keep: t('offboarding.reason.monthsCount', { count: reason.monthsToKeep }),
        safe: formatNumber(reason.safeRunwayMonths, language),
        notice: t('offboarding.reason.daysCount', { count: reason.noticeDays }),
      });
    case 'runway_unknown':
      return t('offboarding.reason.runwayUnknown', { count: reason.noticeDays });
  }
}
