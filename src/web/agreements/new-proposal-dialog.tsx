// "New proposal": for a chosen client, from a starter template (by role, English or Spanish), one of the freelancer's own, or blank.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createAgreement, listAgreementTemplates, type AgreementTemplate } from '../api/agreements.ts';
import { listClients } from '../api/clients.ts';
import type { ClientSummary } from '../../schemas/clients.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { Field } from '../components/field.tsx';

type Props = { isOpen: boolean; onClose(): void; clientId?: string; clientLanguage?: string };

const BLANK = '';

export function NewProposalDialog({ isOpen, onClose, clientId, clientLanguage }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [templates, setTemplates] = useState<AgreementTemplate[]>();
  const [clients, setClients] = useState<ClientSummary[]>();
  const [pickedClient, setChosenClient] = useState('');
  // A dialog opened for one client (its page, or a filtered list) is for that client.
  const chosenClient = clientId ?? pickedClient;
  const [templateId, setTemplateId] = useState(BLANK);
  const [kind, setKind] = useState<'proposal' | 'contract'>('proposal');
  const [loadError, setLoadError] = useState<unknown>();
  const [error, setError] = useState<unknown>();
  const [isBusy, setIsBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isOpen) return;
    const controller = new AbortController();
    setLoadError(undefined);
    Promise.all([listAgreementTemplates(controller.signal), clientId ? Promise.resolve(undefined) : listClients({ limit: 200 }, controller.signal)]).then(
      ([list, page]) => {
        setTemplates(list.items);
        if (page) setClients(page.items);
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoadError(caught);
      },
    );
    return () => controller.abort();
  }, [isOpen, clientId, attempt]);

  // The template in the client's language comes first: that is the language the document is read in.
  const language = clientLanguage ?? clients?.find((c) => c.id === chosenClient)?.language;
  const own = (templates ?? []).filter((template) => !template.isStarter);
  const starters = (templates ?? []).filter((template) => template.isStarter).sort((a, b) => Number(b.language === language) - Number(a.language === language));
  const chosenTemplate = templates?.find((template) => template.id === templateId);

  async function submit() {
    if (!chosenClient) {
      setError(new Error(t('agreements.new.chooseClient')));
      return;
    }
    setIsBusy(true);
    setError(undefined);
    try {
      const agreement = await createAgreement({ clientId: chosenClient, kind, ...(templateId ? { templateId } : {}) });
      onClose();
      void navigate(`/agreements/${agreement.id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  const isLoading = templates === undefined || (!clientId && clients === undefined);

  return (
    <FormDialog
      isOpen={isOpen}
      title={t('agreements.new.title')}
      intro={<p>{t('agreements.new.intro')}</p>}
      submitLabel={isBusy ? t('agreements.new.creating') : t('agreements.new.create')}
      isBusy={isBusy}
      canSubmit={!isLoading && loadError === undefined}
      onSubmit={() => void submit()}
      onCancel={onClose}
      wide
    >
      {loadError !== undefined ? (
        <ErrorAlert error={loadError} onRetry={() => setAttempt((n) => n + 1)} />
      ) : isLoading ? (
        <LoadingState label={t('agreements.new.loading')} />
      ) : (
        <div className="dialog__fields">
          {error !== undefined && <ErrorAlert error={error} message={error instanceof Error && !('status' in error) ? error.message : undefined} />}
          {!clientId && (
            <Field label={t('agreements.fields.client')}>
              {(control) => (
                <select {...control} className="input" value={chosenClient} onChange={(event) => setChosenClient(event.target.value)}>
                  <option value="">{t('agreements.new.pickClient')}</option>
                  {(clients ?? []).map((client) => (
                    <option key={client.id} value={client.id}>
                      {client.company ? `${client.name} (${client.company})` : client.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('agreements.new.kind')}>
            {(control) => (
              <select {...control} className="input" value={kind} onChange={(event) => setKind(event.target.value === 'contract' ? 'contract' : 'proposal')}>
                <option value="proposal">{t('agreements.kindLabels.proposal')}</option>
                <option value="contract">{t('agreements.kindLabels.contract')}</option>
              </select>
            )}
          </Field>
          <Field label={t('agreements.new.template')} hint={chosenTemplate ? chosenTemplate.description : t('agreements.new.blankHint')}>
            {(control) => (
              <select {...control} className="input" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
                <option value={BLANK}>{t('agreements.new.blank')}</option>
                {own.length > 0 && (
                  <optgroup label={t('agreements.new.yourTemplates')}>
                    {own.map((template) => (
                      <option key={template.id} value={template.id}>
                        {template.name} ({t(`languages.${template.language}`)})
                      </option>
                    ))}
                  </optgroup>
                )}
                <optgroup label={t('agreements.new.starterTemplates')}>
                  {starters.map((template) => (
                    <option key={template.id} value={template.id}>
                      {template.name} ({t(`languages.${template.language}`)})
                    </option>
                  ))}
                </optgroup>
              </select>
            )}
          </Field>
          <p className="muted agreement-legal-note">{chosenTemplate?.notLegalAdvice ?? t('agreements.notLegalAdvice')}</p>
        </div>
      )}
    </FormDialog>
  );
}
