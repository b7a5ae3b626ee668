// Choose the language of Sana and of the emails it writes for you; saved on your account at once.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../schemas/common.ts';
import { languageAutonyms, supportedLanguages } from '../i18n/language.ts';
import { useSession } from '../session/session-context.tsx';
import { useToast } from '../components/toast-provider.tsx';

export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const { showToast } = useToast();
  const name = useId();
  // The choice shows at once; switching the catalogs and saving follow a moment later.
  const [chosen, setChosen] = useState(i18n.language);
  useEffect(() => setChosen(i18n.language), [i18n.language]);

  async function choose(language: Language) {
    setChosen(language);
    try {
      await changeLanguage(language);
      showToast(i18n.getFixedT(language)('language.saved'));
    } catch {
      showToast(i18n.getFixedT(language)('language.saveFailed'), 'info');
    }
  }

  return (
    <fieldset className="radio-group">
      <legend className="visually-hidden">{t('settings.languageTitle')}</legend>
      {supportedLanguages.map((language) => (
        <label key={language} className="radio-group__option">
          <input type="radio" name={name} value={language} checked={chosen === language} onChange={() => void choose(language)} />
          <span lang={language}>{languageAutonyms[language]}</span>
        </label>
      ))}
    </fieldset>
  );
}
