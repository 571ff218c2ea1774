import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import type { MyMeeting, MyMeetings } from '../../../contract/meetings.js';
import { ApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useMyMeetings } from './api.js';
import { AvailabilitySection } from './availability-section.js';
import { MeetingCard } from './meeting-card.js';
import { NoticesSection } from './notices-section.js';

type Group = 'incoming' | 'outgoing' | 'accepted' | 'closed';

function groupOf(m: MyMeeting): Group {
  if (m.status === 'accepted') {
    return 'accepted';
  }
  if (m.status === 'pending') {
    return m.direction === 'incoming' ? 'incoming' : 'outgoing';
  }
  return 'closed';
}

/** Accepted meetings by time (those without a place last), the rest newest first as they come. */
function inOrder(list: MyMeeting[]): MyMeeting[] {
  return [...list].sort((a, b) => (a.place?.startsAt ?? '~').localeCompare(b.place?.startsAt ?? '~'));
}

function MeetingGroups({ data, onDone }: { data: MyMeetings; onDone: (message: string) => void }) {
  const { t } = useTranslation('meetings');
  const groups: Group[] = ['incoming', 'accepted', 'outgoing', 'closed'];
  if (data.meetings.length === 0) {
    return <p>{t('mine.empty')}</p>;
  }
  return (
    <>
      {groups.map((group) => {
        const list = data.meetings.filter((m) => groupOf(m) === group);
        if (list.length === 0) {
          return null;
        }
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`mine.group.${group}`, { count: list.length })}</h2>
            <ul className="meeting-list">
              {(group === 'accepted' ? inOrder(list) : list).map((m) => (
                <li key={m.id}>
                  <MeetingCard
                    meeting={m}
                    slug={data.event.slug}
                    timeZone={data.event.timeZone}
                    onDone={onDone}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** /events/:slug/meetings: "Meine Gespräche / My meetings" of the signed-in person. */
export function MyMeetingsPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('meetings');
  const location = useLocation();
  const session = useSession();
  const meetings = useMyMeetings(slug);
  const [done, setDone] = useState<string>((location.state as { done?: string } | null)?.done ?? '');
  const title = meetings.data ? t('mine.title', { title: meetings.data.event.title }) : t('mine.heading');
  usePageTitle(title);
  if (session.isSuccess && !session.data.person) {
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={`/events/${slug}`}>{t('mine.back')}</Link> ·{' '}
        <Link to={`/events/${slug}/networking`}>{t('mine.findPeople')}</Link>
      </p>
      <p role="status">{done}</p>
      <NoticesSection slug={slug} />
      <QueryState
        query={meetings}
        notFound={<p>{meetings.error instanceof ApiError ? meetings.error.message : ''}</p>}
      >
        {(data) => (
          <>
            {data.selfPickAllowed && <p className="notice">{t('mine.selfPick')}</p>}
            <MeetingGroups data={data} onDone={setDone} />
            <AvailabilitySection slug={slug} canChange />
          </>
        )}
      </QueryState>
    </>
  );
}
