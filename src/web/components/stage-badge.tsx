// The client's stage as a small coloured label; the colour only repeats what the text says.
import { useTranslation } from 'react-i18next';
import type { ClientStage } from '../../domain/clients/lifecycle.ts';

export function StageBadge({ stage }: { stage: ClientStage }) {
  const { t } = useTranslation();
  return <span className={`badge badge--stage-${stage}`}>{t(`stages.${stage}`)}</span>;
}
