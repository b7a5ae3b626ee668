// One proposal or contract for the freelancer: edit the five parts (a draft in place, a sent one as a new version), see the
// checks, send, read the client's comments, compare versions, sign, record a late client input, and verify the audit trail.
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { createAgreementTemplate, createAgreementVersion, deleteAgreement, documentOf, getAgreement, sendAgreement, signAgreement, updateAgreement, type Agreement, type AgreementDocument } from '../api/agreements.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { useActiveSession } from '../session/session-context.tsx';
import { AgreementStatusBadge } from '../agreements/agreement-status-badge.tsx';
import { AgreementActions } from '../agreements/agreement-actions.tsx';
import { ChecksPanel } from '../agreements/checks-panel.tsx';
import { DocumentEditor } from '../agreements/editor/document-editor.tsx';
import { DocumentView } from '../agreements/document-view.tsx';
import { CommentsList } from '../agreements/comments-list.tsx';
import { VersionsPanel } from '../agreements/versions-panel.tsx';
import { AuditPanel } from '../agreements/audit-panel.tsx';
import { LateInputForm } from '../agreements/late-input-form.tsx';
import { SignForm } from '../agreements/sign-form.tsx';
import { ReadyToStartPanel } from '../agreements/ready-to-start-panel.tsx';
import { DeliverablesPanel } from '../deliverables/deliverables-panel.tsx';
import { freelancerConsentText } from '../agreements/freelancer-consent.ts';
import { formatDay } from '../agreements/describe.ts';
import '../agreements/agreements.css';

const editableStatuses = new Set(['draft', 'sent', 'viewed', 'expired']);

function SignaturesBlock({ agreement, onSigned }: { agreement: Agreement; onSigned(agreement: Agreement): void }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const formatContext = useFormatContext();
  const mine = agreement.signatures.find((s) => s.party === 'freelancer');
  const theirs = agreement.signatures.find((s) => s.party === 'client');
  const canSign = agreement.kind === 'contract' && !mine && ['draft', 'sent', 'viewed'].includes(agreement.status);
  return (
    <section className="card agreement-sign" aria-labelledby="agreement-sign-title">
      <h2 id="agreement-sign-title" className="section-title">
        {t('agreements.sign.title')}
      </h2>
      <ul className="agreement-signatures">
        {[
          { party: 'freelancer' as const, signature: mine },
          { party: 'client' as const, signature: theirs },
        ].map(({ party, signature }) => (
          <li key={party}>
            <strong>{t(`agreements.sign.party.${party}`)}</strong>
            {': '}
            {signature ? t('agreements.sign.signedBy', { name: signature.fullName, date: formatDateTime(signature.signedAt, formatContext), version: signature.versionNumber }) : t('agreements.sign.notYet')}
          </li>
        ))}
      </ul>
      {agreement.kind === 'proposal' ? (
        <p className="muted">{t('agreements.sign.proposalNote')}</p>
      ) : canSign ? (
        <SignForm consentText={freelancerConsentText(agreement)} defaultName={session.user.name} onSign={async (signature) => onSigned(await signAgreement(agreement.id, agreement.currentVersion, signature))} />
      ) : null}
    </section>
  );
}

export function AgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const formatContext = useFormatContext();
  const resource = useResource((signal) => getAgreement(id, signal), [id]);
  const agreement = resource.data;
  const [draft, setDraft] = useState<AgreementDocument>();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [hasConflict, setHasConflict] = useState(false);
  // A catalog key and its values, not translated text, so the notice follows a language switch.
  const [sentNotice, setSentNotice] = useState<{ key: string; values: Record<string, string | number> }>();
  const savedJson = useRef('');
  usePageTitle(agreement?.title || t('agreements.untitled'));

  // A fresh answer from the server becomes the editing copy (after load, save, send, sign…).
  useEffect(() => {
    if (!agreement) return;
    const document = documentOf(agreement);
    savedJson.current = JSON.stringify(document);
    setDraft(document);
  }, [agreement]);

  const isDirty = draft !== undefined && JSON.stringify(draft) !== savedJson.current;

  async function run(action: () => Promise<void>) {
    setIsBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409 && caught.code === 'version_conflict') setHasConflict(true);
      else setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  const save = () =>
    run(async () => {
      if (!agreement || !draft) return;
      resource.setData(await updateAgreement(agreement.id, agreement.version, draft));
      showToast(t('agreements.actions.savedToast'));
    });

  const send = () =>
    run(async () => {
      if (!agreement || !draft) return;
      let current = agreement;
      if (isDirty) current = await updateAgreement(agreement.id, agreement.version, draft);
      const sent = await sendAgreement(current.id);
      resource.setData(sent);
      setSentNotice({ key: 'agreements.actions.sentNotice', values: { client: sent.clientName } });
    });

  const newVersion = (note: string) =>
    run(async () => {
      if (!agreement || !draft) return;
      const revised = await createAgreementVersion(agreement.id, draft, note);
      resource.setData(revised);
      setSentNotice({ key: 'agreements.actions.versionNotice', values: { version: revised.currentVersion, client: revised.clientName } });
    });

  const saveAsTemplate = (name: string, language: 'en' | 'es') =>
    run(async () => {
      if (!agreement) return;
      // What is on screen, saved or not: a template is a starting point, not a record, so it keeps nothing of this client.
      const document = draft ?? documentOf(agreement);
      const noClient = { name: '', email: '', address: '', city: '', region: '', countryCode: '' };
      await createAgreementTemplate({ name, language, document: { ...document, parties: { ...document.parties, client: noClient } } });
      showToast(t('agreements.actions.templateSaved', { name }));
    });

  const remove = () =>
    run(async () => {
      if (!agreement) return;
      await deleteAgreement(agreement.id);
      showToast(t('agreements.actions.deletedToast'));
      void navigate('/agreements');
    });

  if (resource.error !== undefined) {
    return (
      <div className="page">
        <PageHeading>{t('agreements.untitled')}</PageHeading>
        <ErrorAlert error={resource.error} onRetry={resource.reload} />
      </div>
    );
  }
  if (!agreement || !draft) {
    return (
      <div className="page">
        <LoadingState label={t('agreements.editor.loading')} />
      </div>
    );
  }

  const isEditable = editableStatuses.has(agreement.status);
  return (
    <div className="page agreement-page">
      <p className="agreement-page__back">
        <Link to="/agreements">
          <span aria-hidden="true">← </span>
          {t('agreements.list.title')}
        </Link>
      </p>
      <header className="agreement-page__header">
        <div>
          <PageHeading>{agreement.title || t('agreements.untitled')}</PageHeading>
          <p className="muted agreement-page__meta">
            <Link to={`/clients/${agreement.clientId}`}>{agreement.clientName}</Link>
            {' · '}
            {t(`agreements.kindLabels.${agreement.kind}`)}
            {' · '}
            {t('agreements.versionN', { version: agreement.currentVersion })}
            {agreement.offerExpiresOn && ` · ${t('agreements.editor.expiresOn', { date: formatDay(agreement.offerExpiresOn, formatContext.language) })}`}
          </p>
        </div>
        <AgreementStatusBadge status={agreement.status} signatures={agreement.signatures} currentVersion={agreement.currentVersion} />
      </header>
      <AgreementActions agreement={agreement} isDirty={isDirty} isBusy={isBusy} onSave={() => void save()} onSend={() => void send()} onNewVersion={(note) => void newVersion(note)} onDelete={() => void remove()} onSaveAsTemplate={(name, language) => void saveAsTemplate(name, language)} />
      {hasConflict && (
        <ErrorAlert title={t('agreements.editor.conflictTitle')} message={t('agreements.editor.conflictBody')}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setHasConflict(false);
              resource.reload();
            }}
          >
            {t('agreements.editor.reload')}
          </button>
        </ErrorAlert>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      {sentNotice && (
        <div className="alert alert--info" role="status">
          <p>{t(sentNotice.key, sentNotice.values)}</p>
          <p>
            <Link to="/outbox">{t('agreements.actions.seeOutbox')}</Link>
          </p>
        </div>
      )}
      {agreement.status !== 'draft' && isEditable && <p className="alert alert--info">{t('agreements.editor.revisingNote')}</p>}

      <div className="agreement-page__layout">
        <div className="agreement-page__main">
          {isEditable ? (
            <DocumentEditor document={draft} onChange={setDraft} schedule={agreement.schedule} />
          ) : (
            <div className="card">
              <DocumentView document={documentOf(agreement)} schedule={agreement.schedule} />
            </div>
          )}
        </div>
        <div className="agreement-page__aside">
          <ChecksPanel checks={agreement.checks} isStale={isDirty} />
          <p className="muted agreement-legal-note">{t('agreements.notLegalAdvice')}</p>
        </div>
      </div>

      <section className="card agreement-comments-panel" aria-labelledby="agreement-comments-title">
        <h2 id="agreement-comments-title" className="section-title">
          {t('agreements.comments.title')}
        </h2>
        <CommentsList comments={agreement.comments} formatContext={formatContext} clientLabel={agreement.clientName} freelancerLabel={t('agreements.sign.party.freelancer')} />
      </section>
      <SignaturesBlock agreement={agreement} onSigned={(signed) => resource.setData(signed)} />
      {agreement.status !== 'draft' && <LateInputForm agreement={agreement} onRecorded={(updated) => resource.setData(updated)} />}
      <ReadyToStartPanel agreement={agreement} />
      <DeliverablesPanel agreement={agreement} />
      {/* Keyed by id: going from a proposal to its contract (same route, new id) must not reuse the proposal's version
          picks or loaded versions, or the panel asks for a diff to a version the contract does not have (400). */}
      <VersionsPanel agreement={agreement} />
      <AuditPanel agreement={agreement} />
    </div>
  );
}
