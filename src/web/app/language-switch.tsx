import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { LOCALES, type Locale } from '../../contract/locale.js';
import { apiFetch } from './api.js';
import { LANGUAGE_STORAGE_KEY } from '../i18n/setup.js';

/** Switches between Deutsch and English; the choice is remembered (cookie, and on the account). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const choose = async (locale: Locale) => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
    document.cookie = `${LANGUAGE_STORAGE_KEY}=${locale}; path=/; max-age=31536000; samesite=lax`;
    await i18n.changeLanguage(locale);
    // Server texts (sector labels, messages) come in the chosen language: fetch them again.
    await client.invalidateQueries();
    apiFetch('/api/v1/me/locale', { method: 'PUT', body: { locale } }).catch(() => undefined);
  };
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.language === locale}
          onClick={() => void choose(locale)}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
