import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '../../../contract/survey.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useSaveSurveySettings, useSurveyResults } from './api.js';
import { BarChart, type Bar } from './bar-chart.js';
import { ActionButton } from '../../components/action-button.js';

function ResultBlock({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const { t } = useTranslation('survey');
  const summary = bars.map((b) => `${b.label}: ${b.count}`).join('; ');
  return (
    <section aria-labelledby={id} className="survey-result">
      <h3 id={id}>{title}</h3>
      <div className="chart-with-table">
        <BarChart title={title} bars={bars} summary={summary} />
        <TableScroll label={title}>
          <table>
            <caption className="retro-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.answer')}</th>
                <th scope="col">{t('results.count')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.key}>
                  <th scope="row">{b.label}</th>
                  <td>{b.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}

function Settings({ eventId, results }: { eventId: string; results: SurveyResults }) {
  const { t } = useTranslation('survey');
  const save = useSaveSurveySettings(eventId);
  const [enabled, setEnabled] = useState(results.settings.isEnabled);
  const [days, setDays] = useState(String(results.settings.delayDays));
  useEffect(() => {
    setEnabled(results.settings.isEnabled);
    setDays(String(results.settings.delayDays));
  }, [results.settings]);
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ isEnabled: enabled, delayDays: Number.parseInt(days, 10) });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="survey-settings-heading">
      <h2 id="survey-settings-heading">{t('settings.heading')}</h2>
      <ErrorSummary error={save.error} />
      <CheckboxField
        name="isEnabled"
        label={t('settings.enabled')}
        checked={enabled}
        onChange={setEnabled}
        errors={errors}
      />
      <TextField
        name="delayDays"
        type="number"
        min={0}
        max={60}
        label={t('settings.delayDays')}
        hint={t('settings.delayHint')}
        value={days}
        onChange={setDays}
        errors={errors}
      />
      <ActionButton type="submit" busy={save.isPending}>
        {t('settings.save')}
      </ActionButton>
      <p role="status" aria-live="polite">
        {save.isSuccess ? t('settings.saved') : ''}
      </p>
    </form>
  );
}

function Results({ results }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation('survey');
  // "3,7" in German, "3.7" in English.
  const average = results.averageRating === null ? '–' : results.averageRating.toLocaleString(i18n.language);
  const labelled = (bars: Bar[], prefix: string) =>
    bars.map((b) => ({ ...b, label: t(`${prefix}.${b.key}`) }));
  return (
    <section aria-labelledby="survey-results-heading">
      <h2 id="survey-results-heading">{t('results.heading')}</h2>
      <p>{t('results.counts', { invited: results.invited, answered: results.answered })}</p>
      {results.suppressed ? (
        <p className="notice">{t('results.suppressed')}</p>
      ) : (
        <>
          <p>{t('results.average', { value: average })}</p>
          <ResultBlock
            id="r-rating"
            title={t('results.rating')}
            bars={results.ratings.map((b) => ({ ...b, label: t('results.stars', { count: Number(b.key) }) }))}
          />
          <ResultBlock
            id="r-met"
            title={t('results.metPartners')}
            bars={labelled(results.metPartners, 'results.yesNo')}
          />
          <ResultBlock id="r-sectors" title={t('results.partnerSectors')} bars={results.partnerSectors} />
          <ResultBlock
            id="r-return"
            title={t('results.willReturn')}
            bars={labelled(results.willReturn, 'results.return')}
          />
          <h3>{t('results.comments')}</h3>
          {results.comments.length === 0 ? (
            <p>{t('results.noComments')}</p>
          ) : (
            <ul className="survey-comments">
              {results.comments.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** /admin/events/:id/survey: when the survey goes out, and its anonymous results. */
export function SurveyResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('survey');
  const query = useSurveyResults(id);
  usePageTitle(t('results.title'));
  return (
    <div>
      <h1>{t('results.title')}</h1>
      <p>
        <Link to={`/admin/events/${id}/retrospective`}>{t('results.retrospectiveLink')}</Link>
      </p>
      <QueryState query={query}>
        {(results) => (
          <>
            <Settings eventId={id} results={results} />
            <Results results={results} />
          </>
        )}
      </QueryState>
    </div>
  );
}
