import { describe, expect, it } from 'vitest';
import { newSecret } from '../ids.js';
import { redactUrl } from './log-redaction.js';

describe('redactUrl', () => {
  const secret = newSecret();

  it('redacts the token segment of every link that carries one', () => {
    for (const url of [
      `/my-registration/${secret}`,
      `/api/v1/my-registration/${secret}/cancel`,
      `/api/v1/my-registration/${secret}/ticket.ics`,
      `/survey/${secret}`,
      `/api/v1/survey/${secret}`,
      `/invite/${secret}`,
      `/api/v1/auth/invites/${secret}`,
      `/islands/host/${secret}`,
      `/api/v1/island-hosts/${secret}/list`,
      `/api/v1/agenda/${secret}.ics`,
      `/auth/magic?token=${secret}`,
      `/registration/confirm?token=${secret}&lang=en`,
      `/sessions/0190a1b2-0000-7000-8000-000000000000/moderate?key=${secret}`,
      `/something/new/${secret}`,
      `/invite/short`,
    ]) {
      const redacted = redactUrl(url);
      expect(redacted, url).not.toContain(secret);
      expect(redacted, url).not.toContain('short');
      expect(redacted, url).toContain('[redacted]');
    }
  });

  it('keeps what is not secret: ids, slugs, file kinds, other parameters', () => {
    expect(redactUrl(`/api/v1/my-registration/${secret}/ticket.ics`)).toBe(
      '/api/v1/my-registration/[redacted]/ticket.ics',
    );
    expect(redactUrl('/api/v1/events/industriedialog-2020?lang=en')).toBe(
      '/api/v1/events/industriedialog-2020?lang=en',
    );
    expect(redactUrl('/api/v1/sessions/0190a1b2-0000-7000-8000-000000000000/questions')).toBe(
      '/api/v1/sessions/0190a1b2-0000-7000-8000-000000000000/questions',
    );
    expect(redactUrl(`/registration/confirm?lang=de&token=${secret}#top`)).toBe(
      '/registration/confirm?lang=de&token=[redacted]',
    );
  });
});
