import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../contract/events.js';
import { ContentLanguage } from '../../components/content-language.js';
import { formatEventRange } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useSession } from '../../app/session.js';
import { useMyEvent } from '../my-events/api.js';
import { usePublicEvent } from './api.js';
import { SeatsState } from './event-card.js';
import { RegistrationSection } from '../registration/registration-section.js';
import { ProgrammeSection } from '../program/programme-section.js';
import { RetrospectiveTeaser } from '../retrospective/retrospective-teaser.js';
import { NetworkingLink } from '../networking/networking-link.js';

function ContactBox({ event }: { event: EventDetail }) {
  const { t } = useTranslation('events');
  if (event.contacts.length === 0) {
    return null;
  }
  return (
    <aside className="contact-box" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('detail.contact')}</h2>
      {event.contacts.map((c) => (
        <div key={`${c.name}-${c.email}`} className="contact">
          {c.photoUrl && <img src={c.photoUrl} alt={c.photoAlt ?? ''} width={96} height={96} />}
          <p>
            <strong>{c.name}</strong>
            {c.role && (
              <>
                <br />
                {c.role}
              </>
            )}
          </p>
          <dl>
            {c.phone && (
              <>
                <dt>{t('detail.phone')}</dt>
                <dd>
                  <a href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</a>
                </dd>
              </>
            )}
            {c.email && (
              <>
                <dt>{t('detail.email')}</dt>
                <dd>
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </dd>
              </>
            )}
          </dl>
        </div>
      ))}
    </aside>
  );
}

/** Above the description: whether registration is open, or for a registered visitor a way to their status. */
function RegistrationNotice({ event }: { event: EventDetail }) {
  const { t } = useTranslation(['events', 'my-events']);
  const session = useSession();
  const mine = useMyEvent(event.slug, Boolean(session.data?.person));
  if (mine.data?.registration) {
    return (
      <p className="notice">
        <a href="#registration">{t('my-events:jumpToMine')}</a>
      </p>
    );
  }
  return (
    <p className="notice">
      {event.registrationOpen ? t('seats.registrationOpen') : t('seats.registrationClosed')}
    </p>
  );
}

function EventView({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation('events');
  usePageTitle(event.title);
  const lang = event.contentLanguage;
  return (
    <ContentLanguage lang={lang}>
      <article className="event-page">
        <h1 lang={lang}>{event.title}</h1>
        {event.subtitle && (
          <p className="subtitle" lang={lang}>
            {event.subtitle}
          </p>
        )}
        {event.image && (
          <img className="event-image" src={event.image.url} alt={event.image.alt} lang={lang} />
        )}
        <dl className="facts">
          <dt>{t('detail.when')}</dt>
          <dd>
            <time dateTime={event.startsAt}>
              {formatEventRange(event.startsAt, event.endsAt, event.timeZone, i18n.language)}
            </time>
            <span className="hint"> ({t('detail.timeZoneNote', { zone: event.timeZone })})</span>
          </dd>
          <dt>{t('detail.where')}</dt>
          <dd>
            {event.venue.name}
            {event.venue.address && (
              <>
                <br />
                {event.venue.address}
              </>
            )}
            {event.venue.mapUrl && (
              <>
                <br />
                <a href={event.venue.mapUrl} aria-label={t('detail.mapLabel', { venue: event.venue.name })}>
                  {t('detail.map')}
                </a>
              </>
            )}
          </dd>
          <dt>{t('detail.capacity')}</dt>
          <dd>
            {t('detail.capacityValue', { capacity: event.capacity })} · <SeatsState event={event} />
          </dd>
        </dl>
        {event.isPast && <p className="notice">{t('detail.past')}</p>}
        {!event.isPast && <RegistrationNotice event={event} />}
        {event.teaser && (
          <p className="lead" lang={lang}>
            {event.teaser}
          </p>
        )}
        {/* Sanitized on the server (marked + sanitize-html): no scripts, no event handlers. */}
        <div className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        {event.topics.length > 0 && (
          <section aria-labelledby="topics-heading">
            <h2 id="topics-heading">{t('detail.topics')}</h2>
            <ul className="tags" lang={lang}>
              {event.topics.map((topic) => (
                <li key={topic}>{topic}</li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="sectors-heading">
          <h2 id="sectors-heading">{t('detail.sectors')}</h2>
          <ul className="tags">
            {event.sectors.map((s) => (
              <li key={s.key}>{s.label}</li>
            ))}
          </ul>
        </section>
        <RegistrationSection event={event} />
        <ProgrammeSection slug={event.slug} />
        <NetworkingLink slug={event.slug} />
        {event.isPast && (
          <section aria-labelledby="retrospective-heading" id="retrospective">
            <h2 id="retrospective-heading">{t('detail.retrospective')}</h2>
            <RetrospectiveTeaser slug={event.slug} fallback={<p>{t('detail.retrospectiveSoon')}</p>} />
          </section>
        )}
        <ContactBox event={event} />
      </article>
    </ContentLanguage>
  );
}

/** The public event page at /events/{slug}. */
export function EventPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('events');
  const event = usePublicEvent(slug);
  return (
    <QueryState query={event} notFound={<h1>{t('detail.notFound')}</h1>}>
      {(data) => <EventView event={data} />}
    </QueryState>
  );
}
