// Edit a client against the version that was read: if someone saved in between, say so and offer to reload, never overwrite.
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getClient, updateClient } from '../api/clients.ts';
import { ApiError } from '../api/http.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { ClientForm } from '../clients/client-form.tsx';
import { toUpdateBody, valuesFromClient } from '../clients/client-form-values.ts';

export function EditClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const client = useResource((signal) => getClient(id, signal), [id]);
  const [hasConflict, setHasConflict] = useState(false);
  const title = client.data ? t('clientForm.editTitle', { name: client.data.name }) : t('clientForm.editTitleLoading');
  usePageTitle(title);

  const reloadRef = useRef<HTMLButtonElement>(null);

  // The conflict shows at the top of a long form; bring it into view with the way out focused.
  useEffect(() => {
    if (hasConflict) reloadRef.current?.focus();
  }, [hasConflict]);

  function reload() {
    setHasConflict(false);
    client.reload();
  }

  return (
    <div className="page page--form">
      <PageHeading>{title}</PageHeading>
      {client.error !== undefined ? (
        <ErrorAlert error={client.error} onRetry={client.reload} />
      ) : !client.data || (client.isLoading && !hasConflict) ? (
        <LoadingState label={t('client.loading')} />
      ) : (
        <ClientForm
          // A new version (after Reload) starts the form afresh from what is saved now.
          key={client.data.version}
          initial={valuesFromClient(client.data)}
          submitLabel={t('clientForm.save')}
          submittingLabel={t('clientForm.saving')}
          cancelTo={`/clients/${client.data.id}`}
          isDisabled={hasConflict}
          notice={
            hasConflict && (
              <ErrorAlert title={t('clientForm.conflictTitle')} message={t('clientForm.conflictBody')}>
                <button ref={reloadRef} type="button" className="button button--primary" onClick={reload}>
                  {t('clientForm.reload')}
                </button>
              </ErrorAlert>
            )
          }
          onSubmit={async (values) => {
            const current = client.data;
            if (!current) return;
            const body = toUpdateBody(valuesFromClient(current), values, current.version);
            if (Object.keys(body).length === 1) {
              showToast(t('clientForm.noChanges'), 'info');
              navigate(`/clients/${current.id}`);
              return;
            }
            try {
              const saved = await updateClient(current.id, body);
              showToast(t('clientForm.saved'));
              navigate(`/clients/${saved.id}`);
            } catch (error) {
              if (error instanceof ApiError && error.code === 'version_conflict') {
                setHasConflict(true);
                return;
              }
              throw error;
            }
          }}
        />
      )}
    </div>
  );
}
