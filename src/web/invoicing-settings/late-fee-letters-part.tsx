// A client's policy-update letters about late fees: the ones sent (rule in words, effective date, whether it applies, to
// whom), and sending a new one: fill in, review what the client will read, confirm, and Sana emails it.
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../schemas/clients.ts';
import { listLateFeeLetters, sendLateFeeLetter, type LateFeeLetterView } from '../api/invoicing-settings.ts';
import { ApiError } from '../api/http.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatDay } from '../agreements/describe.ts';
import { formatDate } from '../i18n/format.ts';
import { earliestEffectiveOn, earliestFromServer, emptyLetter, letterProblemOf, letterStandings, letterToday, readLetter, type LetterDraft, type LetterProblems } from './letter-draft.ts';
import { ruleSentence, ruleText } from './letter-preview.ts';
import { SendLetterDialog, type LetterRecipient } from './send-letter-dialog.tsx';

type Step = 'closed' | 'editing' | 'confirming';

type LateFeeLettersPartProps = { client: Client; timeZone: string; sender: { freelancer: string; workspace: string }; isReadOnly: boolean };

export function LateFeeLettersPart({ client, timeZone, sender, isReadOnly }: LateFeeLettersPartProps) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const headingId = useId();
  const letters = useResource((signal) => listLateFeeLetters(client.id, signal), [client.id]);
  const [step, setStep] = useState<Step>('closed');
  const [draft, setDraft] = useState<LetterDraft>();
  const [earliest, setEarliest] = useState('');
  const [problems, setProblems] = useState<LetterProblems>({});
  const [failure, setFailure] = useState<unknown>();
  const [isSending, setIsSending] = useState(false);
  const [isMissingEmail, setIsMissingEmail] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);

  const contact = client.contacts.find((c) => c.email.trim() !== '');
  const recipient: LetterRecipient = { clientName: client.name, contactName: contact?.name || client.name, email: contact?.email ?? '', language: client.language, currency: client.currency };
  const needsEmail = !contact || isMissingEmail;

  function open() {
    const today = letterToday(new Date(), timeZone, [client.updatedAt, ...(letters.data?.items.map((letter) => letter.createdAt) ?? [])]);
    const first = earliestEffectiveOn(today);
    setEarliest(first);
    setDraft((current) => current ?? emptyLetter(client.currency, today));
    setProblems({});
    setFailure(undefined);
    setStep('editing');
  }

  /** Back to the page, with the keyboard on the button that opened the dialog (the dialogs may have passed it around). */
  function close() {
    setStep('closed');
    requestAnimationFrame(() => openRef.current?.focus());
  }

  /** After the dialog has (re)opened and put the keyboard on its first field: two frames, so this comes last. */
  function focusInvalid() {
    requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>('dialog[open] [aria-invalid="true"]')?.focus()));
  }

  function review() {
    if (!draft) return;
    const result = readLetter(draft, client.currency, earliest);
    setProblems(result.problems);
    if (result.body) setStep('confirming');
    else focusInvalid();
  }

  async function send() {
    const body = draft && readLetter(draft, client.currency, earliest).body;
    if (!body) return setStep('editing');
    setIsSending(true);
    try {
      const sent = await sendLateFeeLetter(client.id, body);
      letters.setData((current) => ({ items: [sent, ...(current?.items ?? [])] }));
      close();
      setDraft(undefined);
      showToast(t('lateFeeLetters.sent', { email: sent.sentTo }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        // The contacts changed since the page loaded: the letter has nowhere to go.
        setIsMissingEmail(true);
        setStep('closed');
      } else if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const found: LetterProblems = {};
        for (const problem of error.fieldErrors) found[problem.field] ??= letterProblemOf(problem.field);
        const serverEarliest = found.effectiveOn ? earliestFromServer(error.fieldErrors.find((p) => p.field === 'effectiveOn')?.message ?? '') : undefined;
        if (serverEarliest) setEarliest(serverEarliest);
        setProblems(found);
        setStep('editing');
        focusInvalid();
      } else {
        setFailure(error);
        setStep('editing');
      }
    } finally {
      setIsSending(false);
    }
  }

  const standings = letters.data ? letterStandings(letters.data.items) : new Map();
  const rule = draft && readLetter(draft, client.currency, earliest).body?.rule;

  return (
    <div className="payment-terms__part" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-title">
        {t('lateFeeLetters.title')}
      </h3>
      <p className="field__hint invoicing-settings__note">{t('lateFeeLetters.intro')}</p>
      {letters.error !== undefined && !letters.data ? (
        <ErrorAlert error={letters.error} onRetry={letters.reload} />
      ) : !letters.data ? (
        <LoadingState label={t('lateFeeLetters.loading')} />
      ) : letters.data.items.length === 0 ? (
        <p className="muted">{t('lateFeeLetters.empty')}</p>
      ) : (
        <ul className="late-fee-letters" aria-label={t('lateFeeLetters.listLabel')}>
          {letters.data.items.map((letter: LateFeeLetterView) => (
            <li key={letter.id} className="late-fee-letters__item">
              <p className="late-fee-letters__rule">{ruleSentence(letter.rule, client.currency, i18n.language)}</p>
              <p className="late-fee-letters__meta">
                <span className={`badge ${standings.get(letter.id) === 'applies' ? 'badge--in-effect' : standings.get(letter.id) === 'scheduled' ? 'badge--scheduled' : 'badge--muted'}`}>
                  {t(`lateFeeLetters.standing.${standings.get(letter.id) ?? 'scheduled'}`)}
                </span>
                {t(letter.isInEffect ? 'lateFeeLetters.effectiveSince' : 'lateFeeLetters.effectiveFrom', { date: formatDay(letter.effectiveOn, i18n.language) })}
                {' · '}
                {t('lateFeeLetters.sentTo', { email: letter.sentTo, date: formatDate(letter.createdAt, { language: i18n.language, timeZone }) })}
              </p>
            </li>
          ))}
        </ul>
      )}

      {!isReadOnly &&
        (needsEmail ? (
          <div className="alert alert--info" role={isMissingEmail ? 'alert' : undefined}>
            <p className="alert__title">{t('lateFeeLetters.noEmail.title')}</p>
            <p>{t('lateFeeLetters.noEmail.body', { name: client.name })}</p>
            <p>
              <Link to={`/clients/${encodeURIComponent(client.id)}/edit`}>{t('lateFeeLetters.noEmail.link', { name: client.name })}</Link>
            </p>
          </div>
        ) : (
          <button ref={openRef} type="button" className="button button--secondary button--small" onClick={open} disabled={!letters.data}>
            {t('lateFeeLetters.send')}
          </button>
        ))}

      {draft && (
        <SendLetterDialog
          isOpen={step === 'editing'}
          draft={draft}
          onChange={setDraft}
          problems={problems}
          earliest={earliest}
          recipient={recipient}
          sender={sender}
          failure={failure}
          onReview={review}
          onCancel={close}
        />
      )}
      {draft && rule && (
        <ConfirmDialog
          isOpen={step === 'confirming'}
          title={t('lateFeeLetters.confirm.title', { name: client.name })}
          confirmLabel={t('lateFeeLetters.confirm.send')}
          isBusy={isSending}
          onConfirm={() => void send()}
          onCancel={() => setStep('editing')}
          fallbackFocus={() => openRef.current}
        >
          <p>{t('lateFeeLetters.confirm.recipient', { email: recipient.email, name: recipient.contactName })}</p>
          <p>
            {t('lateFeeLetters.confirm.from', { date: formatDay(draft.effectiveOn, i18n.language) })} {ruleText(rule, client.currency, i18n.language)}
          </p>
          <p>{t('lateFeeLetters.confirm.final')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
