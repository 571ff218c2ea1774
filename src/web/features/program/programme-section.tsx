import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaAssignmentEntry, ProgrammeSession } from '../../../contract/program.js';
import { ApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { useAgenda, useIssueFeed, useProgramme, useToggleStar } from './api.js';
import { StarButton, useMediaQuery } from './session-details.js';
import { TimetableList, TimetableTable } from './timetable.js';
import { ActionButton } from '../../components/action-button.js';

/** Seats and meetings other features put in the agenda ("Runde 1, 10:30: Insel Energie, Halle A, Tisch 3"). */
function AgendaAssignments({
  assignments,
  slug,
  hasIslands,
}: {
  assignments: AgendaAssignmentEntry[];
  slug: string;
  hasIslands: boolean;
}) {
  const { t, i18n } = useTranslation('islands');
  const locale = i18n.language === 'en' ? 'en' : 'de';
  return (
    <>
      {assignments.length > 0 && (
        <>
          <h4>{t('agenda.title')}</h4>
          <ul className="agenda-assignments">
            {assignments.map((a) => (
              <li key={a.uid}>{a.summary[locale]}</li>
            ))}
          </ul>
        </>
      )}
      {hasIslands && (
        <p>
          <Link to={`/events/${encodeURIComponent(slug)}/islands`}>{t('agenda.link')}</Link>
        </p>
      )}
    </>
  );
}

/** "Mein Programm": how many sessions are starred, assignments, and the secret calendar feed URL on request. */
function AgendaBox({ count, children }: { count: number; children?: ReactNode }) {
  const { t } = useTranslation('program');
  const feed = useIssueFeed();
  return (
    <div className="agenda-box">
      <h3>{t('agenda.title')}</h3>
      <p role="status">{t('agenda.count', { count })}</p>
      {children}
      <p className="field-hint">{t('agenda.feedHint')}</p>
      <ActionButton type="button" className="secondary" busy={feed.isPending} onClick={() => feed.mutate()}>
        {feed.data ? t('agenda.feedRotate') : t('agenda.feedCreate')}
      </ActionButton>
      {feed.error && (
        <p role="alert" className="error">
          {feed.error instanceof ApiError ? feed.error.message : t('common:error.generic')}
        </p>
      )}
      {feed.data && (
        <div className="field">
          <label htmlFor="agenda-feed-url">{t('agenda.feedUrl')}</label>
          <input
            id="agenda-feed-url"
            type="text"
            readOnly
            value={feed.data.url}
            onFocus={(e) => e.target.select()}
          />
          <p>
            <a href={feed.data.url.replace(/^https?:/, 'webcal:')}>{t('agenda.subscribe')}</a>
          </p>
        </div>
      )}
    </div>
  );
}

/** The public timetable of the event page: a table on wide screens, a list on phones; stars when signed in. */
export function ProgrammeSection({ slug }: { slug: string }) {
  const { t } = useTranslation(['program', 'events']);
  const programme = useProgramme(slug);
  const session = useSession();
  const signedIn = Boolean(session.data?.person);
  const agenda = useAgenda(slug, signedIn);
  const toggle = useToggleStar(slug);
  const narrow = useMediaQuery('(max-width: 600px)');
  const starred = useMemo(() => new Set(agenda.data?.sessions.map((s) => s.id)), [agenda.data]);
  const star = (s: ProgrammeSession) =>
    signedIn ? (
      <StarButton
        session={s}
        starred={starred.has(s.id)}
        busy={toggle.isPending}
        onToggle={(value) => toggle.mutate({ sessionId: s.id, starred: value })}
      />
    ) : null;
  const sessions = programme.data?.sessions ?? [];
  return (
    <section aria-labelledby="programme-heading" id="programme">
      <h2 id="programme-heading">{t('events:detail.programme')}</h2>
      {programme.isPending && <p role="status">{t('common:loading')}</p>}
      {!programme.isPending && sessions.length === 0 && <p>{t('events:detail.programmeSoon')}</p>}
      {programme.data && sessions.length > 0 && (
        <>
          {!signedIn && <p className="field-hint">{t('agenda.signInHint')}</p>}
          {narrow ? (
            <TimetableList programme={programme.data} star={star} />
          ) : (
            <TimetableTable programme={programme.data} star={star} />
          )}
          {signedIn && (
            <AgendaBox count={starred.size}>
              <AgendaAssignments
                assignments={agenda.data?.assignments ?? []}
                slug={slug}
                hasIslands={sessions.some((s) => s.type === 'island-round')}
              />
            </AgendaBox>
          )}
          {toggle.error && (
            <p role="alert" className="error">
              {toggle.error instanceof ApiError ? toggle.error.message : t('common:error.generic')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
