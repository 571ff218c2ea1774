import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a free port that keeps every message it receives, parsed. */
export interface Inbox {
  /** The SMTP_URL for the server under test. */
  url: string;
  /** Waits until a mail to `to` whose subject matches arrives, and returns it. */
  waitFor(to: string, subject: RegExp, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

/** Starts the inbox; plain SMTP without TLS or authentication, on 127.0.0.1. */
export async function startInbox(): Promise<Inbox> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    async waitFor(to, subject, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.find(
          (m) => recipients(m).includes(to.toLowerCase()) && subject.test(m.subject ?? ''),
        );
        if (found) {
          return found;
        }
        if (Date.now() > deadline) {
          const seen = mails.map((m) => `${recipients(m).join(',')}: ${m.subject ?? ''}`).join('\n');
          throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs} ms; received:\n${seen}`);
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The link after `label: ` in a mail's plain text, moved to the test server's origin (mails carry
 * PUBLIC_URL, which defaults to http://localhost:<port>).
 */
export function linkFrom(mail: ParsedMail, label: string, origin: string): string {
  const line = (mail.text ?? '').split('\n').find((l) => l.startsWith(`${label}: `));
  if (!line) {
    throw new Error(`no "${label}" link in mail "${mail.subject ?? ''}":\n${mail.text ?? ''}`);
  }
  const url = new URL(line.slice(label.length + 2).trim());
  return `${origin}${url.pathname}${url.search}`;
}
