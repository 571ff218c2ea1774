import type { Locale } from '../../../contract/locale.js';
import type { SitePageKey } from '../../../contract/site-pages.js';

/** Placeholder texts until the organizer writes their own (shown with version 0). */
export const DEFAULT_SITE_PAGES: Record<SitePageKey, Record<Locale, { title: string; body: string }>> = {
  imprint: {
    de: {
      title: 'Impressum',
      body: 'Die Angaben zum Anbieter dieser Plattform werden vom Veranstalter hier eingetragen.',
    },
    en: { title: 'Imprint', body: 'The organizer enters the details of the provider of this platform here.' },
  },
  privacy: {
    de: {
      title: 'Datenschutzhinweise',
      body: 'Wir verarbeiten Ihre Angaben nur, um die Veranstaltung durchzuführen. Sie können Ihre Daten jederzeit herunterladen und Ihr Konto löschen.',
    },
    en: {
      title: 'Privacy notice',
      body: 'We process your details only to run the event. You can download your data and delete your account at any time.',
    },
  },
  accessibility: {
    de: {
      title: 'Erklärung zur Barrierefreiheit',
      body: 'Diese Plattform soll für alle Menschen nutzbar sein. Hinweise auf Barrieren senden Sie bitte an die Kontaktperson der Veranstaltung.',
    },
    en: {
      title: 'Accessibility statement',
      body: 'This platform aims to be usable by everyone. Please report barriers to the contact person of the event.',
    },
  },
};
