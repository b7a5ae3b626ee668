// Adding a deliverable to a contract: a file to upload (with progress) or a link, a title the client will recognise, and
// whether it is final work (held in the portal until the contract is paid) or a draft the client sees at once.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addLinkDeliverable, uploadDeliverable, type Deliverable } from '../api/deliverables.ts';
import { ApiError } from '../api/http.ts';
import { CheckboxField, Field } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useActiveSession } from '../session/session-context.tsx';
import { formatSize, MAX_UPLOAD_BYTES } from './describe-deliverable.ts';

type Kind = 'file' | 'link';
type Errors = Partial<Record<'title' | 'file' | 'url', string>>;

export function AddDeliverableForm({ agreementId, onAdded }: { agreementId: string; onAdded(deliverable: Deliverable): void }) {
  const { t, i18n } = useTranslation();
  const session = useActiveSession();
  const name = useId();
  const [kind, setKind] = useState<Kind>('file');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [isFinal, setIsFinal] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>();
  const [progress, setProgress] = useState<number | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  function check(): Errors {
    const found: Errors = {};
    if (title.trim() === '') found.title = t('deliverables.form.titleRequired');
    if (kind === 'file') {
      if (!file) found.file = t('deliverables.form.fileRequired');
      else if (file.size > MAX_UPLOAD_BYTES) found.file = t('deliverables.form.fileTooLarge', { size: formatSize(file.size, i18n.language) });
    } else if (!/^https?:\/\/\S+$/i.test(url.trim())) {
      found.url = t('deliverables.form.urlInvalid');
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    setProgress(kind === 'file' ? 0 : undefined);
    try {
      const added =
        kind === 'file' && file
          ? await uploadDeliverable(agreementId, { title: title.trim(), isFinal, file, csrfToken: session.csrfToken, onProgress: setProgress })
          : await addLinkDeliverable(agreementId, { title: title.trim(), url: url.trim(), isFinal });
      setTitle('');
      setUrl('');
      setFile(null);
      setIsFinal(false);
      if (fileInput.current) fileInput.current.value = '';
      onAdded(added);
    } catch (error) {
      // The server names the field it refused; show it beside that field, in the reader's words.
      if (error instanceof ApiError && error.status === 413) setErrors({ file: t('deliverables.form.fileTooLarge', { size: file ? formatSize(file.size, i18n.language) : '' }) });
      else if (error instanceof ApiError && error.fieldErrors.some((f) => f.field === 'url')) setErrors({ url: t('deliverables.form.urlInvalid') });
      else if (error instanceof ApiError && error.fieldErrors.some((f) => f.field === 'title')) setErrors({ title: t('deliverables.form.titleRequired') });
      else setFailure(error);
    } finally {
      setIsBusy(false);
      setProgress(undefined);
    }
  }

  return (
    <form className="deliverable-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={isBusy || undefined}>
      <h3 className="subsection-title">{t('deliverables.form.title')}</h3>
      <fieldset className="radio-group deliverable-form__kind">
        <legend className="visually-hidden">{t('deliverables.form.kindLegend')}</legend>
        {(['file', 'link'] as const).map((option) => (
          <label key={option} className="radio-group__option">
            <input type="radio" name={name} value={option} checked={kind === option} onChange={() => setKind(option)} disabled={isBusy} />
            <span>{t(`deliverables.form.kind.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {failure !== undefined && <ErrorAlert error={failure} />}
      <Field label={t('deliverables.form.titleLabel')} hint={t('deliverables.form.titleHint')} error={errors.title}>
        {(control) => <input {...control} className="input" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} disabled={isBusy} />}
      </Field>
      {kind === 'file' ? (
        <Field label={t('deliverables.form.fileLabel')} hint={t('deliverables.form.fileHint')} error={errors.file}>
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              className="input deliverable-form__file"
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                setFile(chosen);
                // A file's own name is a fair first title; the freelancer can still change it.
                if (chosen && title.trim() === '') setTitle(chosen.name.replace(/\.[^.]+$/, ''));
              }}
              disabled={isBusy}
            />
          )}
        </Field>
      ) : (
        <Field label={t('deliverables.form.urlLabel')} hint={t('deliverables.form.urlHint')} error={errors.url}>
          {(control) => <input {...control} type="url" inputMode="url" className="input" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} disabled={isBusy} />}
        </Field>
      )}
      <CheckboxField label={t('deliverables.form.isFinal')} hint={t('deliverables.form.isFinalHint')} checked={isFinal} onChange={setIsFinal} />
      {progress !== undefined && (
        <div className="deliverable-form__progress" role="status">
          <progress max={1} value={progress} aria-label={t('deliverables.form.uploading', { percent: Math.round(progress * 100) })} />
          <span>{t('deliverables.form.uploading', { percent: Math.round(progress * 100) })}</span>
        </div>
      )}
      <div className="deliverable-form__actions">
        <button type="submit" className="button button--primary" disabled={isBusy} aria-busy={isBusy || undefined}>
          {kind === 'file' ? t('deliverables.form.upload') : t('deliverables.form.addLink')}
        </button>
      </div>
    </form>
  );
}
