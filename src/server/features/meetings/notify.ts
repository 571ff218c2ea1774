import type { MeetingNoticeKind } from '../../../contract/meetings.js';
import { pickLocale } from '../../../contract/locale.js';
import type { MailOutbox } from '../../mail/outbox.js';
import { newId } from '../../ids.js';
import { renderMeetingMail, type MeetingMailKind } from './mails.js';
import { meetingRepository as repo, type Executor, type PersonRow } from './repository.js';

const MAIL_KIND: Record<MeetingNoticeKind, MeetingMailKind> = {
  requested: 'meeting-requested',
  accepted: 'meeting-accepted',
  declined: 'meeting-declined',
  cancelled: 'meeting-cancelled',
  scheduled: 'meeting-scheduled',
  'slot-picked': 'meeting-slot-picked',
  'needs-rescheduling': 'meeting-needs-rescheduling',
};

/** One notice to one person about one meeting: a row in their notice list and a mail in their language. */
export interface Notice {
  kind: MeetingNoticeKind;
  meetingId: string;
  event: { id: string; slug: string; title: string };
  to: PersonRow;
  other: PersonRow;
  /** Makes the mail unique per reason (the outbox ignores a second mail with the same key). */
  dedupe: string;
  message?: string;
  places?: string[];
  /** Leave the mail out (several notices summed up in one mail elsewhere). */
  withoutMail?: boolean;
}

export function fullName(person: Pick<PersonRow, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

/** Writes the notice and its mail inside the caller's transaction (transactional outbox). */
export async function notify(
  trx: Executor,
  mail: Pick<MailOutbox, 'enqueueMail'>,
  baseUrl: string,
  notice: Notice,
  now: string,
): Promise<void> {
  await repo.insertNotice(trx, {
    id: newId(),
    personId: notice.to.id,
    eventId: notice.event.id,
    meetingId: notice.meetingId,
    kind: notice.kind,
    createdAt: now,
    readAt: null,
  });
  if (notice.withoutMail) {
    return;
  }
  await sendMeetingMail(trx, mail, baseUrl, notice);
}

/** Only the mail of a notice (used for the one summary mail after publishing a schedule). */
export async function sendMeetingMail(
  trx: Executor,
  mail: Pick<MailOutbox, 'enqueueMail'>,
  baseUrl: string,
  notice: Notice,
): Promise<void> {
  const locale = pickLocale(notice.to.locale);
  const kind = MAIL_KIND[notice.kind];
  const rendered = renderMeetingMail(kind, {
    locale,
    name: fullName(notice.to),
    otherName: fullName(notice.other),
    otherOrganization: notice.other.organization,
    eventTitle: notice.event.title,
    message: notice.message,
    places: notice.places,
    url: `${baseUrl}/events/${encodeURIComponent(notice.event.slug)}/meetings`,
  });
  await mail.enqueueMail(
    {
      kind,
      dedupeKey: `${kind}:${notice.dedupe}:${notice.to.id}`,
      to: notice.to.email,
      locale,
      ...rendered,
      about: { eventId: notice.event.id, personId: notice.to.id },
    },
    trx as Parameters<MailOutbox['enqueueMail']>[1],
  );
}
