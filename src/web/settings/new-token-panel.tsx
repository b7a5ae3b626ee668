// A new API token, shown once.
import { useTranslation } from 'react-i18next';
import type { NewApiToken } from '../api/tokens.ts';
import { ShownOncePanel } from '../components/shown-once-panel.tsx';

export function NewTokenPanel({ token, onDone }: { token: NewApiToken; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <ShownOncePanel
      id="new-token"
      value={token.token}
      onDone={onDone}
      text={{
        title: t('settings.newTokenTitle', { name: token.name }),
        body: t('settings.newTokenBody'),
        valueLabel: t('settings.tokenValue'),
        copy: t('settings.copyToken'),
        copied: t('settings.tokenCopied'),
        copyFailed: t('settings.copyFailed'),
        done: t('settings.dismissToken'),
      }}
    />
  );
}
