// One proposal or contract in the client's portal: the five parts to read and print, comments, accept or decline while
// the offer is open (a clear notice after it expires), signing a contract, and the PDF.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { acceptInPortal, commentInPortal, declineInPortal, documentOf, getPortalAgreement, portalAgreementPdfUrl, signInPortal } from '../api/agreements.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { Field } from '../components/field.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { AgreementStatusBadge } from '../agreements/agreement-status-badge.tsx';
import { DocumentView } from '../agreements/document-view.tsx';
import { CommentsList } from '../agreements/comments-list.tsx';
import { SignForm } from '../agreements/sign-form.tsx';
import { formatDay } from '../agreements/describe.ts';
import { BackToPortal, usePortal } from './portal-layout.tsx';
import { portalAgreementPath, portalPath } from './sections.ts';
import '../agreements/agreements.css';

export function PortalAgreementDocumentPage() {
  const { t, i18n } = useTranslation();
  const { token, home } = usePortal();
  const { agreementId = '' } = useParams();
  const navigate = useNavigate();
  const resource = useResource((signal) => getPortalAgreement(token, agreementId, signal), [token, agreementId]);
  const agreement = resource.data;
  const [comment, setComment] = useState('');
  const [isCommentMissing, setIsCommentMissing] = useState(false);
  const [dialog, setDialog] = useState<'accept' | 'decline'>();
  const [reason, setReason] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // A catalog key and its values, not the translated text, so the notice follows a language switch.
  const [notice, setNotice] = useState<{ key: string; values?: Record<string, string> }>();
  usePageTitle(agreement?.title || t('agreements.untitled'));
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const formatContext = { language: i18n.language, timeZone: browserZone };

  async function run(action: () => Promise<void>) {
    setIsBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  function sendComment(event: FormEvent) {
    event.preventDefault();
    if (!comment.trim()) {
      setIsCommentMissing(true);
      return;
    }
    setIsCommentMissing(false);
    void run(async () => {
      resource.setData(await commentInPortal(token, agreementId, comment.trim()));
      setComment('');
      setNotice({ key: 'agreements.portal.commentSent', values: { freelancer: home.freelancerName } });
    });
  }

  if (resource.error !== undefined) {
    return (
      <div className="page page--narrow portal-page">
        <BackToPortal />
        <PageHeading>{t('agreements.portal.listTitle')}</PageHeading>
        <ErrorAlert error={resource.error} onRetry={resource.reload} />
      </div>
    );
  }
  if (!agreement) {
    return (
      <div className="page page--narrow portal-page">
        <LoadingState label={t('agreements.portal.loading')} />
      </div>
    );
  }

  const isExpired = agreement.status === 'expired';
  const mySignature = agreement.signatures.find((s) => s.party === 'client');
  return (
    <div className="page portal-page agreement-portal">
      <p className="portal-back">
        <Link to={`${portalPath(token)}/agreements`}>
          <span aria-hidden="true">← </span>
          {t('agreements.portal.back')}
        </Link>
      </p>
      <header className="agreement-page__header">
        <div>
          <PageHeading>{agreement.title || t('agreements.untitled')}</PageHeading>
          <p className="muted agreement-page__meta">
            {t('agreements.portal.from', { freelancer: agreement.freelancerName, kind: t(`agreements.kinds.${agreement.kind}`) })} · {t('agreements.versionN', { version: agreement.currentVersion })}
          </p>
        </div>
        <AgreementStatusBadge status={agreement.status} signatures={agreement.signatures} currentVersion={agreement.currentVersion} />
      </header>
      <div className="agreement-portal__tools">
        <a className="button button--secondary" href={portalAgreementPdfUrl(token, agreement.id)} download>
          {t('agreements.actions.pdf')}
        </a>
      </div>
      {isExpired && (
        <div className="alert alert--error agreement-expired" role="status">
          <p className="alert__title">{t('agreements.portal.expiredTitle')}</p>
          <p>{t('agreements.portal.expiredBody', { date: formatDay(agreement.offerExpiresOn, i18n.language), freelancer: agreement.freelancerName })}</p>
        </div>
      )}
      {notice && (
        <div className="alert alert--info" role="status">
          <p>{t(notice.key, notice.values)}</p>
        </div>
      )}
      {error !== undefined && <ErrorAlert error={error} />}

      {(agreement.canAccept || agreement.canDecline) && (
        <section className="card agreement-decision" aria-labelledby="decision-title">
          <h2 id="decision-title" className="section-title">
            {t('agreements.portal.decideTitle')}
          </h2>
          <p>{agreement.offerExpiresOn ? t('agreements.portal.decideUntil', { date: formatDay(agreement.offerExpiresOn, i18n.language) }) : t('agreements.portal.decideBody')}</p>
          <div className="agreement-decision__actions">
            {agreement.canAccept && (
              <button type="button" className="button button--primary" onClick={() => setDialog('accept')} disabled={isBusy}>
                {t('agreements.portal.accept')}
              </button>
            )}
            {agreement.canDecline && (
              <button type="button" className="button button--ghost-danger" onClick={() => setDialog('decline')} disabled={isBusy}>
                {t('agreements.portal.decline')}
              </button>
            )}
          </div>
        </section>
      )}

      <article className="card agreement-portal__document" aria-label={agreement.title || t('agreements.untitled')}>
        <DocumentView document={documentOf(agreement)} schedule={agreement.schedule} headingPrefix="portal" />
        <p className="muted agreement-hash">{t('agreements.portal.hash', { hash: agreement.contentHash })}</p>
      </article>

      {agreement.kind === 'contract' && (
        <section className="card agreement-sign" aria-labelledby="portal-sign-title">
          <h2 id="portal-sign-title" className="section-title">
            {t('agreements.sign.title')}
          </h2>
          <ul className="agreement-signatures">
            {agreement.signatures.map((signature) => (
              <li key={signature.party}>
                <strong>{signature.party === 'client' ? t('agreements.portal.you') : agreement.freelancerName}</strong>
                {': '}
                {t('agreements.sign.signedBy', { name: signature.fullName, date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: formatContext.timeZone }).format(new Date(signature.signedAt)), version: signature.versionNumber })}
              </li>
            ))}
          </ul>
          {agreement.canSign ? (
            <SignForm consentText={agreement.consentText} onSign={async (signature) => {
              resource.setData(await signInPortal(token, agreement.id, agreement.currentVersion, signature));
              setNotice({ key: 'agreements.portal.signed' });
            }} />
          ) : mySignature ? null : agreement.waitingFor === 'freelancer' ? (
            <p className="muted">{t('agreements.portal.waitingForFreelancer', { freelancer: agreement.freelancerName })}</p>
          ) : agreement.status === 'signed' ? null : (
            <p className="muted">{t('agreements.portal.cannotSign')}</p>
          )}
        </section>
      )}

      <section className="card agreement-comments-panel" aria-labelledby="portal-comments-title">
        <h2 id="portal-comments-title" className="section-title">
          {t('agreements.comments.title')}
        </h2>
        <CommentsList comments={agreement.comments} formatContext={formatContext} clientLabel={t('agreements.portal.you')} freelancerLabel={agreement.freelancerName} />
        {agreement.canComment && (
          <form className="agreement-comment-form" onSubmit={sendComment} noValidate>
            <Field label={t('agreements.portal.commentLabel')} hint={t('agreements.portal.commentHint', { freelancer: agreement.freelancerName })} error={isCommentMissing ? t('agreements.portal.commentMissing') : undefined}>
              {(control) => <textarea {...control} className="input textarea" rows={4} value={comment} onChange={(event) => setComment(event.target.value)} />}
            </Field>
            <button type="submit" className="button button--secondary" disabled={isBusy}>
              {t('agreements.portal.sendComment')}
            </button>
          </form>
        )}
      </section>

      <ConfirmDialog
        isOpen={dialog === 'accept'}
        title={t('agreements.portal.acceptTitle')}
        confirmLabel={t('agreements.portal.acceptConfirm')}
        isBusy={isBusy}
        onConfirm={() => {
          setDialog(undefined);
          void run(async () => {
            const result = await acceptInPortal(token, agreement.id, agreement.currentVersion);
            void navigate(portalAgreementPath(token, result.contract.id));
            setNotice({ key: 'agreements.portal.accepted' });
          });
        }}
        onCancel={() => setDialog(undefined)}
      >
        <p>{t('agreements.portal.acceptBody', { version: agreement.currentVersion, freelancer: agreement.freelancerName })}</p>
      </ConfirmDialog>
      <FormDialog
        isOpen={dialog === 'decline'}
        title={t('agreements.portal.declineTitle')}
        submitLabel={t('agreements.portal.declineConfirm')}
        isDestructive
        isBusy={isBusy}
        onSubmit={() => {
          setDialog(undefined);
          void run(async () => {
            resource.setData(await declineInPortal(token, agreement.id, reason.trim()));
            setNotice({ key: 'agreements.portal.declined', values: { freelancer: agreement.freelancerName } });
          });
        }}
        onCancel={() => setDialog(undefined)}
      >
        <Field label={t('agreements.portal.declineReason')} isOptional>
          {(control) => <textarea {...control} className="input textarea" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
      </FormDialog>
    </div>
  );
}
