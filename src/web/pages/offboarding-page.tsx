// Offboarding a client (DOMAIN.md section 10): the checklist and handoff material, the handoff document in the
// client's language (PDF or Markdown), and closing: the client becomes past, a toxic relationship leads to recovery.
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getClient } from '../api/clients.ts';
import { ApiError } from '../api/http.ts';
import { closeOffboarding, getOffboarding, handoffUrl, startOffboarding, type Offboarding } from '../api/offboarding.ts';
import { CheckboxField } from '../components/field.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { StageBadge } from '../components/stage-badge.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { OffboardingForm } from '../offboarding/offboarding-form.tsx';
import { ExitPlanPanel } from '../offboarding/exit-plan-panel.tsx';
import { OffboardingSettingsForm } from '../offboarding/offboarding-settings-form.tsx';
import '../offboarding/offboarding.css';

/** null when offboarding has not started: only a client in the offboarding stage or past can have one, so others cost no 404. */
async function loadOffboarding(clientId: string, signal: AbortSignal): Promise<Offboarding | null> {
  const client = await getClient(clientId, signal);
  if (client.stage !== 'offboarding' && client.stage !== 'past') return null;
  try {
    return await getOffboarding(clientId, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function OffboardingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { showToast } = useToast();
  const client = useResource((signal) => getClient(id, signal), [id]);
  const offboarding = useResource((signal) => loadOffboarding(id, signal), [id]);
  const [formKey, setFormKey] = useState(0);
  // New settings change the suggested date: the exit plan panel reads it again.
  const [panelKey, setPanelKey] = useState(0);
  const [isDirty, setIsDirty] = useState(false);
  const [isClosing, setIsClosing] = useState(false);
  const [isToxic, setIsToxic] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const closeRef = useRef<HTMLButtonElement>(null);
  const name = client.data?.name ?? '';
  usePageTitle(name ? t('offboarding.page.title', { name }) : t('offboarding.page.titleShort'));

  async function start() {
    setIsBusy(true);
    setActionError(undefined);
    try {
      offboarding.setData(await startOffboarding(id));
      client.reload();
      showToast(t('offboarding.page.started'));
    } catch (error) {
      setActionError(error);
    } finally {
      setIsBusy(false);
    }
  }

  async function close(current: Offboarding) {
    setIsBusy(true);
    setActionError(undefined);
    try {
      const closed = await closeOffboarding(id, { version: current.version, isToxic });
      offboarding.setData(closed);
      client.reload();
      setFormKey((key) => key + 1);
      showToast(t('offboarding.page.closedToast', { name }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') offboarding.reload();
      setActionError(error);
    } finally {
      setIsBusy(false);
      setIsClosing(false);
    }
  }

  const current = offboarding.data;
  const languageName = current ? t(`languages.${current.clientLanguage}`) : '';
  return (
    <div className="page page--reading offboarding-page">
      <p>
        <Link to={`/clients/${encodeURIComponent(id)}`}>{t('offboarding.page.back', { name: name || t('offboarding.page.theClient') })}</Link>
      </p>
      <PageHeading>{name ? t('offboarding.page.title', { name }) : t('offboarding.page.titleShort')}</PageHeading>
      {client.data && (
        <p>
          <StageBadge stage={client.data.stage} />
        </p>
      )}
      <p className="lead">{t('offboarding.page.intro')}</p>
      {actionError !== undefined && <ErrorAlert error={actionError} />}

      {client.error !== undefined || offboarding.error !== undefined ? (
        <ErrorAlert
          error={client.error ?? offboarding.error}
          onRetry={() => {
            client.reload();
            offboarding.reload();
          }}
        />
      ) : current === undefined || !client.data ? (
        <LoadingState label={t('offboarding.page.loading')} />
      ) : current === null ? (
        <>
          <EmptyState
            title={t('offboarding.page.notStartedTitle')}
            action={
              client.data.stage === 'past' || client.data.stage === 'declined' ? undefined : (
                <button type="button" className="button button--primary" onClick={() => void start()} disabled={isBusy}>
                  {t('offboarding.page.start')}
                </button>
              )
            }
          >
            <p>{client.data.stage === 'past' || client.data.stage === 'declined' ? t('offboarding.page.alreadyEnded') : t('offboarding.page.notStartedBody')}</p>
          </EmptyState>
          {client.data.stage !== 'past' && client.data.stage !== 'declined' && (
            <ExitPlanPanel
              key={panelKey}
              clientId={id}
              onOffboardingStarted={() => {
                offboarding.reload();
                client.reload();
              }}
            />
          )}
        </>
      ) : (
        <>
          {current.isClosed && (
            <div className="alert alert--info" role="status">
              <p className="alert__title">{t('offboarding.page.closedTitle')}</p>
              <p>{current.isToxic ? t('offboarding.page.closedToxic', { name }) : t('offboarding.page.closedBody', { name })}</p>
              {current.hasRecovery && (
                <p>
                  <Link className="button button--primary" to={`/clients/${encodeURIComponent(id)}/recovery`}>
                    {t('offboarding.page.toRecovery')}
                  </Link>
                </p>
              )}
            </div>
          )}
          <OffboardingForm
            key={`${formKey}-${current.isClosed}`}
            offboarding={current}
            onSaved={(saved) => offboarding.setData(saved)}
            onDirtyChange={setIsDirty}
            onConflict={() => {
              offboarding.reload();
              setFormKey((key) => key + 1);
            }}
          />

          <section className="card offboarding__section" aria-labelledby="offboarding-handoff">
            <h2 id="offboarding-handoff" className="section-title">
              {t('offboarding.handoff.title')}
            </h2>
            <p className="section-intro">{t('offboarding.handoff.intro', { language: languageName })}</p>
            {isDirty && <p className="alert alert--info">{t('offboarding.handoff.unsaved')}</p>}
            <div className="offboarding__downloads">
              <a className="button button--secondary" href={handoffUrl(id, 'pdf')} download>
                {t('offboarding.handoff.pdf')}
              </a>
              <a className="button button--secondary" href={handoffUrl(id, 'md')} download>
                {t('offboarding.handoff.markdown')}
              </a>
            </div>
          </section>

          {!current.isClosed && (
            <section className="card offboarding__section" aria-labelledby="offboarding-close">
              <h2 id="offboarding-close" className="section-title">
                {t('offboarding.close.title')}
              </h2>
              <p className="section-intro">{t('offboarding.close.intro', { name })}</p>
              <button
                ref={closeRef}
                type="button"
                className="button button--primary"
                onClick={() => {
                  setIsToxic(false);
                  setIsClosing(true);
                }}
              >
                {t('offboarding.close.button')}
              </button>
            </section>
          )}

          <FormDialog
            isOpen={isClosing}
            title={t('offboarding.close.dialogTitle', { name })}
            intro={<p>{isDirty ? t('offboarding.close.unsaved') : t('offboarding.close.dialogBody', { name })}</p>}
            submitLabel={t('offboarding.close.confirm')}
            isBusy={isBusy}
            onSubmit={() => void close(current)}
            onCancel={() => setIsClosing(false)}
            fallbackFocus={() => closeRef.current}
          >
            <CheckboxField label={t('offboarding.close.toxic')} hint={t('offboarding.close.toxicHint')} checked={isToxic} onChange={setIsToxic} />
          </FormDialog>
        </>
      )}
      {client.data && offboarding.data !== undefined && !offboarding.data?.isClosed && <OffboardingSettingsForm onSaved={() => setPanelKey((key) => key + 1)} />}
    </div>
  );
}
