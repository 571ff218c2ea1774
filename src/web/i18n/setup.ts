import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../contract/locale.js';

// One JSON file per feature namespace and language: src/web/i18n/<lang>/<namespace>.json. Only `common`
// (layout, loading and error texts, about 0.7 kB each) is in the entry chunk; every other namespace is a
// chunk of its own, fetched in the visitor's language when a page first uses it, so a visitor of the
// event page does not download the organizer area's texts, nor those of the other language.
const commonModules = import.meta.glob<{ default: Record<string, unknown> }>('./*/common.json', {
  eager: true,
});
const lazyModules = import.meta.glob<{ default: Record<string, unknown> }>([
  './*/*.json',
  '!./*/common.json',
]);
const NAMESPACE_FILE = /\.\/(\w+)\/([\w-]+)\.json$/;
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, module] of Object.entries(commonModules)) {
  const [, language, namespace] = NAMESPACE_FILE.exec(file) ?? [];
  if (language && namespace) {
    (resources[language] ??= {})[namespace] = module.default;
  }
}

/** Fetches a namespace's chunk (i18next backend): pages suspend until their texts are there. */
const lazyNamespaces: BackendModule = {
  type: 'backend',
  init: () => {},
  read(language, namespace, callback) {
    const load = lazyModules[`./${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Loads the texts of namespaces in the current language (a page's route does it while its code loads). */
export function loadNamespaces(namespaces: string[]): Promise<void> {
  return i18n.loadNamespaces(namespaces);
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

void i18n
  .use(lazyNamespaces)
  .use(initReactI18next)
  .init({
    resources,
    // Bundled `common` plus namespaces fetched on use.
    partialBundledLanguages: true,
    ns: ['common'],
    lng: initialLocale(),
    // Every text exists in both languages (a test compares the keys), so an English visitor needs no
    // German texts as a fallback: no second fetch per namespace.
    fallbackLng: false,
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
