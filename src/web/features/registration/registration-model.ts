import type { FieldError } from '../../../contract/errors.js';
import type {
  MyRegistration,
  RegistrationCreate,
  RegistrationQuestion,
} from '../../../contract/registration.js';
import { SALUTATIONS } from '../../../contract/registration-values.js';
import { ApiError } from '../../app/api.js';

export type Salutation = (typeof SALUTATIONS)[number];
export type AnswerValue = string | string[] | boolean;

/** The person's details as the forms hold them (new registration and "My registration"). */
export interface PersonDraft {
  salutation: Salutation;
  academicTitle: string;
  firstName: string;
  lastName: string;
  organization: string;
  position: string;
  sector: string;
  phone: string;
  topics: string[];
  answers: Record<string, AnswerValue>;
}

/** The new-registration form: the person plus address and consents. */
export interface RegistrationDraft extends PersonDraft {
  email: string;
  privacy: boolean;
  directory: boolean;
  photos: boolean;
}

export const EMPTY_PERSON: PersonDraft = {
  salutation: '',
  academicTitle: '',
  firstName: '',
  lastName: '',
  organization: '',
  position: '',
  sector: '',
  phone: '',
  topics: [],
  answers: {},
};

/** An empty form; every consent off (listing and photos are opt-in). */
export function emptyRegistration(): RegistrationDraft {
  return { ...EMPTY_PERSON, email: '', privacy: false, directory: false, photos: false };
}

/** The edit form's state from a stored registration. */
export function draftFromMine(mine: MyRegistration): PersonDraft {
  return {
    salutation: mine.salutation,
    academicTitle: mine.academicTitle,
    firstName: mine.firstName,
    lastName: mine.lastName,
    organization: mine.organization,
    position: mine.position,
    sector: mine.sector,
    phone: mine.phone,
    topics: [...mine.topics],
    answers: { ...mine.answers },
  };
}

/** Leaves out unanswered questions, so an optional question left empty is not sent as "". */
export function answeredOnly(answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  return Object.fromEntries(
    Object.entries(answers).filter(
      ([, v]) => v !== '' && v !== false && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/** The API body of a new registration. */
export function toCreateBody(draft: RegistrationDraft, locale: string): RegistrationCreate {
  const { privacy, directory, photos, answers, ...person } = draft;
  return {
    ...person,
    answers: answeredOnly(answers),
    locale: locale === 'en' ? 'en' : 'de',
    // The server insists on `true`; an unticked box is sent as is so the server names the field.
    consents: { privacy: privacy as true, directory, photos },
  };
}

/** The API body of a change on "My registration" (the email is the identity and stays). */
export function toUpdateBody(
  draft: PersonDraft,
  consents: { directory: boolean; photos: boolean },
): Record<string, unknown> {
  return { ...draft, answers: answeredOnly(draft.answers), consents };
}

/** The server's field errors of a failed request (none for other failures). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError ? error.fields : [];
}

/**
 * The error for the summary at the top: the summary reads each field's label from its input, but a
 * group (topics, choice questions) has a legend instead, so its entries get the legend written in.
 */
export function withGroupLabels(
  error: unknown,
  groupLabels: Record<string, string>,
  entry: (label: string, message: string) => string,
): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) {
    return error;
  }
  const fields = error.fields.map((f) => {
    const group = Object.keys(groupLabels).find((g) => f.field === g || f.field.startsWith(`${g}.`));
    const label = group === undefined ? undefined : groupLabels[group];
    return label ? { ...f, message: entry(label, f.message) } : f;
  });
  return new ApiError(error.status, error.code, error.message, fields);
}

/** The legends of the groups in a form: topics and the choice questions. */
export function groupLabelsOf(
  topicsLegend: string,
  questions: RegistrationQuestion[],
  language: string,
): Record<string, string> {
  const labels: Record<string, string> = { topics: topicsLegend };
  for (const q of questions) {
    if (q.kind === 'single' || q.kind === 'multiple') {
      labels[`answers.${q.id}`] = language === 'en' ? q.label.en : q.label.de;
    }
  }
  return labels;
}
