import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaSummary } from '../../../contract/project-board.js';
import type { ListLabels } from './labels.js';

/** An idea as the board lists it: title (in its own language), stage, initiator, roles and consortium. */
export function IdeaCard({ idea, slug, labels }: { idea: IdeaSummary; slug: string; labels: ListLabels }) {
  const { t } = useTranslation('project-board');
  const headingId = `idea-${idea.id}`;
  return (
    <article className="idea-card" aria-labelledby={headingId}>
      <h3 id={headingId} lang={idea.language}>
        <Link to={`/events/${slug}/ideas/${idea.id}`}>{idea.title}</Link>
      </h3>
      <p className="idea-meta">
        {t(`stage.${idea.stage}`)} ·{' '}
        {t('card.by', {
          name: `${idea.initiator.firstName} ${idea.initiator.lastName}`,
          organization: idea.organization,
        })}
      </p>
      <p lang={idea.language}>{idea.problem}</p>
      <p>
        {t('card.roles', {
          list: idea.roles
            .map((r) =>
              r.filled > 0
                ? t('card.roleFilled', { sector: labels.sector(r.sector) })
                : labels.sector(r.sector),
            )
            .join(', '),
        })}
      </p>
      <p>{t('card.consortium', { count: idea.consortiumSize, sectors: idea.consortiumSectors.length })}</p>
    </article>
  );
}
