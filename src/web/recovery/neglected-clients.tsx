// Clients let down during the hard period, each with a drafted "I am fully available again" message in their own
// language, editable and queued in the outbox with one click.
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { queueAvailabilityMessage, type Recovery } from '../api/recovery.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { formatDate } from '../i18n/format.ts';

type Slipped = Recovery['slipped'][number];

function NeglectedClient({ toxicClientId, slipped, index, onQueued }: { toxicClientId: string; slipped: Slipped; index: number; onQueued(): void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const formatContext = useFormatContext();
  const [subject, setSubject] = useState(slipped.draft.subject);
  const [body, setBody] = useState(slipped.draft.body);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const headingId = `neglected-${index}`;
  const canSend = slipped.clientId !== null && slipped.email !== null && !slipped.isQueued;

  async function queue() {
    if (!slipped.clientId) return;
    setIsBusy(true);
    setError(undefined);
    try {
      const { to } = await queueAvailabilityMessage(toxicClientId, { otherClientId: slipped.clientId, subject, body });
      showToast(t('recovery.neglected.queued', { to }));
      onQueued();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <li className="card recovery__slip" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        {slipped.clientId ? <Link to={`/clients/${encodeURIComponent(slipped.clientId)}`}>{slipped.clientName}</Link> : slipped.clientName}
      </h3>
      <ul>
        {slipped.slips.map((slip, slipIndex) => (
          <li key={slipIndex}>
            <span className="muted">{formatDate(slip.occurredAt, formatContext)}:</span> {slip.summary || t('recovery.neglected.noSummary')}
          </li>
        ))}
      </ul>
      {slipped.isQueued ? (
        <p className="alert alert--info">{t('recovery.neglected.alreadyQueued')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void queue();
          }}
        >
          <p className="muted">
            {slipped.clientId === null
              ? t('recovery.neglected.notInSana')
              : slipped.email === null
                ? t('recovery.neglected.noEmail')
                : t('recovery.neglected.to', { email: slipped.email, language: t(`languages.${slipped.language ?? 'en'}`) })}
          </p>
          <Field label={t('recovery.neglected.subject')}>{(control) => <input {...control} className="input" lang={slipped.language ?? undefined} value={subject} maxLength={300} onChange={(e) => setSubject(e.target.value)} />}</Field>
          <Field label={t('recovery.neglected.body')}>{(control) => <textarea {...control} className="input textarea" rows={8} lang={slipped.language ?? undefined} value={body} onChange={(e) => setBody(e.target.value)} />}</Field>
          {error !== undefined && <ErrorAlert error={error} />}
          <button type="submit" className="button button--primary" disabled={!canSend || isBusy || !subject.trim() || !body.trim()}>
            {t('recovery.neglected.queue')}
            <span className="visually-hidden"> ({slipped.clientName})</span>
          </button>
        </form>
      )}
    </li>
  );
}

export function NeglectedClients({ recovery, onQueued }: { recovery: Recovery; onQueued(): void }) {
  const { t } = useTranslation();
  return (
    <section className="offboarding__section" aria-labelledby="recovery-neglected">
      <h2 id="recovery-neglected" className="section-title">
        {t('recovery.neglected.title')}
      </h2>
      <p className="section-intro">{t('recovery.neglected.intro')}</p>
      {recovery.slipped.length === 0 ? (
        <p className="card">{t('recovery.neglected.none')}</p>
      ) : (
        <ul className="recovery__slipped">
          {recovery.slipped.map((slipped, index) => (
            <NeglectedClient key={slipped.clientId ?? slipped.clientName} toxicClientId={recovery.clientId} slipped={slipped} index={index} onQueued={onQueued} />
          ))}
        </ul>
      )}
    </section>
  );
}
