import { escapeHtml } from '../../markdown.js';

/**
 * Organizer-written mail templates: plain text with named placeholders (`{{firstName}}`), never HTML.
 * What the organizer writes and what a placeholder holds are escaped separately, so nothing in a template
 * or a person's data can add markup, run code or change the layout; the subject is one line (no header
 * can be smuggled in with a line break).
 */

/** The mails organizers can edit, each with the placeholders it knows and those it must contain. */
export const TEMPLATE_KINDS = {
  'registration-optin': { required: ['confirmLink'], optional: ['deadline', 'hours'] },
  'registration-ticket': { required: ['manageLink'], optional: ['ticketCode', 'venue'] },
  'registration-waitlist': { required: ['manageLink'], optional: ['position'] },
  'registration-offer': { required: ['confirmLink'], optional: ['deadline', 'manageLink'] },
  'registration-reconfirm': { required: ['yesLink', 'releaseLink'], optional: [] },
  'survey-invitation': { required: ['surveyLink'], optional: [] },
  invitation: { required: ['registerLink'], optional: ['unsubscribeLink'] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;
export type TemplateKind = keyof typeof TEMPLATE_KINDS;

/** Placeholders every mail knows: the person and the event. */
export const COMMON_PLACEHOLDERS = [
  'salutation',
  'firstName',
  'lastName',
  'organization',
  'event',
  'date',
] as const;

/** Placeholders whose value is a link: shown as a link in the HTML part. */
const LINK = /Link$/;

export type TemplatePart = { text: string } | { placeholder: string };

export interface TemplateProblem {
  /** `subject` or `body`. */
  field: 'subject' | 'body';
  code: 'placeholder_unknown' | 'placeholder_missing' | 'placeholder_unclosed' | 'subject_line_break';
  /** The placeholder concerned, where there is one. */
  name?: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** Splits a template into text and placeholders; `{{` without a well-formed closing name is an error. */
export function parseTemplate(source: string): { parts: TemplatePart[]; unclosed: boolean } {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    if (match.index > last) {
      parts.push({ text: source.slice(last, match.index) });
    }
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < source.length) {
    parts.push({ text: source.slice(last) });
  }
  const unclosed = parts.some((p) => 'text' in p && p.text.includes('{{'));
  return { parts, unclosed };
}

/** The placeholders a kind of mail knows. */
export function knownPlaceholders(kind: TemplateKind): string[] {
  const spec = TEMPLATE_KINDS[kind];
  return [...COMMON_PLACEHOLDERS, ...spec.required, ...spec.optional];
}

/**
 * Checks a template before it is saved: every placeholder known for its kind, the required ones (the
 * links the mail exists for) in the body, `{{` always closed, the subject on one line. Empty: no problem.
 */
export function checkTemplate(
  kind: TemplateKind,
  template: { subject: string; body: string },
): TemplateProblem[] {
  const known = new Set(knownPlaceholders(kind));
  const problems: TemplateProblem[] = [];
  if (/[\r\n]/.test(template.subject)) {
    problems.push({ field: 'subject', code: 'subject_line_break' });
  }
  const used = new Set<string>();
  for (const field of ['subject', 'body'] as const) {
    const { parts, unclosed } = parseTemplate(template[field]);
    if (unclosed) {
      problems.push({ field, code: 'placeholder_unclosed' });
    }
    for (const part of parts) {
      if ('placeholder' in part) {
        if (!known.has(part.placeholder)) {
          problems.push({ field, code: 'placeholder_unknown', name: part.placeholder });
        } else if (field === 'body') {
          used.add(part.placeholder);
        }
      }
    }
  }
  for (const name of TEMPLATE_KINDS[kind].required) {
    if (!used.has(name)) {
      problems.push({ field: 'body', code: 'placeholder_missing', name });
    }
  }
  return problems;
}

export interface RenderedTemplate {
  subject: string;
  text: string;
  /** The body as HTML paragraphs (blank line: new paragraph; line break: <br>), every value escaped. */
  html: string;
}

function fill(parts: TemplatePart[], values: Record<string, string>): string {
  return parts.map((p) => ('text' in p ? p.text : (values[p.placeholder] ?? ''))).join('');
}

function htmlOf(parts: TemplatePart[], values: Record<string, string>): string {
  return parts
    .map((p) => {
      if ('text' in p) {
        return escapeHtml(p.text);
      }
      const value = values[p.placeholder] ?? '';
      if (LINK.test(p.placeholder) && /^https?:\/\//.test(value)) {
        return `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`;
      }
      return escapeHtml(value);
    })
    .join('');
}

/** Renders a checked template with the values of one person (missing values render empty). */
export function renderTemplate(
  template: { subject: string; body: string },
  values: Record<string, string>,
): RenderedTemplate {
  const subject = fill(parseTemplate(template.subject).parts, values)
    .replace(/[\r\n]+/g, ' ')
    .trim();
  const body = template.body.replace(/\r\n?/g, '\n');
  const text = fill(parseTemplate(body).parts, values);
  const html = body
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${htmlOf(parseTemplate(paragraph).parts, values).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return { subject, text, html };
}
