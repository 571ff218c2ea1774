import type { Locale } from '../../../contract/locale.js';
import type { MailBrand, MailMessage } from '../../mail/outbox.js';
import { escapeHtml } from '../../markdown.js';
import type { BrandState } from './brand-state.js';

/** Marks the footer in a mail's HTML, so a mail enqueued again (a resend) does not get a second one. */
const FOOTER_MARK = 'data-network-footer';

interface FooterLine {
  label?: string;
  text: string;
  href?: string;
}

const LABELS: Record<
  Locale,
  Record<'sent' | 'contact' | 'email' | 'phone' | 'imprint' | 'privacy', string>
> = {
  de: {
    sent: 'Diese E-Mail wurde automatisch von {name} versandt.',
    contact: 'Ansprechperson',
    email: 'E-Mail',
    phone: 'Telefon',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
  },
  en: {
    sent: 'This email was sent automatically by {name}.',
    contact: 'Contact',
    email: 'Email',
    phone: 'Phone',
    imprint: 'Imprint',
    privacy: 'Data protection',
  },
};

function absolute(url: string, baseUrl: string): string {
  return url.startsWith('/') ? `${baseUrl}${url}` : url;
}

/** The footer's lines in a language: who sent it, the contact person, imprint and privacy links. */
export function footerLines(state: BrandState, locale: Locale): FooterLine[] {
  const { branding } = state;
  const labels = LABELS[locale];
  const lines: FooterLine[] = [{ text: labels.sent.replace('{name}', branding.networkName) }];
  const contact = branding.contact;
  if (contact) {
    lines.push({ label: labels.contact, text: [contact.name, contact.role].filter(Boolean).join(', ') });
    if (contact.email) {
      lines.push({ label: labels.email, text: contact.email, href: `mailto:${contact.email}` });
    }
    if (contact.phone) {
      lines.push({ label: labels.phone, text: contact.phone });
    }
  }
  // Only what the organizers set: an unbranded mail keeps today's one-line footer.
  if (branding.imprintText) {
    lines.push({ label: labels.imprint, text: branding.imprintText });
  } else if (!branding.imprintUrl.startsWith('/')) {
    lines.push({ label: labels.imprint, text: branding.imprintUrl, href: branding.imprintUrl });
  }
  if (!branding.privacyUrl.startsWith('/')) {
    lines.push({ label: labels.privacy, text: branding.privacyUrl, href: branding.privacyUrl });
  }
  return lines;
}

function textOf(line: FooterLine): string {
  return line.label ? `${line.label}: ${line.text}` : line.text;
}

function htmlOf(line: FooterLine): string {
  // The imprint may span lines (address, register entry): keep its breaks.
  const body = line.href
    ? `<a href="${escapeHtml(line.href)}" style="color:#444">${escapeHtml(line.text)}</a>`
    : escapeHtml(line.text).replace(/\r?\n/g, '<br>');
  return `<p style="margin:4px 0">${line.label ? `${escapeHtml(line.label)}: ` : ''}${body}</p>`;
}

/** Adds the network's footer (and logo) to a mail's text and HTML, in the mail's language. */
export function brandMail(message: MailMessage, state: BrandState, baseUrl: string): MailMessage {
  if (message.html.includes(FOOTER_MARK)) {
    return message;
  }
  const locale: Locale = message.locale === 'en' ? 'en' : 'de';
  const lines = footerLines(state, locale);
  const logo = state.branding.logo;
  const logoHtml = logo
    ? `<p style="margin:0 0 8px"><img src="${escapeHtml(absolute(logo.url, baseUrl))}" alt="${escapeHtml(logo.alt)}" height="40" style="height:40px;width:auto"></p>`
    : '';
  const footerHtml = `<div ${FOOTER_MARK} style="font-size:13px;color:#444;margin-top:24px">${logoHtml}${lines.map(htmlOf).join('')}</div>`;
  const html = message.html.includes('</body>')
    ? message.html.replace('</body>', `${footerHtml}\n</body>`)
    : `${message.html}\n${footerHtml}`;
  return {
    ...message,
    text: `${message.text.replace(/\s+$/, '')}\n\n${lines.map(textOf).join('\n')}`,
    html,
  };
}

/** The outbox's view of the brand: footer on every mail, sender name and reply-to on delivery. */
export function createMailBrand(current: () => BrandState, baseUrl: string): MailBrand {
  return {
    decorate: (message) => brandMail(message, current(), baseUrl),
    sender: () => ({ name: current().senderName, replyTo: current().replyTo }),
  };
}
