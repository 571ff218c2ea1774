import type { Locale } from '../../contract/locale.js';
import { escapeHtml } from '../markdown.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface MailCopy {
  subject: string;
  greeting: string;
  lines: string[];
  action: string;
}

// The closing footer (sender, contact person, imprint) is the network's: the outbox adds it to every mail.
function layout(copy: MailCopy, url: string): RenderedMail {
  const text = [copy.greeting, '', ...copy.lines, '', `${copy.action}: ${url}`].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a">
<p>${escapeHtml(copy.greeting)}</p>
${copy.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b4f8a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(copy.action)}</a></p>
<p style="font-size:13px;color:#444">${escapeHtml(url)}</p>
</body></html>`;
  return { subject: copy.subject, text, html };
}

/** The sign-in link for a participant (no password). */
export function magicLinkMail(
  locale: Locale,
  params: { name: string; url: string; minutes: number; network: string },
): RenderedMail {
  const copy: Record<Locale, MailCopy> = {
    de: {
      subject: `Ihr Anmeldelink für ${params.network}`,
      greeting: params.name ? `Guten Tag ${params.name},` : 'Guten Tag,',
      lines: [
        `mit dem folgenden Link melden Sie sich bei ${params.network} an. Er ist ${params.minutes} Minuten gültig und funktioniert einmal.`,
        'Wenn Sie den Link nicht angefordert haben, können Sie diese E-Mail ignorieren.',
      ],
      action: 'Jetzt anmelden',
    },
    en: {
      subject: `Your sign-in link for ${params.network}`,
      greeting: params.name ? `Hello ${params.name},` : 'Hello,',
      lines: [
        `Use the link below to sign in to ${params.network}. It is valid for ${params.minutes} minutes and works once.`,
        'If you did not ask for this link, you can ignore this email.',
      ],
      action: 'Sign in now',
    },
  };
  return layout(copy[locale], params.url);
}

/** The invitation of a further organizer. */
export function organizerInviteMail(
  locale: Locale,
  params: { inviter: string; url: string; days: number; network: string },
): RenderedMail {
  const copy: Record<Locale, MailCopy> = {
    de: {
      subject: `Einladung als Organisator bei ${params.network}`,
      greeting: 'Guten Tag,',
      lines: [
        `${params.inviter} lädt Sie ein, Veranstaltungen bei ${params.network} mitzuorganisieren.`,
        `Über den folgenden Link legen Sie Ihr Konto an. Die Einladung ist ${params.days} Tage gültig.`,
      ],
      action: 'Einladung annehmen',
    },
    en: {
      subject: `Invitation to organize on ${params.network}`,
      greeting: 'Hello,',
      lines: [
        `${params.inviter} invites you to help organize events on ${params.network}.`,
        `Use the link below to create your account. The invitation is valid for ${params.days} days.`,
      ],
      action: 'Accept invitation',
    },
  };
  return layout(copy[locale], params.url);
}
