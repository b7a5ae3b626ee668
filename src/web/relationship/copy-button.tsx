// Copies a prepared text (an agenda, an opening line) and says so; if the browser refuses, the text stays selectable on screen.
import { useTranslation } from 'react-i18next';
import { useToast } from '../components/toast-provider.tsx';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const { showToast } = useToast();

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      showToast(t('relationship.copied'));
    } catch {
      showToast(t('relationship.copyFailed'), 'info');
    }
  }

  return (
    <button type="button" className="button button--small button--secondary" onClick={() => void copy()}>
      {label}
    </button>
  );
}
