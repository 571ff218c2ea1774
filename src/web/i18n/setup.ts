import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../contract/locale.js';

// One JSON file per feature namespace and language: src/web/i18n/<lang>/<namespace>.json.
const modules = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, module] of Object.entries(modules)) {
  const match = /\.\/(\w+)\/([\w-]+)\.json$/.exec(file);
  const [, language, namespace] = match ?? [];
  if (language && namespace) {
    const bundle = (resources[language] ??= {});
    bundle[namespace] = module.default;
  }
}

export const LANGUAGE_STORAGE_KEY = 'cd_lang';

function readCookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** The remembered language (cookie set by the switch), else the browser's. */
export function initialLocale(): Locale {
  const stored = readCookie(LANGUAGE_STORAGE_KEY) ?? localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? undefined;
  const match = LOCALES.find((l) => l === stored);
  return match ?? pickLocale(navigator.languages.join(','));
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: 'de',
  supportedLngs: [...LOCALES],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
