import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './download.js';

describe('attachmentDisposition', () => {
  it('keeps an ASCII name as it is', () => {
    expect(attachmentDisposition('badges-industriedialog-2020.pdf')).toBe(
      'attachment; filename="badges-industriedialog-2020.pdf"',
    );
  });

  it('gives other letters an ASCII fallback and the UTF-8 name that browsers show', () => {
    const header = attachmentDisposition('Rückblick Gläserne Manufaktur.csv');
    expect(header).toBe(
      'attachment; filename="Ruckblick Glaserne Manufaktur.csv"; ' +
        "filename*=UTF-8''R%C3%BCckblick%20Gl%C3%A4serne%20Manufaktur.csv",
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('Rückblick Gläserne Manufaktur.csv');
  });

  it('cannot be broken out of by quotes, backslashes or line breaks in the name', () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x.csv');
    expect(header).not.toMatch(/[\r\n]/);
    const fallback = /filename="([^"]*)"/.exec(header)?.[1];
    expect(fallback).toBe('a_b_c__Set-Cookie: x.csv');
  });
});
