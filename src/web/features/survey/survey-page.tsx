import { useMemo, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SurveyForm } from '../../../contract/survey.js';
import { WILL_RETURN, type WillReturn } from '../../../contract/survey.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { CheckboxGroup, RadioGroup } from '../registration/choice-fields.js';
import { fieldErrorsOf, withGroupLabels } from '../registration/registration-model.js';
import { useAnswerSurvey } from './api.js';
import { useSurveyForm } from './api.js';
import { ActionButton } from '../../components/action-button.js';

function Form({ token, form }: { token: string; form: SurveyForm }) {
  const { t } = useTranslation('survey');
  const { t: tc } = useTranslation();
  const answer = useAnswerSurvey(token);
  const [rating, setRating] = useState('');
  const [met, setMet] = useState('');
  const [count, setCount] = useState('');
  const [sectors, setSectors] = useState<string[]>([]);
  const [again, setAgain] = useState('');
  const [comment, setComment] = useState('');
  const errors = fieldErrorsOf(answer.error);
  // The summary reads labels from inputs; the questions are groups, so their legends are written in.
  const summaryError = useMemo(
    () =>
      withGroupLabels(
        answer.error,
        {
          rating: t('form.rating'),
          metPartners: t('form.metPartners'),
          partnerSectors: t('form.partnerSectors'),
          willReturn: t('form.willReturn'),
        },
        (label, message) => tc('form.errorEntry', { label, message }),
      ),
    [answer.error, t, tc],
  );
  if (answer.isSuccess) {
    return (
      <p role="status" className="notice">
        {t('form.thanks')}
      </p>
    );
  }
  if (form.hasAnswered) {
    return <p className="notice">{t('form.alreadyAnswered')}</p>;
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    // An unanswered question is left out, so the server names it as required (never a silent "no").
    answer.mutate({
      rating: rating === '' ? undefined : Number(rating),
      metPartners: met === '' ? undefined : met === 'yes',
      partnerCount: met === 'yes' && count !== '' ? Number(count) : null,
      partnerSectors: met === 'yes' ? sectors : [],
      willReturn: again === '' ? undefined : (again as WillReturn),
      comment,
    });
  }
  return (
    <form onSubmit={submit} noValidate className="survey-form">
      <p>{t('form.anonymous')}</p>
      <ErrorSummary error={summaryError} />
      <RadioGroup
        name="rating"
        legend={t('form.rating')}
        required
        value={rating}
        onChange={setRating}
        errors={errors}
        choices={[1, 2, 3, 4, 5].map((n) => ({
          value: String(n),
          label: t('form.ratingOption', { count: n }),
        }))}
      />
      <RadioGroup
        name="metPartners"
        legend={t('form.metPartners')}
        required
        value={met}
        onChange={setMet}
        errors={errors}
        choices={[
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
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
          <CheckboxGroup
            name="partnerSectors"
            legend={t('form.partnerSectors')}
            values={sectors}
            onChange={setSectors}
            errors={errors}
            choices={form.sectors.map((s) => ({ value: s.key, label: s.label }))}
          />
        </>
      )}
      <RadioGroup
        name="willReturn"
        legend={t('form.willReturn')}
        required
        value={again}
        onChange={setAgain}
        errors={errors}
        choices={WILL_RETURN.map((k) => ({ value: k, label: t(`form.return.${k}`) }))}
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
      <ActionButton type="submit" busy={answer.isPending}>
        {t('form.submit')}
      </ActionButton>
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
