import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  CONFIRM_LINK,
  linkFromMail,
  MANAGE_LINK,
  publishedEvent,
  register,
} from '../registration/helpers.js';

/**
 * Everything the app logs, one JSON object per line. At debug, so that reads are logged too (at info
 * only writes, errors and slow requests are): every request line must be free of secrets, and the
 * test must not depend on whether a read happened to be slow.
 */
function logCapture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: { level: 'debug', stream } };
}

describe.each(DIALECTS)('logs without secrets on %s', (dialect) => {
  let t: TestApp;
  const capture = logCapture();

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { logger: capture.logger });
  });
  afterAll(async () => t.close());

  it('redacts personal links in request URLs and logs no mail body (no SMTP_URL)', async () => {
    const organizer = await t.signInOrganizer();
    const event = await publishedEvent(t, organizer);
    const registered = await register(t, event.slug);
    expect(registered.response.statusCode).toBe(201);
    const confirm = await linkFromMail(t, registered.email, 'registration-optin', CONFIRM_LINK);
    await t.app.inject({ method: 'POST', url: '/api/v1/registrations/confirm', payload: { token: confirm } });
    const manage = await linkFromMail(t, registered.email, 'registration-ticket', MANAGE_LINK);
    await t.app.inject({ method: 'GET', url: `/api/v1/my-registration/${encodeURIComponent(manage)}` });
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/my-registration/${encodeURIComponent(manage)}/ticket.ics`,
    });
    await t.app.inject({ method: 'GET', url: `/registration/confirm?token=${encodeURIComponent(confirm)}` });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/magic-link',
      payload: { email: registered.email },
    });
    expect(await t.mail.drain()).toBeGreaterThan(0);

    const log = capture.lines.join('\n');
    expect(log).toContain('/api/v1/my-registration/[redacted]');
    expect(log).toContain('mail kept in the outbox');
    const mails = await t.database.handle.db.selectFrom('outbox').selectAll().execute();
    const magic = mails.find((m) => m.kind === 'magic-link');
    expect(magic).toBeDefined();
    const magicToken = /token=([^\s&]+)/.exec(magic!.textBody)?.[1];
    for (const secret of [manage, confirm, encodeURIComponent(manage), magicToken!]) {
      expect(log).not.toContain(secret);
    }
    for (const mail of mails) {
      expect(log).not.toContain(mail.textBody.slice(0, 80));
    }
    // Neither cookies nor the CSRF token of the organizer's session.
    expect(log).not.toContain(organizer.headers.cookie!.split('=')[1]);
  });
});
