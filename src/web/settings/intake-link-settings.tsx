// The intake link: whether one is active, make (or replace) it with its address shown once and a Copy button, turn it off.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createIntakeLink, getIntakeLink, turnOffIntakeLink, type NewIntakeLink } from '../api/intake.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ShownOncePanel } from '../components/shown-once-panel.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatDate } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';

function NewLinkPanel({ link, onDone }: { link: NewIntakeLink; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <ShownOncePanel
      id="new-intake"
      value={link.url}
      onDone={onDone}
      text={{
        title: t('intakeLink.newTitle'),
        body: t('intakeLink.newBody'),
        valueLabel: t('intakeLink.urlLabel'),
        copy: t('intakeLink.copy'),
        copied: t('intakeLink.copied'),
        copyFailed: t('intakeLink.copyFailed'),
        done: t('intakeLink.done'),
      }}
    />
  );
}

export function IntakeLinkSettings() {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const formatContext = useFormatContext();
  const status = useResource((signal) => getIntakeLink(signal), []);
  const [created, setCreated] = useState<NewIntakeLink>();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState<'rotate' | 'off'>();
  const actionsRef = useRef<HTMLDivElement>(null);
  const info = status.data;

  async function create() {
    setIsBusy(true);
    setError(undefined);
    try {
      const link = await createIntakeLink();
      setCreated(link);
      status.setData({ isActive: true, createdAt: link.createdAt, expiresAt: link.expiresAt });
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  async function turnOff() {
    setIsBusy(true);
    setError(undefined);
    try {
      await turnOffIntakeLink();
      setCreated(undefined);
      status.setData({ isActive: false, createdAt: null, expiresAt: null });
      showToast(t('intakeLink.turnedOff'));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  function confirm() {
    const action = confirming;
    // Close first, so focus returns to the page before the new link's panel takes it.
    setConfirming(undefined);
    void (action === 'off' ? turnOff() : create());
  }

  return (
    <div className="intake-link">
      <details className="intake-link__explain">
        <summary>{t('intakeLink.whatTheySee')}</summary>
        <ul>
          <li>{t('intakeLink.seeWorkspace')}</li>
          <li>{t('intakeLink.seeQuestions')}</li>
          <li>{t('intakeLink.seeNothingElse')}</li>
          <li>{t('intakeLink.afterwards')}</li>
        </ul>
      </details>

      {error !== undefined && <ErrorAlert error={error} />}
      {created && <NewLinkPanel link={created} onDone={() => setCreated(undefined)} />}

      {status.error !== undefined ? (
        <ErrorAlert error={status.error} onRetry={status.reload} />
      ) : !info ? (
        <LoadingState label={t('app.loading')} />
      ) : (
        <>
          <p className={`intake-link__status intake-link__status--${info.isActive ? 'on' : 'off'}`} role="status">
            <span className="intake-link__dot" aria-hidden="true" />
            {info.isActive && info.expiresAt
              ? t('intakeLink.active', { date: formatDate(info.expiresAt, formatContext) })
              : t('intakeLink.inactive')}
          </p>
          <div ref={actionsRef} className="intake-link__actions">
            {info.isActive ? (
              <>
                <button type="button" className="button button--secondary" onClick={() => setConfirming('rotate')} disabled={isBusy}>
                  {t('intakeLink.rotate')}
                </button>
                <button type="button" className="button button--ghost-danger" onClick={() => setConfirming('off')} disabled={isBusy}>
                  {t('intakeLink.turnOff')}
                </button>
              </>
            ) : (
              <button type="button" className="button button--primary" onClick={() => void create()} disabled={isBusy} aria-busy={isBusy || undefined}>
                {isBusy ? t('intakeLink.creating') : t('intakeLink.create')}
              </button>
            )}
          </div>
        </>
      )}

      <ConfirmDialog
        isOpen={confirming !== undefined}
        title={confirming === 'off' ? t('intakeLink.turnOffTitle') : t('intakeLink.rotateTitle')}
        confirmLabel={confirming === 'off' ? t('intakeLink.turnOffConfirm') : t('intakeLink.rotateConfirm')}
        isDestructive={confirming === 'off'}
        isBusy={isBusy}
        onConfirm={confirm}
        onCancel={() => setConfirming(undefined)}
        fallbackFocus={() => actionsRef.current?.querySelector<HTMLElement>('button')}
      >
        <p>{confirming === 'off' ? t('intakeLink.turnOffBody') : t('intakeLink.rotateBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
