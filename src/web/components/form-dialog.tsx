// A modal form on the native <dialog> (decline message, waitlist, reschedule): focus starts in the first field, Escape cancels.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FormDialogProps = {
  isOpen: boolean;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  submitLabel: string;
  isBusy?: boolean;
  /** False while the form cannot be sent yet (still loading, a recipient missing); Cancel stays available. */
  canSubmit?: boolean;
  isDestructive?: boolean;
  onSubmit(): void;
  onCancel(): void;
  /** Where focus goes on close when the control that opened the dialog is gone. */
  fallbackFocus?: () => HTMLElement | null | undefined;
  wide?: boolean;
};

export function FormDialog({ isOpen, title, intro, children, submitLabel, isBusy, canSubmit = true, isDestructive, onSubmit, onCancel, fallbackFocus, wide }: FormDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      openerRef.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // Start where the typing happens: the first field.
      formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
      const target = openerRef.current?.isConnected ? openerRef.current : fallbackFocus?.();
      target?.focus();
    }
  }, [isOpen]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isBusy && canSubmit) onSubmit();
  }

  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onCancel();
      }}
      onClose={() => isOpen && onCancel()}
    >
      <form ref={formRef} onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {intro && <div className="dialog__body">{intro}</div>}
        <div className="dialog__fields">{isOpen && children}</div>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={isBusy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button ${isDestructive ? 'button--danger' : 'button--primary'}`} disabled={isBusy || !canSubmit} aria-busy={isBusy || undefined}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
