import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileCard, Reason } from '../../../contract/networking.js';
import { useBlock } from './api.js';
import { formatList, ReasonList } from './reason.js';
import { ActionButton } from '../../components/action-button.js';

/** Looks up labels of the event's lists (competences and sectors); unknown keys show as they are. */
export interface Labels {
  competence: (key: string) => string;
  sector: (key: string) => string;
}

function TagList({ keys, labelOf }: { keys: string[]; labelOf: (key: string) => string }) {
  if (keys.length === 0) {
    return null;
  }
  return (
    <ul className="tags">
      {keys.map((key) => (
        <li key={key}>{labelOf(key)}</li>
      ))}
    </ul>
  );
}

/**
 * A directory card: who the person is, what they offer and seek, and why they may matter to the
 * viewer. `actions` lets other features add buttons (a meeting request); blocking is built in.
 */
export function PersonCard({
  card,
  reason,
  blocked,
  isSelf,
  labels,
  headingLevel = 3,
  actions,
}: {
  card: ProfileCard;
  reason: Reason | null;
  blocked: boolean;
  isSelf: boolean;
  labels: Labels;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation('networking');
  const block = useBlock();
  const name = `${card.firstName} ${card.lastName}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (
    <article className="person-card" aria-labelledby={`person-${card.personId}`}>
      <Heading id={`person-${card.personId}`}>{name}</Heading>
      <p className="person-meta">
        {[card.position, card.organization, labels.sector(card.sector)].filter(Boolean).join(' · ')}
      </p>
      {card.description && <p>{card.description}</p>}
      {isSelf && <p className="notice">{t('card.you')}</p>}
      {reason && !isSelf && <ReasonList reason={reason} labelOf={labels.competence} />}
      <dl className="person-offers">
        {(card.offerText || card.offerTags.length > 0) && (
          <>
            <dt>{t('card.offers')}</dt>
            <dd lang={card.textLanguage}>
              <TagList keys={card.offerTags} labelOf={labels.competence} />
              {card.offerText && <p>{card.offerText}</p>}
            </dd>
          </>
        )}
        {(card.seekText || card.seekTags.length > 0) && (
          <>
            <dt>{t('card.seeks')}</dt>
            <dd lang={card.textLanguage}>
              <TagList keys={card.seekTags} labelOf={labels.competence} />
              {card.seekText && <p>{card.seekText}</p>}
            </dd>
          </>
        )}
        {card.topics.length > 0 && (
          <>
            <dt>{t('card.topics')}</dt>
            <dd>{formatList(card.topics, i18n.language)}</dd>
          </>
        )}
        {card.languages.length > 0 && (
          <>
            <dt>{t('card.languages')}</dt>
            <dd>
              {formatList(
                card.languages.map((l) => languageNames.of(l) ?? l),
                i18n.language,
              )}
            </dd>
          </>
        )}
      </dl>
      {blocked && <p className="notice">{t('card.blocked')}</p>}
      {!isSelf && (
        <div className="person-actions">
          {actions}
          <ActionButton
            type="button"
            className="secondary"
            aria-label={t(blocked ? 'card.unblockLabel' : 'card.blockLabel', { name })}
            busy={block.isPending}
            onClick={() => block.mutate({ personId: card.personId, blocked: !blocked })}
          >
            {t(blocked ? 'card.unblock' : 'card.block')}
          </ActionButton>
        </div>
      )}
    </article>
  );
}
