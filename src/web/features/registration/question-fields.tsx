import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import type { RegistrationQuestion } from '../../../contract/registration.js';
import { CheckboxField, TextField } from '../../components/form-fields.js';
import { CheckboxGroup, LabelText, RadioGroup } from './choice-fields.js';
import type { AnswerValue } from './registration-model.js';

function localized(label: { de: string; en: string }, language: string): string {
  return language === 'en' ? label.en : label.de;
}

/** One organizer question as the input its kind asks for. */
function QuestionField({
  question,
  value,
  onChange,
  errors,
}: {
  question: RegistrationQuestion;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  errors: readonly FieldError[];
}) {
  const { i18n } = useTranslation();
  const name = `answers.${question.id}`;
  const label = localized(question.label, i18n.language);
  const choices = question.options.map((o) => ({ value: o.key, label: localized(o.label, i18n.language) }));
  const required = question.required;
  switch (question.kind) {
    case 'text':
      return (
        <TextField
          name={name}
          label={label}
          required={required}
          maxLength={500}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          errors={errors}
        />
      );
    case 'single':
      return (
        <RadioGroup
          name={name}
          legend={label}
          required={required}
          choices={choices}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          errors={errors}
        />
      );
    case 'multiple':
      return (
        <CheckboxGroup
          name={name}
          legend={label}
          required={required}
          choices={choices}
          values={Array.isArray(value) ? value : []}
          onChange={onChange}
          errors={errors}
        />
      );
    case 'checkbox':
      return (
        <CheckboxField
          name={name}
          label={<LabelText label={label} required={required} />}
          required={required}
          checked={value === true}
          onChange={onChange}
          errors={errors}
        />
      );
  }
}

/** The organizer's own questions of an event, in a group of their own (nothing when there are none). */
export function QuestionFields({
  questions,
  answers,
  onChange,
  errors,
}: {
  questions: RegistrationQuestion[];
  answers: Record<string, AnswerValue>;
  onChange: (answers: Record<string, AnswerValue>) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('registration');
  if (questions.length === 0) {
    return null;
  }
  return (
    <fieldset className="group">
      <legend>{t('fields.questions')}</legend>
      {questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={answers[q.id]}
          onChange={(value) => onChange({ ...answers, [q.id]: value })}
          errors={errors}
        />
      ))}
    </fieldset>
  );
}
