import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, renderTemplate } from './template.js';

const offer = {
  subject: 'Ein Platz ist frei: {{event}}',
  body: 'Guten Tag {{salutation}} {{lastName}},\n\nbitte bestätigen Sie bis {{deadline}}:\n{{confirmLink}}',
};

describe('mail templates', () => {
  it('render the placeholders in German and English, links as links in HTML', () => {
    const de = renderTemplate(offer, {
      salutation: 'Frau',
      lastName: 'Yıldız',
      event: 'Industriedialog 2027',
      deadline: 'Samstag, 30. Januar 2027 um 14:30 MEZ',
      confirmLink: 'https://dialog.example.org/registration/confirm?token=abc',
    });
    expect(de.subject).toBe('Ein Platz ist frei: Industriedialog 2027');
    expect(de.text).toContain(
      'Guten Tag Frau Yıldız,\n\nbitte bestätigen Sie bis Samstag, 30. Januar 2027 um 14:30 MEZ:',
    );
    expect(de.html).toContain(
      '<a href="https://dialog.example.org/registration/confirm?token=abc">https://dialog.example.org/registration/confirm?token=abc</a>',
    );
    const en = renderTemplate(
      {
        subject: 'A seat for you: {{event}}',
        body: 'Hello {{firstName}},\n\nconfirm by {{deadline}}: {{confirmLink}}',
      },
      {
        firstName: 'Łukasz',
        event: 'Dialogue day',
        deadline: 'Saturday, 30 January 2027 at 2:30 pm CET',
        confirmLink: 'x',
      },
    );
    expect(en).toMatchObject({ subject: 'A seat for you: Dialogue day' });
    expect(en.html).toBe(
      '<p>Hello Łukasz,</p>\n<p>confirm by Saturday, 30 January 2027 at 2:30 pm CET: x</p>',
    );
  });

  it('name every unknown or missing placeholder, an unclosed one and a line break in the subject before saving', () => {
    expect(checkTemplate('registration-offer', offer)).toEqual([]);
    expect(
      checkTemplate('registration-offer', {
        subject: 'Hallo {{vorname}}\nBcc: x@example.org',
        body: 'Bis {{deadline',
      }),
    ).toEqual([
      { field: 'subject', code: 'subject_line_break' },
      { field: 'subject', code: 'placeholder_unknown', name: 'vorname' },
      { field: 'body', code: 'placeholder_unclosed' },
      { field: 'body', code: 'placeholder_missing', name: 'confirmLink' },
    ]);
    expect(checkTemplate('registration-reconfirm', { subject: 'Kommen Sie?', body: '{{yesLink}}' })).toEqual([
      { field: 'body', code: 'placeholder_missing', name: 'releaseLink' },
    ]);
  });

  it('let no text of a template or a value escape its place (property)', () => {
    const OUR_TAGS = /<p>|<\/p>|<br>|<a href="[^"<>]*">|<\/a>/g;
    const unescape = (html: string) =>
      html
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        (subject, body, value) => {
          const template = {
            subject: `${subject}{{firstName}}`,
            body: `${body}\n{{firstName}} {{confirmLink}}`,
          };
          const rendered = renderTemplate(template, {
            firstName: value,
            confirmLink: `https://x.example/${value}`,
          });
          // Outside the tags the renderer writes, no markup is left: every < > " ' & came in escaped.
          const rest = rendered.html.replace(OUR_TAGS, '');
          expect(rest).not.toMatch(/[<>"']/);
          expect(rest.replace(/&(lt|gt|quot|#39|amp);/g, '')).not.toContain('&');
          // The value appears in the text part exactly as given, and the subject stays on one line.
          expect(rendered.text).toContain(value);
          expect(unescape(rendered.html)).toContain(value.split(/\n/)[0]!.replace(/\r/g, ''));
          expect(rendered.subject).not.toMatch(/[\r\n]/);
        },
      ),
      { numRuns: 500 },
    );
  });
});
