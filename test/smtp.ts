// The one SMTP helper of the tests: a real SMTP server that keeps what it receives, for database tests
// (in process) and browser specs (the server runs in the e2e global setup and saves each mail as a
// file; a spec reads them with `readMailFolder`).
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope recipients (RCPT TO), lower case. */
  to: string[];
  parsed: ParsedMail;
}

/** Mails received so far, and a wait for one to an address with a subject. */
export interface Inbox {
  received(): Promise<ReceivedMail[]>;
  /** Waits until a mail to `to` whose subject matches arrives, and returns it. */
  waitFor(to: string, subject: RegExp, timeoutMs?: number): Promise<ParsedMail>;
}

export interface TestSmtpServer extends Inbox {
  port: number;
  /** The SMTP_URL for the server under test. */
  url: string;
  /** Every mail received so far, in order: the live list (a test may empty it with `splice(0)`). */
  mails: ReceivedMail[];
  /** The mails received for one address (envelope). */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

const ENVELOPE_HEADER = 'X-Test-Envelope-To';

function waitForMail(read: () => Promise<ReceivedMail[]>): Inbox['waitFor'] {
  return async (to, subject, timeoutMs = 30_000) => {
    const address = to.toLowerCase();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = await read();
      const found = mails.find((m) => m.to.includes(address) && subject.test(m.parsed.subject ?? ''));
      if (found) {
        return found.parsed;
      }
      if (Date.now() > deadline) {
        const seen = mails.map((m) => `${m.to.join(',')}: ${m.parsed.subject ?? ''}`).join('\n');
        throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs} ms; received:\n${seen}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
}

/**
 * Starts a real SMTP server on 127.0.0.1 (no TLS; AUTH accepted but not required) that keeps every mail,
 * parsed. A mail is stored before the server answers 250, so a finished `sendMail` means it is in
 * `received`. With `saveTo`, each mail is also written to that folder for `readMailFolder`.
 */
export async function startSmtpServer({
  port = 0,
  saveTo,
}: { port?: number; saveTo?: string } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let saved = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        simpleParser(raw)
          .then((parsed) => {
            received.push({ to, parsed });
            if (saveTo) {
              saved += 1;
              const file = path.join(saveTo, `${String(saved).padStart(6, '0')}.eml`);
              // Written whole, then renamed: a reader never sees half a mail.
              fs.writeFileSync(
                `${file}.tmp`,
                Buffer.concat([Buffer.from(`${ENVELOPE_HEADER}: ${to.join(', ')}\r\n`), raw]),
              );
              fs.renameSync(`${file}.tmp`, file);
            }
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  const read = async () => received;
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    mails: received,
    received: read,
    to: (mailbox) => received.filter((m) => m.to.includes(mailbox.toLowerCase())),
    waitFor: waitForMail(read),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The mails an SMTP server elsewhere saved into `dir` (`startSmtpServer({ saveTo })`). */
export function readMailFolder(dir: string): Inbox {
  const parsed = new Map<string, ReceivedMail>();
  const read = async () => {
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.eml'))
      .sort()) {
      if (!parsed.has(name)) {
        const mail = await simpleParser(fs.readFileSync(path.join(dir, name)));
        const envelope = mail.headers.get(ENVELOPE_HEADER.toLowerCase());
        const to = typeof envelope === 'string' ? envelope.split(',').map((a) => a.trim()) : [];
        parsed.set(name, { to, parsed: mail });
      }
    }
    return [...parsed.values()];
  };
  return { received: read, waitFor: waitForMail(read) };
}

/**
 * The link after `label: ` in a mail's plain text, moved to `origin` (mails carry PUBLIC_URL, which
 * defaults to http://localhost:<port>).
 */
export function linkFrom(mail: ParsedMail, label: string, origin: string): string {
  const line = (mail.text ?? '').split('\n').find((l) => l.startsWith(`${label}: `));
  if (!line) {
    throw new Error(`no "${label}" link in mail "${mail.subject ?? ''}":\n${mail.text ?? ''}`);
  }
  const url = new URL(line.slice(label.length + 2).trim());
  return `${origin}${url.pathname}${url.search}`;
}

/** A nodemailer transport to a local test server (no TLS). */
export function transportTo(port: number) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
}
