// What the freelancer can do with an agreement right now: save, send (with a confirmation), send a new version, download, keep it as a template, delete a draft.
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { agreementPdfUrl, type Agreement } from '../api/agreements.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { Field } from '../components/field.tsx';
import type { Language } from '../../schemas/common.ts';

type Props = {
  agreement: Agreement;
  isDirty: boolean;
  isBusy: boolean;
  onSave(): void;
  onSend(): void;
  onNewVersion(note: string): void;
  onDelete(): void;
  onSaveAsTemplate(name: string, language: Language): void;
};

export function AgreementActions({ agreement, isDirty, isBusy, onSave, onSend, onNewVersion, onDelete, onSaveAsTemplate }: Props) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<'send' | 'version' | 'delete' | 'template'>();
  const [note, setNote] = useState('');
  const [templateName, setTemplateName] = useState('');
  const [templateLanguage, setTemplateLanguage] = useState<Language>(i18n.language === 'es' ? 'es' : 'en');
  const [templateNameError, setTemplateNameError] = useState<string>();
  const isDraft = agreement.status === 'draft';
  const canRevise = ['sent', 'viewed', 'expired'].includes(agreement.status);
  const close = () => setDialog(undefined);

  return (
    <div className="agreement-actions">
      {isDraft && (
        <>
          <button type="button" className="button button--primary" onClick={onSave} disabled={isBusy || !isDirty}>
            {isDirty ? t('agreements.actions.save') : t('agreements.actions.saved')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setDialog('send')} disabled={isBusy}>
            {t('agreements.actions.send')}
          </button>
        </>
      )}
      {canRevise && (
        <button type="button" className="button button--primary" onClick={() => setDialog('version')} disabled={isBusy || !isDirty}>
          {t('agreements.actions.newVersion')}
        </button>
      )}
      <a className="button button--secondary" href={agreementPdfUrl(agreement.id)} download>
        {t('agreements.actions.pdf')}
      </a>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => {
          setTemplateName(agreement.title);
          setTemplateNameError(undefined);
          setDialog('template');
        }}
        disabled={isBusy}
      >
        {t('agreements.actions.saveTemplate')}
      </button>
      {isDraft && (
        <button type="button" className="button button--ghost-danger" onClick={() => setDialog('delete')} disabled={isBusy}>
          {t('agreements.actions.delete')}
        </button>
      )}
      {agreement.contractId && (
        <Link className="button button--secondary" to={`/agreements/${agreement.contractId}`}>
          {t('agreements.actions.openContract')}
        </Link>
      )}
      {agreement.sourceProposalId && (
        <Link className="button button--ghost" to={`/agreements/${agreement.sourceProposalId}`}>
          {t('agreements.actions.openProposal')}
        </Link>
      )}

      <ConfirmDialog
        isOpen={dialog === 'send'}
        title={t('agreements.actions.sendTitle', { kind: t(`agreements.kinds.${agreement.kind}`) })}
        confirmLabel={t('agreements.actions.sendConfirm')}
        isBusy={isBusy}
        onConfirm={() => {
          close();
          onSend();
        }}
        onCancel={close}
      >
        <p>{t('agreements.actions.sendBody', { client: agreement.clientName })}</p>
        {isDirty && <p>{t('agreements.actions.sendSavesFirst')}</p>}
      </ConfirmDialog>
      <FormDialog
        isOpen={dialog === 'version'}
        title={t('agreements.actions.versionTitle')}
        intro={<p>{t('agreements.actions.versionBody', { client: agreement.clientName })}</p>}
        submitLabel={t('agreements.actions.versionConfirm')}
        isBusy={isBusy}
        onSubmit={() => {
          close();
          onNewVersion(note);
          setNote('');
        }}
        onCancel={close}
      >
        <Field label={t('agreements.actions.versionNote')} isOptional>
          {(control) => <textarea {...control} className="input textarea" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
      </FormDialog>
      <FormDialog
        isOpen={dialog === 'template'}
        title={t('agreements.actions.templateTitle')}
        intro={<p>{t('agreements.actions.templateBody')}</p>}
        submitLabel={t('agreements.actions.templateConfirm')}
        isBusy={isBusy}
        onSubmit={() => {
          if (!templateName.trim()) {
            setTemplateNameError(t('agreements.actions.templateNameMissing'));
            return;
          }
          close();
          onSaveAsTemplate(templateName.trim(), templateLanguage);
        }}
        onCancel={close}
      >
        <Field label={t('agreements.actions.templateName')} error={templateNameError}>
          {(control) => <input {...control} className="input" maxLength={200} value={templateName} onChange={(event) => setTemplateName(event.target.value)} />}
        </Field>
        <Field label={t('agreements.actions.templateLanguage')}>
          {(control) => (
            <select {...control} className="input" value={templateLanguage} onChange={(event) => setTemplateLanguage(event.target.value as Language)}>
              <option value="en">English</option>
              <option value="es">Español</option>
            </select>
          )}
        </Field>
      </FormDialog>
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={t('agreements.actions.deleteTitle')}
        confirmLabel={t('agreements.actions.deleteConfirm')}
        isDestructive
        isBusy={isBusy}
        onConfirm={() => {
          close();
          onDelete();
        }}
        onCancel={close}
      >
        <p>{t('agreements.actions.deleteBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
