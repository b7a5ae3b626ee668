// Ask a client for a testimonial: confirm, then Sana emails them a portal link in their language and notes it on the timeline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestTestimonial } from '../api/portal-links.ts';
import { ApiError } from '../api/http.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useToast } from '../components/toast-provider.tsx';

export function TestimonialRequestButton({ clientId, onRequested }: { clientId: string; onRequested(): void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function send() {
    setIsConfirming(false);
    setIsBusy(true);
    setError(undefined);
    try {
      const request = await requestTestimonial(clientId);
      showToast(t('portal.admin.testimonialQueued', { email: request.to }));
      onRequested();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  const isMissingEmail = error instanceof ApiError && error.code === 'unprocessable';
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setIsConfirming(true)} disabled={isBusy} aria-busy={isBusy || undefined}>
        {isBusy ? t('portal.admin.testimonialSending') : t('portal.admin.testimonialAsk')}
      </button>
      {error !== undefined && (isMissingEmail ? <ErrorAlert message={t('portal.admin.testimonialNoEmail')} /> : <ErrorAlert error={error} />)}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('portal.admin.testimonialTitle')}
        confirmLabel={t('portal.admin.testimonialConfirm')}
        isBusy={isBusy}
        onConfirm={() => void send()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{t('portal.admin.testimonialBody')}</p>
      </ConfirmDialog>
    </>
  );
}
