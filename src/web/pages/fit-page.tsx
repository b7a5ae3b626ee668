// The explained fit of one interview: the recommendation in plain words, every dimension, the time-zone overlap, then your decision.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getClient } from '../api/clients.ts';
import { getInterview, recordGutCheck } from '../api/interviews.ts';
import { ApiError } from '../api/http.ts';
import type { GutFeeling } from '../../domain/vetting/gut-check.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { formatDateTime } from '../i18n/format.ts';
import { FitDetails } from '../vetting/fit-details.tsx';
import { OverlapChart } from '../vetting/overlap-chart.tsx';
import { DecisionPanel } from '../vetting/decision-panel.tsx';
import { GutCheckFields } from '../vetting/gut-check-fields.tsx';
import { AnswersSummary } from '../vetting/answers-summary.tsx';
import type { Interview } from '../api/interviews.ts';

const recommendationMarks = { good_fit: '✓', trial_first: '◐', walk_away: '✕' } as const;

function GutCheckFirst({ clientId, interview, onRecorded }: { clientId: string; interview: Interview; onRecorded(interview: Interview): void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [feeling, setFeeling] = useState<GutFeeling | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [saveError, setSaveError] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaveError(undefined);
    if (!feeling) {
      setError(t('gut.errors.required'));
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input[type="radio"]')?.focus());
      return;
    }
    setError(undefined);
    setIsSaving(true);
    try {
      const updated = await recordGutCheck(clientId, interview.id, { feeling, note: note.trim() });
      showToast(t('gut.recorded'));
      onRecorded(updated);
    } catch (caught) {
      setSaveError(caught);
      setIsSaving(false);
    }
  }

  return (
    <form ref={formRef} className="card gut-first" onSubmit={submit} noValidate aria-labelledby="gut-first-title">
      <h2 id="gut-first-title" className="section-title">
        {t('fit.gutFirstTitle')}
      </h2>
      <p className="section-intro">{t('fit.gutFirstIntro')}</p>
      {saveError !== undefined && <ErrorAlert error={saveError} />}
      <GutCheckFields feeling={feeling} note={note} onFeeling={setFeeling} onNote={setNote} error={error} question={interview.origin === 'intake' ? t('gut.questionIntake') : undefined} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t('fit.gutSaving') : t('fit.gutSave')}
        </button>
      </div>
    </form>
  );
}

export function FitPage() {
  const { t, i18n } = useTranslation();
  const { id = '', interviewId = '' } = useParams();
  const formatContext = useFormatContext();
  const client = useResource((signal) => getClient(id, signal), [id]);
  // The reasons are written by the server in the reader's language: ask again when the language changes.
  const interview = useResource((signal) => getInterview(id, interviewId, signal), [id, interviewId, i18n.language]);
  const name = client.data?.name;
  const title = name ? t('fit.title', { name }) : t('fit.titleLoading');
  usePageTitle(title);
  const recommendationRef = useRef<HTMLHeadingElement>(null);
  const [justRecorded, setJustRecorded] = useState(false);

  useEffect(() => {
    if (justRecorded) recommendationRef.current?.focus();
  }, [justRecorded]);

  const error = client.error ?? interview.error;
  if (error !== undefined) {
    const isMissing = error instanceof ApiError && error.status === 404;
    return (
      <div className="page page--reading">
        <PageHeading>{isMissing ? t('fit.notFoundTitle') : t('fit.titleLoading')}</PageHeading>
        {isMissing ? (
          <EmptyState
            title={t('fit.notFound')}
            action={
              <Link to={`/clients/${id}`} className="button button--primary">
                {t('fit.backToClient')}
              </Link>
            }
          />
        ) : (
          <ErrorAlert error={error} onRetry={() => (client.error !== undefined ? client.reload() : interview.reload())} />
        )}
      </div>
    );
  }

  const data = interview.data;
  const who = client.data;
  return (
    <div className="page page--reading fit-page">
      <p className="back-link">
        <Link to={`/clients/${id}`}>
          <span aria-hidden="true">← </span>
          {name ?? t('client.title')}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {!data || !who ? (
        <LoadingState label={t('fit.loading')} />
      ) : (
        <>
          <p className="page__subtitle fit-page__meta">
            <time dateTime={data.createdAt}>{formatDateTime(data.createdAt, formatContext)}</time>
            <span className={`badge badge--origin-${data.origin}`}>{t(`fit.origin.${data.origin}`)}</span>
          </p>

          {data.fit.recommendation === null ? (
            <>
              <section className={`recommendation recommendation--pending`} aria-labelledby="recommendation-title">
                <h2 id="recommendation-title" className="recommendation__eyebrow">
                  {t('fit.recommendationLabel')}
                </h2>
                <p className="recommendation__verdict">{t('fit.waitingForGut')}</p>
              </section>
              <GutCheckFirst
                clientId={id}
                interview={data}
                onRecorded={(updated) => {
                  interview.setData(updated);
                  setJustRecorded(true);
                }}
              />
            </>
          ) : (
            <section className={`recommendation recommendation--${data.fit.recommendation}`} aria-labelledby="recommendation-title">
              <h2 id="recommendation-title" className="recommendation__eyebrow" ref={recommendationRef} tabIndex={-1}>
                {t('fit.recommendationLabel')}
              </h2>
              <p className="recommendation__verdict">
                <span className="recommendation__mark" aria-hidden="true">
                  {recommendationMarks[data.fit.recommendation]}
                </span>
                {t(`vetting.recommendation.${data.fit.recommendation}`)}
              </p>
              {data.fit.because.length > 0 && (
                <>
                  <p className="recommendation__because-label">{t('fit.because')}</p>
                  <ul className="recommendation__because">
                    {data.fit.because.map((sentence, index) => (
                      <li key={index}>{sentence}</li>
                    ))}
                  </ul>
                </>
              )}
              {data.gut && (
                <p className="recommendation__gut">
                  {t('fit.yourGut', { feeling: t(`vetting.gut.${data.gut.feeling}`) })}
                  {data.gut.note && <span className="recommendation__gut-note"> “{data.gut.note}”</span>}
                </p>
              )}
            </section>
          )}

          <FitDetails fit={data.fit} />

          <section className="fit-section" aria-labelledby="overlap-heading">
            <h2 id="overlap-heading" className="section-title">
              {t('fit.overlap.title')}
            </h2>
            {data.fit.timeZoneOverlap ? <OverlapChart overlap={data.fit.timeZoneOverlap} /> : <p className="muted">{t('fit.overlap.unknown')}</p>}
          </section>

          <details className="card answers-toggle">
            <summary>{t(data.origin === 'intake' ? 'fit.theirAnswers' : 'fit.yourNotes')}</summary>
            <AnswersSummary answers={data.answers} />
          </details>

          <section className="fit-section decision-section" aria-labelledby="decision-heading">
            <h2 id="decision-heading" className="section-title">
              {t('decision.title')}
            </h2>
            <div className="decision-layout">
              <DecisionPanel client={who} interview={data} onDecided={(updated) => client.setData(updated)} />
              <aside className={`card desperation desperation--${data.desperation.status}`} aria-labelledby="desperation-title">
                <h3 id="desperation-title" className="desperation__title">
                  <span aria-hidden="true">{data.desperation.status === 'short_runway' ? '⚠ ' : data.desperation.status === 'comfortable' ? '✓ ' : '? '}</span>
                  {t(`fit.desperation.${data.desperation.status}`)}
                </h3>
                <p>{data.desperation.message}.</p>
                {data.desperation.status === 'short_runway' && <p>{t('fit.desperation.shortAdvice')}</p>}
                {data.desperation.status === 'unknown' && (
                  <Link to="/profile/edit/finances" className="button button--secondary button--small">
                    {t('fit.desperation.addFinances')}
                  </Link>
                )}
              </aside>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
