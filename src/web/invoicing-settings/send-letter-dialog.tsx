// The policy-update letter's form: the late-fee rule and its numbers, the effective date (two weeks ahead at least), and
// a preview of what the client will read, in their language. Submitting only reviews; the panel asks before sending.
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import { formatDay } from '../agreements/describe.ts';
import { letterPreview } from './letter-preview.ts';
import { ruleChoicesFor, ruleOf, type LetterDraft, type LetterProblem, type LetterProblems, type RuleKind } from './letter-draft.ts';

export type LetterRecipient = { clientName: string; contactName: string; email: string; language: string; currency: string };

type SendLetterDialogProps = {
  isOpen: boolean;
  draft: LetterDraft;
  onChange(draft: LetterDraft): void;
  problems: LetterProblems;
  earliest: string;
  recipient: LetterRecipient;
  sender: { freelancer: string; workspace: string };
  failure?: unknown;
  onReview(): void;
  onCancel(): void;
};

export function SendLetterDialog({ isOpen, draft, onChange, problems, earliest, recipient, sender, failure, onReview, onCancel }: SendLetterDialogProps) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<LetterDraft>) => onChange({ ...draft, ...patch });
  const problemText = (problem: LetterProblem | undefined) =>
    problem && t(`lateFeeLetters.problems.${problem}`, { date: formatDay(earliest, i18n.language), currency: draft.kind === 'statutory_uk' ? 'GBP' : 'EUR' });
  const hasGrace = draft.kind === 'flat' || draft.kind === 'percent_once' || draft.kind === 'percent_monthly';
  const hasPercent = draft.kind === 'percent_once' || draft.kind === 'percent_monthly';
  const rule = ruleOf(draft, recipient.currency);
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.effectiveOn);
  const preview = rule && isDate ? letterPreview({ language: recipient.language, contactName: recipient.contactName, freelancer: sender.freelancer, workspace: sender.workspace, currency: recipient.currency, rule, effectiveOn: draft.effectiveOn }) : undefined;

  return (
    <FormDialog
      isOpen={isOpen}
      wide
      title={t('lateFeeLetters.dialog.title', { name: recipient.clientName })}
      intro={<p>{t('lateFeeLetters.dialog.intro')}</p>}
      submitLabel={t('lateFeeLetters.dialog.review')}
      onSubmit={onReview}
      onCancel={onCancel}
    >
      {failure !== undefined && <ErrorAlert error={failure} />}
      <Field label={t('lateFeeLetters.fields.rule')} hint={t(`lateFeeLetters.hints.${draft.kind}`)} error={problemText(problems.rule)}>
        {(control) => (
          <select {...control} className="input" value={draft.kind} onChange={(event) => set({ kind: event.target.value as RuleKind })}>
            {ruleChoicesFor(recipient.currency).map((kind) => (
              <option key={kind} value={kind}>
                {t(`lateFeeLetters.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="inline-fields">
        {draft.kind === 'flat' && (
          <Field label={t('lateFeeLetters.fields.amount')} error={problemText(problems['rule.amount'])}>
            {(control) => <MoneyInput {...control} currency={recipient.currency} value={draft.amount} onChange={(amount) => set({ amount })} />}
          </Field>
        )}
        {hasPercent && (
          <Field label={t(draft.kind === 'percent_monthly' ? 'lateFeeLetters.fields.percentMonthly' : 'lateFeeLetters.fields.percent')} error={problemText(problems['rule.percent'])}>
            {(control) => (
              <span className="percent-input">
                <input {...control} className="input" inputMode="decimal" autoComplete="off" value={draft.percent} onChange={(event) => set({ percent: event.target.value })} />
                <span aria-hidden="true">%</span>
              </span>
            )}
          </Field>
        )}
        {draft.kind === 'percent_monthly' && (
          <Field label={t('lateFeeLetters.fields.cap')} hint={t('lateFeeLetters.fields.capHint')} error={problemText(problems['rule.capPercent'])} isOptional>
            {(control) => (
              <span className="percent-input">
                <input {...control} className="input" inputMode="decimal" autoComplete="off" value={draft.capPercent} onChange={(event) => set({ capPercent: event.target.value })} />
                <span aria-hidden="true">%</span>
              </span>
            )}
          </Field>
        )}
        {hasGrace && (
          <Field label={t('lateFeeLetters.fields.graceDays')} hint={t('lateFeeLetters.fields.graceDaysHint')} error={problemText(problems['rule.graceDays'])}>
            {(control) => <input {...control} className="input input--number" inputMode="numeric" autoComplete="off" value={draft.graceDays} onChange={(event) => set({ graceDays: event.target.value })} />}
          </Field>
        )}
      </div>
      <Field label={t('lateFeeLetters.fields.effectiveOn')} hint={t('lateFeeLetters.fields.effectiveOnHint', { date: formatDay(earliest, i18n.language) })} error={problemText(problems.effectiveOn)}>
        {(control) => <input {...control} type="date" className="input input--date" min={earliest} value={draft.effectiveOn} onChange={(event) => set({ effectiveOn: event.target.value })} />}
      </Field>
      {problems.effectiveOn === 'notice' && draft.effectiveOn !== earliest && (
        <p>
          <button type="button" className="button button--secondary button--small" onClick={() => set({ effectiveOn: earliest })}>
            {t('lateFeeLetters.dialog.useEarliest', { date: formatDay(earliest, i18n.language) })}
          </button>
        </p>
      )}
      <div className="letter-preview" aria-live="polite">
        <p className="letter-preview__label">{t(recipient.language === 'es' ? 'lateFeeLetters.preview.labelEs' : 'lateFeeLetters.preview.labelEn', { name: recipient.contactName })}</p>
        {preview ? (
          <>
            <p className="letter-preview__lead" lang={recipient.language}>
              {preview.lead}
            </p>
            <details>
              <summary>{t('lateFeeLetters.preview.whole')}</summary>
              <p className="letter-preview__body" lang={recipient.language}>
                <strong>{preview.subject}</strong>
                {'\n\n'}
                {preview.body}
              </p>
            </details>
          </>
        ) : (
          <p className="letter-preview__lead muted">{t('lateFeeLetters.preview.incomplete')}</p>
        )}
      </div>
    </FormDialog>
  );
}
