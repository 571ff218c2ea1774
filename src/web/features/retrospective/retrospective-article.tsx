import { useTranslation } from 'react-i18next';
import type { PublicRetrospective } from '../../../contract/retrospective.js';
import { formatEventRange } from '../../components/format.js';
import { FiguresView } from './figures-view.js';

function ContactBox({ contact }: { contact: NonNullable<PublicRetrospective['contact']> }) {
  const { t } = useTranslation('retrospective');
  return (
    <aside className="contact-box retro-contact" aria-labelledby="retro-contact-heading">
      <h2 id="retro-contact-heading">{t('page.contact')}</h2>
      <p>
        <strong>{contact.name}</strong>
        {contact.role && (
          <>
            <br />
            {contact.role}
          </>
        )}
      </p>
      <dl>
        {contact.email && (
          <>
            <dt>{t('page.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        {contact.phone && (
          <>
            <dt>{t('page.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
            </dd>
          </>
        )}
      </dl>
    </aside>
  );
}

/** The retrospective as the public reads and prints it (also the organizer's preview). */
export function RetrospectiveArticle({
  retro,
  headingLevel = 1,
}: {
  retro: PublicRetrospective;
  headingLevel?: 1 | 2;
}) {
  const { t, i18n } = useTranslation('retrospective');
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  // The organizers' words are in the event's language; the interface's words around them are not.
  const lang = retro.event.contentLanguage;
  return (
    <article className="retrospective">
      <p className="retro-kicker">
        {t('page.kicker', { title: retro.event.title })} ·{' '}
        <time dateTime={retro.event.startsAt}>
          {formatEventRange(retro.event.startsAt, retro.event.endsAt, retro.event.timeZone, i18n.language)}
        </time>
        {retro.event.venueName && <> · {retro.event.venueName}</>}
      </p>
      <Heading lang={lang}>{retro.headline}</Heading>
      {retro.lead && (
        <p className="lead" lang={lang}>
          {retro.lead}
        </p>
      )}
      {retro.photos[0] && (
        <figure className="retro-photo retro-photo-main" lang={lang}>
          <img src={retro.photos[0].url} alt={retro.photos[0].alt} />
          {retro.photos[0].caption && <figcaption>{retro.photos[0].caption}</figcaption>}
        </figure>
      )}
      {/* Sanitized on the server (marked + sanitize-html): no scripts, no event handlers. */}
      <div className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: retro.bodyHtml }} />
      {retro.quotes.length > 0 && (
        <section className="retro-quotes" aria-label={t('page.quotes')}>
          {retro.quotes.map((q) => (
            <figure key={q.text} className="retro-quote" lang={lang}>
              <blockquote>
                <p>{q.text}</p>
              </blockquote>
              {q.attribution && <figcaption>{q.attribution}</figcaption>}
            </figure>
          ))}
        </section>
      )}
      <FiguresView figures={retro.figures} />
      {retro.photos.length > 1 && (
        <section className="retro-gallery" aria-label={t('page.photos')}>
          {retro.photos.slice(1).map((photo) => (
            <figure key={photo.id} className="retro-photo" lang={lang}>
              <img src={photo.url} alt={photo.alt} loading="lazy" />
              {photo.caption && <figcaption>{photo.caption}</figcaption>}
            </figure>
          ))}
        </section>
      )}
      {retro.reportUrl && (
        <p className="retro-report">
          <a href={retro.reportUrl}>{t('page.report')}</a>
          <span className="print-only"> ({retro.reportUrl})</span>
        </p>
      )}
      {retro.contact && <ContactBox contact={retro.contact} />}
    </article>
  );
}
