import type { ErrorCode } from '../../contract/errors.js';
import type { Locale } from '../../contract/locale.js';

type Params = Record<string, string | number>;
type Catalog = Record<string, string>;

/** Server-side texts (errors, validation) in every language. Keys are stable identifiers. */
const MESSAGES: Record<Locale, Catalog> = {
  de: {
    'error.validation_failed': 'Bitte prüfen Sie Ihre Eingaben.',
    'error.bad_request': 'Die Anfrage ist ungültig.',
    'error.unauthenticated': 'Bitte melden Sie sich an.',
    'error.forbidden': 'Dafür fehlt Ihnen die Berechtigung.',
    'error.csrf_failed':
      'Die Sicherheitsprüfung der Anfrage ist fehlgeschlagen. Bitte laden Sie die Seite neu.',
    'error.not_found': 'Nicht gefunden.',
    'error.route_not_found': 'Diese Adresse gibt es nicht.',
    'error.conflict': 'Die Aktion steht im Konflikt mit dem aktuellen Stand.',
    'error.slug_taken': 'Diese Kurzadresse ist bereits vergeben.',
    'error.email_taken': 'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
    'error.invalid_state': 'Das ist im aktuellen Zustand nicht möglich.',
    'error.already_registered':
      'Sie sind für diese Veranstaltung bereits angemeldet. Wir haben Ihnen Ihren persönlichen Link noch einmal per E-Mail geschickt.',
    'error.payload_too_large': 'Die Anfrage ist zu groß.',
    'error.rate_limited': 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    'error.sign_in_failed': 'E-Mail-Adresse oder Passwort ist falsch.',
    'error.link_invalid': 'Dieser Link ist ungültig oder abgelaufen.',
    'error.internal': 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    'error.unavailable': 'Der Dienst ist vorübergehend nicht erreichbar.',
    'field.required': 'Dieses Feld ist erforderlich.',
    'field.sector_unknown': 'Bitte wählen Sie eine Branche aus der Liste.',
    'field.topic_unknown': 'Dieses Thema wird bei dieser Veranstaltung nicht angeboten.',
    'field.question_unknown': 'Diese Frage gibt es bei dieser Veranstaltung nicht.',
    'field.options_required': 'Bitte geben Sie mindestens zwei Antwortmöglichkeiten an.',
    'field.consent_by_person_only':
      'Einwilligungen kann nur die angemeldete Person selbst erteilen oder widerrufen.',
    'field.invalid_type': 'Der Wert hat nicht das erwartete Format.',
    'field.too_small.string': 'Bitte geben Sie mindestens {minimum} Zeichen ein.',
    'field.too_big.string': 'Bitte geben Sie höchstens {maximum} Zeichen ein.',
    'field.too_small.number': 'Der Wert muss mindestens {minimum} sein.',
    'field.too_big.number': 'Der Wert darf höchstens {maximum} sein.',
    'field.too_small.array': 'Bitte wählen Sie mindestens {minimum} Einträge.',
    'field.too_big.array': 'Bitte wählen Sie höchstens {maximum} Einträge.',
    'field.invalid_format.email': 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    'field.invalid_format.url': 'Bitte geben Sie eine gültige Adresse (https://…) ein.',
    'field.invalid_format': 'Der Wert hat nicht das erwartete Format.',
    'field.invalid_value': 'Dieser Wert ist nicht zulässig.',
    'field.consent_required': 'Bitte stimmen Sie den Datenschutzhinweisen zu.',
    'field.not_integer': 'Bitte geben Sie eine ganze Zahl ein.',
    'field.unrecognized_keys': 'Unbekanntes Feld: {keys}.',
    'field.invalid_datetime': 'Bitte geben Sie Datum und Uhrzeit an (JJJJ-MM-TTTHH:MM).',
    'field.invalid_time_zone': 'Diese Zeitzone ist unbekannt.',
    'field.ends_before_start': 'Das Ende muss nach dem Beginn liegen.',
    'field.session_outside_event': 'Der Programmpunkt muss innerhalb der Veranstaltungszeit liegen.',
    'field.speaker_unknown': 'Diese Person gehört nicht zu den Mitwirkenden dieser Veranstaltung.',
    'field.speaker_twice': 'Diese Person ist bereits eingetragen.',
    'field.closes_before_opens': 'Der Anmeldeschluss muss nach dem Anmeldebeginn liegen.',
    'field.closes_after_end': 'Der Anmeldeschluss darf nicht nach dem Ende der Veranstaltung liegen.',
    'field.duplicate_key': 'Dieser Schlüssel kommt doppelt vor.',
    'field.alt_required': 'Bitte beschreiben Sie das Bild (Alternativtext).',
    'field.slug_format': 'Nur Kleinbuchstaben, Ziffern und Bindestriche.',
    'field.password_too_short': 'Das Passwort muss mindestens 12 Zeichen lang sein.',
    'field.password_common': 'Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.',
    'field.capacity_below_taken':
      'Die Kapazität darf nicht unter den bereits vergebenen Plätzen ({taken}) liegen.',
  },
  en: {
    'error.validation_failed': 'Please check your input.',
    'error.bad_request': 'The request is invalid.',
    'error.unauthenticated': 'Please sign in.',
    'error.forbidden': 'You are not allowed to do that.',
    'error.csrf_failed': 'The request failed its security check. Please reload the page.',
    'error.not_found': 'Not found.',
    'error.route_not_found': 'This address does not exist.',
    'error.conflict': 'This action conflicts with the current state.',
    'error.slug_taken': 'This short address is already taken.',
    'error.email_taken': 'There is already an account for this email address.',
    'error.invalid_state': 'That is not possible in the current state.',
    'error.already_registered':
      'You are already registered for this event. We have sent your personal link to you again by email.',
    'error.payload_too_large': 'The request is too large.',
    'error.rate_limited': 'Too many attempts. Please wait a moment and try again.',
    'error.sign_in_failed': 'Email address or password is wrong.',
    'error.link_invalid': 'This link is invalid or has expired.',
    'error.internal': 'An internal error occurred. Please try again later.',
    'error.unavailable': 'The service is temporarily unavailable.',
    'field.required': 'This field is required.',
    'field.sector_unknown': 'Please choose a sector from the list.',
    'field.topic_unknown': 'This topic is not offered at this event.',
    'field.question_unknown': 'There is no such question for this event.',
    'field.options_required': 'Please give at least two answer options.',
    'field.consent_by_person_only': 'Only the registered person can give or withdraw consent.',
    'field.invalid_type': 'The value does not have the expected format.',
    'field.too_small.string': 'Please enter at least {minimum} characters.',
    'field.too_big.string': 'Please enter at most {maximum} characters.',
    'field.too_small.number': 'The value must be at least {minimum}.',
    'field.too_big.number': 'The value must be at most {maximum}.',
    'field.too_small.array': 'Please choose at least {minimum} entries.',
    'field.too_big.array': 'Please choose at most {maximum} entries.',
    'field.invalid_format.email': 'Please enter a valid email address.',
    'field.invalid_format.url': 'Please enter a valid address (https://…).',
    'field.invalid_format': 'The value does not have the expected format.',
    'field.invalid_value': 'This value is not allowed.',
    'field.consent_required': 'Please agree to the privacy notice.',
    'field.not_integer': 'Please enter a whole number.',
    'field.unrecognized_keys': 'Unknown field: {keys}.',
    'field.invalid_datetime': 'Please enter a date and time (YYYY-MM-DDTHH:MM).',
    'field.invalid_time_zone': 'This time zone is unknown.',
    'field.ends_before_start': 'The end must be after the start.',
    'field.session_outside_event': 'The session must lie within the time of the event.',
    'field.speaker_unknown': 'This person is not among the speakers of this event.',
    'field.speaker_twice': 'This person is already listed.',
    'field.closes_before_opens': 'Registration must close after it opens.',
    'field.closes_after_end': 'Registration must not close after the event ends.',
    'field.duplicate_key': 'This key appears twice.',
    'field.alt_required': 'Please describe the image (alternative text).',
    'field.slug_format': 'Only lower-case letters, digits and hyphens.',
    'field.password_too_short': 'The password must be at least 12 characters long.',
    'field.password_common': 'This password is too common. Please choose another one.',
    'field.capacity_below_taken': 'The capacity must not be below the seats already taken ({taken}).',
  },
};

/** Returns the text for a key in a locale, with `{name}` placeholders filled. Unknown keys fall back to German, then the key. */
export function translate(locale: Locale, key: string, params: Params = {}): string {
  const template = MESSAGES[locale][key] ?? MESSAGES.de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** True when a message key exists (used to tell our custom issue keys from free text). */
export function hasMessage(key: string): boolean {
  return key in MESSAGES.de;
}

/** The localized message of an API error code. */
export function errorMessage(locale: Locale, code: ErrorCode, params?: Params): string {
  return translate(locale, `error.${code}`, params);
}

export const MESSAGE_KEYS = { de: Object.keys(MESSAGES.de), en: Object.keys(MESSAGES.en) };
