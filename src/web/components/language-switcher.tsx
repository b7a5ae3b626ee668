// English / Español, one press away on every page; each name is written in its own language.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../schemas/common.ts';
import { languageAutonyms, supportedLanguages } from '../i18n/language.ts';
import { useSession } from '../session/session-context.tsx';
import { useToast } from './toast-provider.tsx';

/** The buttons alone, for pages outside the session (the public intake form) that switch the language their own way. */
export function LanguageButtons({ onChoose }: { onChoose(language: Language): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {supportedLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="lang-switch__button"
          aria-pressed={i18n.language === language}
          onClick={() => onChoose(language)}
        >
          {languageAutonyms[language]}
        </button>
      ))}
    </div>
  );
}

export function LanguageSwitcher() {
  const { i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const { showToast } = useToast();

  async function choose(language: Language) {
    try {
      await changeLanguage(language);
    } catch {
      showToast(i18n.getFixedT(language)('language.saveFailed'), 'info');
    }
  }

  return <LanguageButtons onChoose={(language) => void choose(language)} />;
}
