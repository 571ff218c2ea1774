import { describe, expect, it } from 'vitest';
import { newSecret } from '../ids.js';
import { looksLikeSecret, redactSecrets } from './redact.js';

const base = 'https://netzwerk.example.org';

describe('redactSecrets', () => {
  it('removes every personal link the mails carry, and keeps public links', () => {
    const secret = newSecret();
    const links = [
      `${base}/auth/magic?token=${secret}`,
      `${base}/registration/confirm?token=${secret}`,
      `${base}/my-registration/${secret}`,
      `${base}/my-registration/${secret}/reconfirm?answer=yes`,
      `${base}/my-registration/${secret}/islands`,
      `${base}/invite/${secret}`,
      `${base}/survey/${secret}`,
      `${base}/islands/host/${secret}`,
      `${base}/api/v1/agenda/${secret}.ics`,
      `${base}/sessions/0193a3f0-7d1e-7c8a-9b2d-3f1e2d4c5b6a/moderate?key=${secret}`,
    ];
    for (const link of links) {
      const text = `Guten Tag,\nAnmeldung bestätigen: ${link}\nDanke.`;
      const redacted = redactSecrets(text, 'de');
      expect(redacted, link).toBe('Guten Tag,\nAnmeldung bestätigen: [Link entfernt]\nDanke.');
      expect(redacted).not.toContain(secret);
    }
    const publicLink = `${base}/events/industriedialog-neue-mobilitaet-2020/meetings`;
    expect(redactSecrets(`Ihre Gespräche: ${publicLink}`, 'en')).toBe(`Ihre Gespräche: ${publicLink}`);
  });

  it('removes a bare token, keeps ticket codes, words and slugs', () => {
    const secret = newSecret();
    expect(redactSecrets(`Code: ${secret}.`, 'en')).toBe('Code: [code removed].');
    const ticket = newSecret(12);
    const text = `Ihr Ticket-Code lautet ${ticket}. Veranstaltungsorganisation industriedialog-neue-mobilitaet-2020`;
    expect(redactSecrets(text, 'de')).toBe(text);
  });

  it('recognizes every fresh secret as one (many draws)', () => {
    for (let i = 0; i < 20_000; i += 1) {
      expect(looksLikeSecret(newSecret())).toBe(true);
    }
  });
});
