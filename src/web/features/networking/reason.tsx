import { useTranslation } from 'react-i18next';
import type { Reason } from '../../../contract/networking.js';

/** Joins labels the way the language does ("A, B und C" / "A, B and C"). */
export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * Why a person may matter to the viewer, in whole sentences of the reader's language: the tags
 * each side offers the other, else the words their texts share, and whether the sector differs.
 */
export function ReasonList({ reason, labelOf }: { reason: Reason; labelOf: (key: string) => string }) {
  const { t, i18n } = useTranslation('networking');
  const list = (items: string[]) => formatList(items, i18n.language);
  const lines: string[] = [];
  if (reason.theyOfferYouSeekTags.length > 0) {
    lines.push(t('card.theyOffer', { list: list(reason.theyOfferYouSeekTags.map(labelOf)) }));
  } else if (reason.theyOfferYouSeekTerms.length > 0) {
    lines.push(t('card.theyOfferTerms', { list: list(reason.theyOfferYouSeekTerms) }));
  }
  if (reason.youOfferTheySeekTags.length > 0) {
    lines.push(t('card.youOffer', { list: list(reason.youOfferTheySeekTags.map(labelOf)) }));
  } else if (reason.youOfferTheySeekTerms.length > 0) {
    lines.push(t('card.youOfferTerms', { list: list(reason.youOfferTheySeekTerms) }));
  }
  if (reason.otherSector) {
    lines.push(t('card.otherSector'));
  }
  if (lines.length === 0) {
    return null;
  }
  return (
    <div className="networking-reason">
      <p className="networking-reason-heading">{t('card.why')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
