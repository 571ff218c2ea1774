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
    'error.no_seat_free':
      'Es ist kein Platz frei. Ein Platz kann angeboten werden, sobald jemand storniert oder Sie die Kapazität erhöhen.',
    'error.event_in_past':
      'Diese Veranstaltung ist bereits vorbei (Ende liegt in der Vergangenheit). Bitte prüfen Sie die Termine, oder bestätigen Sie, dass Sie sie trotzdem veröffentlichen möchten.',
    'error.already_registered':
      'Sie sind für diese Veranstaltung bereits angemeldet. Wir haben Ihnen Ihren persönlichen Link noch einmal per E-Mail geschickt.',
    'error.payload_too_large': 'Die Anfrage ist zu groß.',
    'error.rate_limited': 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    'error.sign_in_failed': 'E-Mail-Adresse oder Passwort ist falsch.',
    'error.link_invalid': 'Dieser Link ist ungültig oder abgelaufen.',
    'error.internal': 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    'error.unavailable': 'Der Dienst ist vorübergehend nicht erreichbar.',
    'field.required': 'Dieses Feld ist erforderlich.',
    'field.idempotency_key_reused':
      'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet. Bitte senden Sie einen neuen Schlüssel.',
    'field.sector_unknown': 'Bitte wählen Sie eine Branche aus der Liste.',
    'field.topic_unknown': 'Dieses Thema wird bei dieser Veranstaltung nicht angeboten.',
    'field.tag_unknown': 'Diese Kompetenz steht bei dieser Veranstaltung nicht zur Auswahl.',
    'field.directory_consent_required':
      'Bitte willigen Sie ein, im Teilnehmerverzeichnis dieser Veranstaltung zu erscheinen.',
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
    'branding.colour_format': 'Bitte geben Sie die Farbe als Hex-Wert an, z. B. #0b4f8a.',
    'branding.contrast_too_low':
      'Diese Farbe ist zu hell: Ihr Kontrast zu {background} beträgt {ratio}:1, nötig sind mindestens {minimum}:1 (WCAG AA). Bitte wählen Sie eine dunklere Farbe.',
    'branding.sender_name_format':
      'Der Absendername darf keine Zeilenumbrüche, spitzen Klammern oder Anführungszeichen enthalten.',
    'branding.phone_format': 'Bitte geben Sie nur Ziffern, Leerzeichen und + ( ) / - an.',
    'branding.logo_unreadable': 'Die Bilddatei ist nicht lesbar.',
    'branding.logo_too_large': 'Das Logo darf höchstens {maximum} KB groß sein.',
    'branding.logo_type': 'Bitte laden Sie das Logo als PNG oder JPEG hoch.',
    'retrospective.photo_unreadable': 'Die Bilddatei ist nicht lesbar.',
    'retrospective.photo_too_large': 'Das Foto darf höchstens {maximum} MB groß sein.',
    'retrospective.photo_type': 'Bitte laden Sie ein Foto im Format JPEG, PNG oder WebP hoch.',
    'retrospective.photos_full': 'Ein Rückblick kann höchstens {maximum} Fotos enthalten.',
    'retrospective.photo_order_mismatch':
      'Die Reihenfolge muss jedes Foto dieses Rückblicks genau einmal enthalten. Bitte laden Sie die Seite neu.',
    'field.consent_required': 'Bitte stimmen Sie den Datenschutzhinweisen zu.',
    'field.not_integer': 'Bitte geben Sie eine ganze Zahl ein.',
    'field.unrecognized_keys': 'Unbekanntes Feld: {keys}.',
    'field.invalid_datetime':
      'Bitte geben Sie ein vollständiges Datum mit Uhrzeit an, zum Beispiel 04.02.2027, 09:00.',
    'field.invalid_time_zone': 'Diese Zeitzone ist unbekannt.',
    'field.ends_before_start': 'Das Ende muss nach dem Beginn liegen.',
    'field.session_outside_event': 'Der Programmpunkt muss innerhalb der Veranstaltungszeit liegen.',
    'field.speaker_unknown': 'Diese Person gehört nicht zu den Mitwirkenden dieser Veranstaltung.',
    'field.event_unknown': 'Diese Veranstaltung gibt es nicht.',
    'field.speaker_twice': 'Diese Person ist bereits eingetragen.',
    'field.closes_before_opens': 'Der Anmeldeschluss muss nach dem Anmeldebeginn liegen.',
    'field.closes_after_end': 'Der Anmeldeschluss darf nicht nach dem Ende der Veranstaltung liegen.',
    'field.duplicate_key': 'Dieser Schlüssel kommt doppelt vor.',
    'field.unknown_concept': 'Den Begriff „{id}“ gibt es weder im Thesaurus noch in dieser Liste.',
    'field.alt_required': 'Bitte beschreiben Sie das Bild (Alternativtext).',
    'field.slug_format': 'Nur Kleinbuchstaben, Ziffern und Bindestriche.',
    'field.password_too_short': 'Das Passwort muss mindestens 12 Zeichen lang sein.',
    'field.password_common': 'Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.',
    'field.capacity_below_taken':
      'Die Kapazität darf nicht unter den bereits vergebenen Plätzen ({taken}) liegen.',
    // Live Q&A and polls
    'field.merge_target': 'Bitte wählen Sie eine andere, nicht zusammengeführte Frage derselben Sitzung.',
    'field.poll_words': 'Bitte geben Sie ein bis drei Wörter mit höchstens 30 Zeichen ein.',
    'field.poll_option_unknown': 'Bitte wählen Sie eine der angebotenen Antworten.',
    'field.poll_choices_count': 'Bitte wählen Sie mindestens eine und höchstens {max} Antworten.',
    'field.poll_already_voted': 'Sie haben an dieser Umfrage bereits teilgenommen.',
    'field.poll_unknown': 'Diese Umfrage gibt es in dieser Sitzung nicht (oder sie ist noch ein Entwurf).',
    'field.duplicate_option': 'Jede Antwortmöglichkeit darf nur einmal vorkommen.',
    'field.island_unknown': 'Diese Insel gibt es bei dieser Veranstaltung nicht.',
    'field.island_listed_twice': 'Diese Insel steht bereits in der Liste.',
    'field.island_ranked_and_excluded': 'Eine Insel kann nicht zugleich gewünscht und ausgeschlossen sein.',
    'field.islands_too_many_excluded': 'Bitte lassen Sie mindestens {min} Inseln zu, eine je Runde.',
    'field.island_deadline_passed': 'Die Frist für Inselwünsche ist abgelaufen.',
    'field.island_full': 'Diese Insel ist in dieser Runde voll.',
    'field.island_has_seats': 'Diese Insel hat in dieser Runde noch freie Plätze.',
    'field.island_excluded_by_person': 'Diese Person hat die Insel ausgeschlossen.',
    'field.island_already_visited': 'Diese Person sitzt in einer anderen Runde bereits an dieser Insel.',
    'field.island_round_unknown': 'Diese Runde gibt es im Programm nicht.',
    'field.island_not_participant': 'Diese Person hat keine bestätigte Anmeldung zu dieser Veranstaltung.',
    'field.island_host_not_registered': 'Diese Person ist für die Veranstaltung nicht angemeldet.',
    'field.island_host_without_seat':
      'Diese Person hat noch keinen bestätigten Platz (zum Beispiel auf der Warteliste) und kann keine Insel betreuen.',
    'field.island_capacity_below_seated':
      'In mindestens einer Runde sitzen bereits mehr Personen an dieser Insel.',
    'field.islands_none': 'Bitte legen Sie zuerst mindestens eine Insel an.',
    'field.island_rounds_none': 'Das Programm enthält noch keine Runde vom Typ „Gesprächsinsel-Runde“.',
    'field.meeting_with_self': 'Sie können sich nicht selbst zu einem Gespräch einladen.',
    'field.meeting_directory_required':
      'Gesprächsanfragen sind nur möglich, wenn Sie selbst im Teilnehmendenverzeichnis stehen.',
    'field.meeting_declined_before': 'Diese Person hat Ihre Anfrage bereits abgelehnt.',
    'field.meeting_request_open':
      'Mit dieser Person gibt es bereits eine offene Anfrage oder ein vereinbartes Gespräch.',
    'field.meeting_slot_unknown': 'Diesen Termin gibt es nicht (mehr).',
    'field.meeting_slot_unavailable': 'Zu diesem Termin ist eine der beiden Personen nicht verfügbar.',
    'field.meeting_slot_taken': 'Zu diesem Termin hat eine der beiden Personen bereits ein Gespräch.',
    'field.meeting_no_table': 'Zu diesem Termin ist kein Tisch mehr frei.',
    'field.meeting_tables_range': 'Die letzte Nummer darf nicht kleiner als die erste sein.',
    'field.meeting_tables_too_many': 'Bitte legen Sie höchstens 300 Tische auf einmal an.',
    'field.meeting_table_taken': 'Diese Tischnummer ist bereits vergeben.',
    'field.meeting_run_running': 'Für diese Veranstaltung läuft bereits eine Planung.',
    'field.meeting_run_stale': 'Seit diesem Entwurf hat sich der Plan geändert. Bitte planen Sie erneut.',
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
    'error.no_seat_free':
      'No seat is free. A seat can be offered as soon as someone cancels or you raise the capacity.',
    'error.event_in_past':
      'This event is already over (its end lies in the past). Please check the dates, or confirm that you want to publish it anyway.',
    'error.already_registered':
      'You are already registered for this event. We have sent your personal link to you again by email.',
    'error.payload_too_large': 'The request is too large.',
    'error.rate_limited': 'Too many attempts. Please wait a moment and try again.',
    'error.sign_in_failed': 'Email address or password is wrong.',
    'error.link_invalid': 'This link is invalid or has expired.',
    'error.internal': 'An internal error occurred. Please try again later.',
    'error.unavailable': 'The service is temporarily unavailable.',
    'field.required': 'This field is required.',
    'field.idempotency_key_reused':
      'This Idempotency-Key was already used for a different request. Please send a new key.',
    'field.sector_unknown': 'Please choose a sector from the list.',
    'field.topic_unknown': 'This topic is not offered at this event.',
    'field.tag_unknown': 'This competence is not on the list of this event.',
    'field.directory_consent_required': 'Please agree to appear in the participant directory of this event.',
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
    'branding.colour_format': 'Please give the colour as a hex value, e.g. #0b4f8a.',
    'branding.contrast_too_low':
      'This colour is too light: its contrast with {background} is {ratio}:1, at least {minimum}:1 is needed (WCAG AA). Please choose a darker colour.',
    'branding.sender_name_format':
      'The sender name must not contain line breaks, angle brackets or quotation marks.',
    'branding.phone_format': 'Please use only digits, spaces and + ( ) / -.',
    'branding.logo_unreadable': 'The image file cannot be read.',
    'branding.logo_too_large': 'The logo may be at most {maximum} KB.',
    'branding.logo_type': 'Please upload the logo as PNG or JPEG.',
    'retrospective.photo_unreadable': 'The image file cannot be read.',
    'retrospective.photo_too_large': 'The photo may be at most {maximum} MB.',
    'retrospective.photo_type': 'Please upload a photo as JPEG, PNG or WebP.',
    'retrospective.photos_full': 'A retrospective can hold at most {maximum} photos.',
    'retrospective.photo_order_mismatch':
      'The order must list every photo of this retrospective exactly once. Please reload the page.',
    'field.consent_required': 'Please agree to the privacy notice.',
    'field.not_integer': 'Please enter a whole number.',
    'field.unrecognized_keys': 'Unknown field: {keys}.',
    'field.invalid_datetime': 'Please enter a full date and time, for example 4 Feb 2027, 9:00 am.',
    'field.invalid_time_zone': 'This time zone is unknown.',
    'field.ends_before_start': 'The end must be after the start.',
    'field.session_outside_event': 'The session must lie within the time of the event.',
    'field.speaker_unknown': 'This person is not among the speakers of this event.',
    'field.event_unknown': 'This event does not exist.',
    'field.speaker_twice': 'This person is already listed.',
    'field.closes_before_opens': 'Registration must close after it opens.',
    'field.closes_after_end': 'Registration must not close after the event ends.',
    'field.duplicate_key': 'This key appears twice.',
    'field.unknown_concept': 'The concept “{id}” is neither in the thesaurus nor in this list.',
    'field.alt_required': 'Please describe the image (alternative text).',
    'field.slug_format': 'Only lower-case letters, digits and hyphens.',
    'field.password_too_short': 'The password must be at least 12 characters long.',
    'field.password_common': 'This password is too common. Please choose another one.',
    'field.capacity_below_taken': 'The capacity must not be below the seats already taken ({taken}).',
    // Live Q&A and polls
    'field.merge_target': 'Please choose another, unmerged question of the same session.',
    'field.poll_words': 'Please enter one to three words of at most 30 characters.',
    'field.poll_option_unknown': 'Please choose one of the answers offered.',
    'field.poll_choices_count': 'Please choose at least one and at most {max} answers.',
    'field.poll_already_voted': 'You have already taken part in this poll.',
    'field.poll_unknown': 'There is no such poll in this session (or it is still a draft).',
    'field.duplicate_option': 'Each answer option may appear only once.',
    'field.island_unknown': 'There is no such island at this event.',
    'field.island_listed_twice': 'This island is already in the list.',
    'field.island_ranked_and_excluded': 'An island cannot be both ranked and excluded.',
    'field.islands_too_many_excluded': 'Please leave at least {min} islands open, one per round.',
    'field.island_deadline_passed': 'The deadline for island preferences has passed.',
    'field.island_full': 'This island is full in this round.',
    'field.island_has_seats': 'This island still has free seats in this round.',
    'field.island_excluded_by_person': 'This person has excluded this island.',
    'field.island_already_visited': 'This person is already at this island in another round.',
    'field.island_round_unknown': 'There is no such round in the programme.',
    'field.island_not_participant': 'This person has no confirmed registration for this event.',
    'field.island_host_not_registered': 'This person is not registered for this event.',
    'field.island_host_without_seat':
      'This person has no confirmed seat yet (for example on the waiting list) and cannot host an island.',
    'field.island_capacity_below_seated':
      'More people are already seated at this island in at least one round.',
    'field.islands_none': 'Please add at least one island first.',
    'field.island_rounds_none': 'The programme has no session of the type "conversation-island round" yet.',
    'field.meeting_with_self': 'You cannot ask yourself for a meeting.',
    'field.meeting_directory_required':
      'You can ask for meetings only when you are listed in the directory yourself.',
    'field.meeting_declined_before': 'This person has already declined your request.',
    'field.meeting_request_open': 'There already is an open request or an agreed meeting with this person.',
    'field.meeting_slot_unknown': 'This time slot does not exist (any more).',
    'field.meeting_slot_unavailable': 'One of you is not available at this time.',
    'field.meeting_slot_taken': 'One of you already has a meeting at this time.',
    'field.meeting_no_table': 'No table is free at this time.',
    'field.meeting_tables_range': 'The last number must not be lower than the first.',
    'field.meeting_tables_too_many': 'Please add at most 300 tables at once.',
    'field.meeting_table_taken': 'This table number is already in use.',
    'field.meeting_run_running': 'A scheduling run is already in progress for this event.',
    'field.meeting_run_stale': 'The schedule changed since this draft. Please run the scheduler again.',
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
