// A fit result as a badge that says it three ways: colour, a shape, and the word (Fits, Negotiable, Conflict, Not answered).
import { useTranslation } from 'react-i18next';
import type { FitStatus } from '../../domain/vetting/fit-status.ts';

const marks: Record<FitStatus, string> = { fits: '✓', negotiable: '≈', conflict: '✕', unknown: '?' };

export function FitBadge({ result }: { result: FitStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`fit-badge fit-badge--${result}`}>
      <span className="fit-badge__mark" aria-hidden="true">
        {marks[result]}
      </span>
      {t(`vetting.status.${result}`)}
    </span>
  );
}
