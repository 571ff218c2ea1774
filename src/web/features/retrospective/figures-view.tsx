import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../contract/retrospective.js';
import { TableScroll } from '../../components/table-scroll.js';

function useNumber() {
  const { i18n } = useTranslation();
  return (value: number) => new Intl.NumberFormat(i18n.language).format(value);
}

function ItemTable({ figure, caption }: { figure: Pick<Figure, 'items'>; caption: string }) {
  const { t } = useTranslation('retrospective');
  const format = useNumber();
  return (
    <TableScroll label={caption}>
      <table className="figure-table">
        <caption className="retro-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.column.label')}</th>
            <th scope="col">{t('figures.column.count')}</th>
            <th scope="col">{t('figures.column.share')}</th>
          </tr>
        </thead>
        <tbody>
          {figure.items.map((item) => (
            <tr key={item.label}>
              <th scope="row">{item.label}</th>
              <td>{item.value === null ? t('figures.fewerThanThree') : format(item.value)}</td>
              <td>{item.percent === null ? '–' : `${format(item.percent)} %`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function FigureBody({ figure }: { figure: Figure }) {
  const { t } = useTranslation('retrospective');
  const format = useNumber();
  const value = figure.value ?? 0;
  switch (figure.key) {
    case 'participants':
      return (
        <p className="figure-number">
          <strong>{format(value)}</strong>{' '}
          {t(`figures.participants.${figure.basis === 'confirmed' ? 'confirmed' : 'checkedIn'}`)}
        </p>
      );
    case 'sectors':
      return (
        <>
          <p className="figure-number">
            <strong>{format(value)}</strong> {t('figures.sectors.value')}
          </p>
          <ItemTable figure={figure} caption={t('figures.sectors.title')} />
          {figure.hiddenItems > 0 && (
            <p className="hint">{t('figures.sectors.hidden', { count: figure.hiddenItems })}</p>
          )}
        </>
      );
    case 'meetings':
      return (
        <p className="figure-number">
          <strong>{format(value)}</strong> {t('figures.meetings.value')}
        </p>
      );
    case 'crossSector':
      return (
        <p className="figure-number">
          {t('figures.crossSector.value', { percent: figure.percent ?? 0, count: value })}
        </p>
      );
    case 'topQuestions':
      return (
        <ol className="figure-questions">
          {figure.items.map((q) => (
            <li key={q.label}>
              {q.label}
              {q.value !== null && (
                <span className="hint"> ({t('figures.topQuestions.votes', { count: q.value })})</span>
              )}
            </li>
          ))}
        </ol>
      );
    case 'polls':
      return (
        <>
          {figure.groups.map((poll) => (
            <div key={poll.label} className="figure-poll">
              <h4>{poll.label}</h4>
              <p className="hint">{t('figures.polls.voters', { count: poll.value ?? 0 })}</p>
              <ItemTable figure={poll} caption={poll.label} />
            </div>
          ))}
        </>
      );
    case 'survey':
      return (
        <ul className="figure-survey">
          {figure.items.map((item) => (
            <li key={item.label}>
              {item.label === 'averageRating'
                ? t('figures.survey.averageRating', { value: item.value === null ? '–' : format(item.value) })
                : item.percent === null
                  ? t(`figures.survey.${item.label}Hidden`)
                  : t(`figures.survey.${item.label}`, { percent: item.percent })}
            </li>
          ))}
          <li className="hint">{t('figures.survey.base', { count: value })}</li>
        </ul>
      );
  }
}

/** The block of figures on the public page, the preview and the printed report. */
export function FiguresView({ figures }: { figures: Figure[] }) {
  const { t } = useTranslation('retrospective');
  if (figures.length === 0) {
    return null;
  }
  return (
    <section className="retro-figures" aria-labelledby="retro-figures-heading">
      <h2 id="retro-figures-heading">{t('figures.heading')}</h2>
      <div className="retro-figure-grid">
        {figures.map((figure) => (
          <section key={figure.key} className="retro-figure" aria-labelledby={`figure-${figure.key}`}>
            <h3 id={`figure-${figure.key}`}>{t(`figures.${figure.key}.title`)}</h3>
            <FigureBody figure={figure} />
          </section>
        ))}
      </div>
      <p className="hint">{t('figures.privacyNote')}</p>
    </section>
  );
}
