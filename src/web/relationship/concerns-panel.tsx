// Short accounts: open concerns with their age, a nudge to raise each one (or a kind check-in) with text to copy, and resolutions.
import { useTranslation } from 'react-i18next';
import type { ClientRelationship } from '../../schemas/relationship.ts';
import { formatDate, type FormatContext } from '../i18n/format.ts';
import { CopyButton } from './copy-button.tsx';

type Concerns = ClientRelationship['concerns'];

type ConcernsPanelProps = { concerns: Concerns; formatContext: FormatContext; canResolve: boolean; onResolve(concern: { eventId: string; summary: string }): void };

export function ConcernsPanel({ concerns, formatContext, canResolve, onResolve }: ConcernsPanelProps) {
  const { t } = useTranslation();
  const nudgeFor = new Map(concerns.nudges.map((nudge) => [nudge.eventId, nudge]));
  return (
    <div className="concerns">
      {concerns.open.length === 0 ? (
        <p className="muted">{t('relationship.concerns.noneOpen')}</p>
      ) : (
        <ul className="concerns__list">
          {concerns.open.map((concern) => {
            const nudge = nudgeFor.get(concern.eventId);
            return (
              <li key={concern.eventId} className="concerns__item">
                <p className="concerns__summary">
                  <span>{concern.summary}</span>{' '}
                  {concern.isVague && <span className="badge badge--muted">{t('relationship.flags.feelsOff')}</span>}{' '}
                  <span className="concerns__age">{t('relationship.concerns.age', { count: concern.ageDays })}</span>
                </p>
                {nudge && (
                  <div className="concerns__nudge">
                    <p className="concerns__action">
                      <span aria-hidden="true">➜ </span>
                      {t(`health.concernAction.${nudge.action}`)}
                    </p>
                    {nudge.because.map((line) => (
                      <p key={line}>{line}</p>
                    ))}
                    {nudge.draft && (
                      <>
                        <blockquote className="concerns__draft">{nudge.draft}</blockquote>
                        <CopyButton text={nudge.draft} label={t(nudge.action === 'check_in' ? 'relationship.concerns.copyCheckIn' : 'relationship.concerns.copyOpening')} />
                      </>
                    )}
                  </div>
                )}
                {canResolve && (
                  <button type="button" className="button button--small button--secondary" onClick={() => onResolve({ eventId: concern.eventId, summary: concern.summary })}>
                    {t('relationship.concerns.resolve')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {concerns.resolved.length > 0 && (
        <details className="concerns__resolved">
          <summary>{t('relationship.concerns.resolvedTitle', { count: concerns.resolved.length })}</summary>
          <ul>
            {concerns.resolved.map((concern) => (
              <li key={concern.eventId}>
                <span>{concern.summary}</span> — <span>{concern.notes}</span>{' '}
                <span className="muted">({t('relationship.concerns.resolvedOn', { date: formatDate(concern.resolvedAt, formatContext) })})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
