import { useEffect, useId, useLayoutEffect, useState } from 'react';
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

/**
 * On the hall screen: the bars in HTML rather than SVG, so each label and count is set in the screen's
 * type (at least 32 px at 1920 px, CSS .hall-bars) whatever the number of answers; an SVG scales its
 * text down with the drawing. One image with the same text alternative as the SVG chart.
 */
function HallBars({ bars, summary }: { bars: Bar[]; summary: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <div className="hall-bars" role="img" aria-label={summary}>
      {bars.map((bar) => (
        <div key={bar.id} className="hall-bar-row">
          <span className="hall-bar-label">{bar.label}</span>
          <span className="hall-bar-track">
            <span className="hall-bar" style={{ width: `${Math.max(1, (bar.count / max) * 100)}%` }} />
          </span>
          <span className="hall-bar-value">{`${bar.count} (${bar.percent} %)`}</span>
        </div>
      ))}
    </div>
  );
}

/** The hall screen's cloud starts with this many of the most frequent words … */
const HALL_WORDS = 20;
/** … and leaves out the least frequent while the page is taller than the screen, down to this many. */
const HALL_WORDS_MIN = 5;

/**
 * How many words the hall screen shows: its type never shrinks below the floor, so rather than
 * scrolling, the cloud drops its least frequent words until the page fits the screen (measured before
 * the browser paints). Starts again with every change of the words and every resize.
 */
function useWordsThatFit(words: PollTally['words'], fit: boolean): number {
  const key = words.map((w) => `${w.count}:${w.word}`).join('\n');
  const [state, setState] = useState({ key, shown: HALL_WORDS });
  if (state.key !== key) {
    setState({ key, shown: HALL_WORDS });
  }
  useLayoutEffect(() => {
    const page = document.documentElement;
    if (fit && state.shown > HALL_WORDS_MIN && page.scrollHeight > window.innerHeight) {
      setState((s) => ({ ...s, shown: s.shown - 1 }));
    }
  }, [fit, state]);
  useEffect(() => {
    if (!fit) {
      return undefined;
    }
    const reset = () => setState((s) => ({ key: s.key, shown: HALL_WORDS }));
    window.addEventListener('resize', reset);
    return () => window.removeEventListener('resize', reset);
  }, [fit]);
  return fit ? Math.min(words.length, state.shown) : words.length;
}

/** A word cloud as a list: more frequent words larger, each with its count as text. */
function WordCloud({ tally, large }: { tally: PollTally; large: boolean }) {
  const { t } = useTranslation('live-qa');
  const shown = useWordsThatFit(tally.words, large);
  const max = Math.max(0, ...tally.words.map((w) => w.count));
  if (tally.words.length === 0) {
    return <p>{t('poll.noWords')}</p>;
  }
  const hidden = tally.words.length - shown;
  return (
    <>
      <ul className="word-cloud" aria-label={t('poll.wordCloud')}>
        {tally.words.slice(0, shown).map((w) => (
          <li key={w.word} className={`word-weight-${wordWeight(w.count, max)}`}>
            {w.word} <span className="word-count">({w.count})</span>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="word-cloud-more">{t('poll.moreWords', { count: hidden })}</p>}
    </>
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
        <WordCloud tally={tally} large={large} />
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
      {large ? <HallBars bars={bars} summary={summary} /> : <BarChart bars={bars} summary={summary} />}
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
