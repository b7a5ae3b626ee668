// A modal question ("Archive this client?") on the native <dialog>: focus stays inside, Escape cancels.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isBusy?: boolean;
  isDestructive?: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Where focus goes on close when the control that opened the dialog is gone (e.g. Archive became Restore). */
  fallbackFocus?: () => HTMLElement | null | undefined;
};

export function ConfirmDialog({ isOpen, title, children, confirmLabel, isBusy, isDestructive, onConfirm, onCancel, fallbackFocus }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  // Remember what opened it, so closing puts the keyboard back where the person was.
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      openerRef.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // The safe choice gets focus first, so a stray Enter never archives or revokes.
      cancelRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
      // Runs in the same commit as the page's update, so the fallback control already exists.
      const target = openerRef.current?.isConnected ? openerRef.current : fallbackFocus?.();
      target?.focus();
    }
    // fallbackFocus is read at closing time only; a new function each render must not reopen anything.
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onCancel();
      }}
      onClose={() => isOpen && onCancel()}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="button" className={`button ${isDestructive ? 'button--danger' : 'button--primary'}`} onClick={onConfirm} disabled={isBusy} aria-busy={isBusy || undefined}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
