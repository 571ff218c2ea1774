import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll, PollTally } from '../../../contract/polls.js';
import { pollBars, ratingAverage, wordWeight, type Bar } from './chart-math.js';

const ROW = 50;
const WIDTH = 340;
const VALUE_SPACE = 86;

/**
 * A horizontal bar chart as SVG: each answer's label on its own line above its bar (long labels keep
 * their words), the count and share after the bar. It is an image whose text alternative names every
 * bar; the same numbers stand in the table beside it, so nobody depends on the picture.
 */
function BarChart({ bars, summary }: { bars: Bar[]; summary: string }) {
  const titleId = useId();
  const barSpace = WIDTH - VALUE_SPACE;
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <svg
      className="poll-chart"
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{summary}</title>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const width = Math.max(2, Math.round((bar.count / max) * barSpace));
        return (
          <g key={bar.id} className="poll-chart-row">
            <text x={0} y={y + 16} className="poll-chart-label">
              {bar.label.length > 40 ? `${bar.label.slice(0, 39)}…` : bar.label}
            </text>
            <rect x={0} y={y + 23} width={width} height={20} rx={3} className="poll-chart-bar" />
            <text x={width + 6} y={y + 38} className="poll-chart-value">
              {`${bar.count} (${bar.percent} %)`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A word cloud as a list: more frequent words larger, each with its count as text. */
function WordCloud({ tally }: { tally: PollTally }) {
  const { t } = useTranslation('live-qa');
  const max = Math.max(0, ...tally.words.map((w) => w.count));
  if (tally.words.length === 0) {
    return <p>{t('poll.noWords')}</p>;
  }
  return (
    <ul className="word-cloud" aria-label={t('poll.wordCloud')}>
      {tally.words.map((w) => (
        <li key={w.word} className={`word-weight-${wordWeight(w.count, max)}`}>
          {w.word} <span className="word-count">({w.count})</span>
        </li>
      ))}
    </ul>
  );
}

/** A poll's results: the chart (or word cloud), the number of participants and a table of the numbers. */
export function PollResults({
  poll,
  tally,
  large = false,
  table = 'hidden',
}: {
  poll: Poll;
  tally: PollTally;
  large?: boolean;
  /** The table of numbers: shown (moderators), or for screen readers only (the chart shows the numbers too). */
  table?: 'shown' | 'hidden';
}) {
  const { t, i18n } = useTranslation('live-qa');
  const voters = <p className="poll-voters">{t('poll.voters', { count: tally.voters })}</p>;
  if (poll.kind === 'words') {
    return (
      <div className={large ? 'poll-results poll-results-large' : 'poll-results'}>
        <WordCloud tally={tally} />
        {voters}
      </div>
    );
  }
  const bars = pollBars(poll, tally);
  const summary = t('poll.chartSummary', {
    question: poll.question,
    bars: bars
      .map((b) => t('poll.barText', { label: b.label, count: b.count, percent: b.percent }))
      .join('; '),
  });
  const average = poll.kind === 'rating' ? ratingAverage(bars) : null;
  return (
    <div className={large ? 'poll-results poll-results-large' : 'poll-results'}>
      <BarChart bars={bars} summary={summary} />
      {average !== null && (
        <p className="poll-average">{t('poll.average', { value: average.toLocaleString(i18n.language) })}</p>
      )}
      {voters}
      {/* A hidden table sits in a hidden box: a table grows to its content, whatever its own width. */}
      <div className={table === 'shown' ? undefined : 'live-visually-hidden'}>
        <table className="poll-table">
          <caption>{t('poll.tableCaption', { question: poll.question })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('poll.answer')}</th>
              <th scope="col">{t('poll.votes')}</th>
              <th scope="col">{t('poll.share')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.id}>
                <th scope="row">{bar.label}</th>
                <td>{bar.count}</td>
                <td>{`${bar.percent} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
