// The settings form's problems in the reader's language; the server writes English, so its field errors get our words.
import type { TFunction } from 'i18next';
import { scheduleProblemText } from './reminder-days.ts';
import { patternProblem, type DraftProblem, type SettingsDraft } from './settings-draft.ts';

export function problemText(problem: DraftProblem | undefined, t: TFunction): string | undefined {
  if (!problem) return undefined;
  switch (problem.kind) {
    case 'pattern':
      return t('invoicingSettings.errors.pattern');
    case 'patternTwoCounters':
      return t('invoicingSettings.errors.patternTwoCounters');
    case 'range':
      return t('invoicingSettings.errors.range', { min: problem.min, max: problem.max });
    case 'percent':
      return t('invoicingSettings.errors.percent');
    case 'year':
      return t('invoicingSettings.errors.year');
    case 'sameHalfYear':
      return t('invoicingSettings.errors.sameHalfYear');
    case 'tooLong':
      return t('invoicingSettings.errors.tooLong', { max: problem.max });
    case 'schedule':
      return scheduleProblemText(problem.problem, t);
    case 'server':
      return t('invoicingSettings.errors.server');
  }
}

/** The server's field errors on the settings, as problems: a bad pattern keeps its own words, the rest a generic "check this". */
export function serverProblem(formPath: string, draft: SettingsDraft): DraftProblem {
  if (formPath === 'numberPattern') return patternProblem(draft.numberPattern.trim()) ?? { kind: 'pattern' };
  if (formPath === 'reminderDays') return { kind: 'schedule', problem: 'count' };
  return { kind: 'server' };
}
