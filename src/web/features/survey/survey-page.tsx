import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SurveyForm } from '../../../contract/survey.js';
import { WILL_RETURN, type WillReturn } from '../../../contract/survey.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useAnswerSurvey } from './api.js';
import { useSurveyForm } from './api.js';

function Choice({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: { key: string; label: string }[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <fieldset className="choice-group" id={`field-${name}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.key} className="checkbox-row">
          <input
            type="radio"
            id={`${name}-${o.key}`}
            name={name}
            value={o.key}
            checked={value === o.key}
            onChange={() => onChange(o.key)}
          />
          <label htmlFor={`${name}-${o.key}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Form({ token, form }: { token: string; form: SurveyForm }) {
  const { t } = useTranslation('survey');
  const answer = useAnswerSurvey(token);
  const [rating, setRating] = useState('');
  const [met, setMet] = useState('');
  const [count, setCount] = useState('');
  const [sectors, setSectors] = useState<string[]>([]);
  const [again, setAgain] = useState('');
  const [comment, setComment] = useState('');
  const errors = answer.error instanceof ApiError ? answer.error.fields : [];
  if (form.hasAnswered || answer.isSuccess) {
    return (
      <p role="status" className="notice">
        {t('form.thanks')}
      </p>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    answer.mutate({
      rating: rating === '' ? 0 : Number(rating),
      metPartners: met === 'yes',
      partnerCount: met === 'yes' && count !== '' ? Number(count) : null,
      partnerSectors: met === 'yes' ? sectors : [],
      willReturn: (again || 'invalid') as WillReturn,
      comment,
    });
  }
  return (
    <form onSubmit={submit} noValidate className="survey-form">
      <p>{t('form.anonymous')}</p>
      <ErrorSummary error={answer.error} />
      <Choice
        name="rating"
        legend={t('form.rating')}
        value={rating}
        onChange={setRating}
        options={[1, 2, 3, 4, 5].map((n) => ({
          key: String(n),
          label: t('form.ratingOption', { count: n }),
        }))}
      />
      <Choice
        name="metPartners"
        legend={t('form.metPartners')}
        value={met}
        onChange={setMet}
        options={[
          { key: 'yes', label: t('form.yes') },
          { key: 'no', label: t('form.no') },
        ]}
      />
      {met === 'yes' && (
        <>
          <TextField
            name="partnerCount"
            type="number"
            min={0}
            max={100}
            label={t('form.partnerCount')}
            value={count}
            onChange={setCount}
            errors={errors}
          />
          <fieldset id="field-partnerSectors">
            <legend>{t('form.partnerSectors')}</legend>
            {form.sectors.map((s) => (
              <div key={s.key} className="checkbox-row">
                <input
                  type="checkbox"
                  id={`sector-${s.key}`}
                  checked={sectors.includes(s.key)}
                  onChange={(e) =>
                    setSectors((list) =>
                      e.target.checked ? [...list, s.key] : list.filter((k) => k !== s.key),
                    )
                  }
                />
                <label htmlFor={`sector-${s.key}`}>{s.label}</label>
              </div>
            ))}
          </fieldset>
        </>
      )}
      <Choice
        name="willReturn"
        legend={t('form.willReturn')}
        value={again}
        onChange={setAgain}
        options={WILL_RETURN.map((k) => ({ key: k, label: t(`form.return.${k}`) }))}
      />
      <TextAreaField
        name="comment"
        label={t('form.comment')}
        hint={t('form.commentHint')}
        value={comment}
        onChange={setComment}
        errors={errors}
        rows={4}
      />
      <button type="submit" disabled={answer.isPending}>
        {t('form.submit')}
      </button>
    </form>
  );
}

/** /survey/:token: the short follow-up survey behind a personal link. */
export function SurveyPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('survey');
  const query = useSurveyForm(token);
  usePageTitle(t('form.title'));
  return (
    <div className="survey-page">
      <h1>{query.data ? t('form.heading', { title: query.data.eventTitle }) : t('form.title')}</h1>
      <QueryState query={query}>{(form) => <Form token={token} form={form} />}</QueryState>
    </div>
  );
}
