import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '../../contract/locale.js';

const ContentLanguageContext = createContext<Locale | undefined>(undefined);

/**
 * The language organizers wrote an event's texts in, for everything inside (programme, retrospective
 * teaser): elements holding those texts take it as `lang`, so screen readers pronounce a German title
 * in German in the English interface. The interface's own words around them keep the page's language.
 */
export function ContentLanguage({ lang, children }: { lang: Locale; children: ReactNode }) {
  return <ContentLanguageContext.Provider value={lang}>{children}</ContentLanguageContext.Provider>;
}

/** The `lang` for an organizer-written text here (undefined outside an event: the page's language). */
export function useContentLang(): Locale | undefined {
  return useContext(ContentLanguageContext);
}
