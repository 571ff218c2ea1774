import type { Locale } from '../../../contract/locale.js';
import type { RegistrationStatusName } from '../../../contract/registration.js';

/** Texts of the registration export (a spreadsheet, not the web app: so kept beside the export). */
export interface ExportLabels {
  sheet: string;
  fileStem: string;
  columns: {
    status: string;
    guest: string;
    waitlistPosition: string;
    salutation: string;
    academicTitle: string;
    firstName: string;
    lastName: string;
    email: string;
    organization: string;
    position: string;
    sector: string;
    phone: string;
    topics: string;
    consentDirectory: string;
    consentPhotos: string;
    requestedAt: string;
    confirmedAt: string;
    checkedInAt: string;
  };
  /** Header of a time column with the zone its times are shown in. */
  timeHeader: (label: string, zone: string) => string;
  status: Record<RegistrationStatusName, string>;
  salutation: Record<string, string>;
  yes: string;
  no: string;
  dateFormat: { text: string; excel: string };
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = {
  de: {
    sheet: 'Anmeldungen',
    fileStem: 'anmeldungen',
    columns: {
      status: 'Status',
      guest: 'Gast',
      waitlistPosition: 'Wartelistenplatz',
      salutation: 'Anrede',
      academicTitle: 'Titel',
      firstName: 'Vorname',
      lastName: 'Nachname',
      email: 'E-Mail',
      organization: 'Organisation',
      position: 'Funktion',
      sector: 'Branche',
      phone: 'Telefon',
      topics: 'Themen',
      consentDirectory: 'Einwilligung Teilnehmerverzeichnis',
      consentPhotos: 'Einwilligung Fotos',
      requestedAt: 'Angemeldet am',
      confirmedAt: 'Bestätigt am',
      checkedInAt: 'Eingecheckt am',
    },
    timeHeader: (label, zone) => `${label} (${zone})`,
    status: {
      pending: 'Bestätigung ausstehend',
      confirmed: 'Bestätigt',
      waitlisted: 'Warteliste',
      offered: 'Platz angeboten',
      cancelled: 'Storniert',
      expired: 'Verfallen',
    },
    salutation: { '': '', ms: 'Frau', mr: 'Herr', diverse: 'Divers' },
    yes: 'ja',
    no: 'nein',
    dateFormat: { text: 'dd.MM.yyyy HH:mm', excel: 'dd.mm.yyyy hh:mm' },
  },
  en: {
    sheet: 'Registrations',
    fileStem: 'registrations',
    columns: {
      status: 'Status',
      guest: 'Guest',
      waitlistPosition: 'Waitlist position',
      salutation: 'Salutation',
      academicTitle: 'Title',
      firstName: 'First name',
      lastName: 'Last name',
      email: 'Email',
      organization: 'Organization',
      position: 'Position',
      sector: 'Sector',
      phone: 'Phone',
      topics: 'Topics',
      consentDirectory: 'Consent participant directory',
      consentPhotos: 'Consent photos',
      requestedAt: 'Registered at',
      confirmedAt: 'Confirmed at',
      checkedInAt: 'Checked in at',
    },
    timeHeader: (label, zone) => `${label} (${zone})`,
    status: {
      pending: 'Awaiting confirmation',
      confirmed: 'Confirmed',
      waitlisted: 'Waitlist',
      offered: 'Seat offered',
      cancelled: 'Cancelled',
      expired: 'Expired',
    },
    salutation: { '': '', ms: 'Ms', mr: 'Mr', diverse: 'Mx' },
    yes: 'yes',
    no: 'no',
    dateFormat: { text: 'yyyy-MM-dd HH:mm', excel: 'yyyy-mm-dd hh:mm' },
  },
};
