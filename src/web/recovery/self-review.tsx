// The self-review after a toxic client, in the freelancer's own words; each lesson goes to the profile with one click.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLessonToProfile, updateRecovery, type LessonTarget, type Recovery } from '../api/recovery.ts';
import { ApiError } from '../api/http.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';

const prompts = ['why_yes', 'ignored_gut', 'expectations', 'do_differently'] as const;
const targets: LessonTarget[] = ['red_flags', 'avoid_work'];

type Props = { recovery: Recovery; onSaved(recovery: Recovery): void; onConflict(): void };

export function SelfReview({ recovery, onSaved, onConflict }: Props) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [answers, setAnswers] = useState<Record<string, string>>(recovery.review.answers);
  const [lessons, setLessons] = useState(recovery.review.lessons.map((lesson) => lesson.text));
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const addedTo = (text: string) => recovery.review.lessons.find((lesson) => lesson.text.trim().toLowerCase() === text.trim().toLowerCase())?.addedTo ?? [];

  async function attempt(work: () => Promise<Recovery>, toast: string) {
    setIsBusy(true);
    setError(undefined);
    try {
      onSaved(await work());
      showToast(toast);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict') onConflict();
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  const save = () =>
    attempt(
      () =>
        updateRecovery(recovery.clientId, {
          version: recovery.version,
          review: { answers: Object.fromEntries(prompts.map((p) => [p, answers[p] ?? ''])) as Record<(typeof prompts)[number], string>, lessons: lessons.map((text) => text.trim()).filter(Boolean).map((text) => ({ text })) },
        }),
      t('recovery.review.saved'),
    );

  return (
    <section className="card offboarding__section" aria-labelledby="recovery-review">
      <h2 id="recovery-review" className="section-title">
        {t('recovery.review.title')}
      </h2>
      <p className="section-intro">{t('recovery.review.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {prompts.map((prompt) => (
          <Field key={prompt} label={t(`recovery.review.prompts.${prompt}`)} hint={t(`recovery.review.hints.${prompt}`)}>
            {(control) => <textarea {...control} className="input textarea" rows={3} maxLength={20000} value={answers[prompt] ?? ''} onChange={(e) => setAnswers({ ...answers, [prompt]: e.target.value })} />}
          </Field>
        ))}
        <h3 className="offboarding__subtitle">{t('recovery.review.lessons')}</h3>
        <p className="muted">{t('recovery.review.lessonsIntro')}</p>
        {lessons.map((text, index) => (
          <div key={index} className="recovery__lesson">
            <label className="visually-hidden" htmlFor={`lesson-${index}`}>
              {t('recovery.review.lessonLabel', { number: index + 1 })}
            </label>
            <input id={`lesson-${index}`} className="input" value={text} maxLength={200} onChange={(e) => setLessons(lessons.map((l, i) => (i === index ? e.target.value : l)))} />
            {targets.map((target) =>
              addedTo(text).includes(target) ? (
                <span key={target} className="badge badge--muted">
                  {t(`recovery.review.added.${target}`)}
                </span>
              ) : (
                <button
                  key={target}
                  type="button"
                  className="button button--secondary button--small"
                  disabled={isBusy || !text.trim()}
                  onClick={() => void attempt(() => addLessonToProfile(recovery.clientId, { text: text.trim(), target }), t(`recovery.review.addedToast.${target}`))}
                >
                  {t(`recovery.review.add.${target}`)}
                  <span className="visually-hidden"> ({text})</span>
                </button>
              ),
            )}
            <button type="button" className="button button--ghost button--small" onClick={() => setLessons(lessons.filter((_, i) => i !== index))}>
              {t('recovery.review.removeLesson')}
              <span className="visually-hidden"> ({text})</span>
            </button>
          </div>
        ))}
        <p>
          <button type="button" className="button button--secondary button--small" onClick={() => setLessons([...lessons, ''])}>
            {t('recovery.review.addLesson')}
          </button>
        </p>
        {error !== undefined && <ErrorAlert error={error} />}
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {t('recovery.review.save')}
        </button>
      </form>
    </section>
  );
}
