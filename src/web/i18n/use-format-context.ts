// The language on screen plus the workspace time zone: what every date in the app is written with.
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../session/session-context.tsx';
import type { FormatContext } from './format.ts';

export function useFormatContext(): FormatContext {
  const { i18n } = useTranslation();
  const session = useActiveSession();
  return { language: i18n.language, timeZone: session.workspace.timeZone };
}
