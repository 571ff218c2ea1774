import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import { REGISTRATION_LIMITS, SALUTATIONS } from '../../../contract/registration-values.js';
import { TextField } from '../../components/form-fields.js';
import type { RegistrationForm } from './api.js';
import { CheckboxGroup, SelectField } from './choice-fields.js';
import { QuestionFields } from './question-fields.js';
import type { PersonDraft } from './registration-model.js';

type TextKey = 'academicTitle' | 'firstName' | 'lastName' | 'organization' | 'position' | 'phone';

/**
 * The details a person gives and may change later: name, organization, sector, topics and the
 * organizer's questions. Used by the registration form and by "My registration".
 */
export function PersonFields({
  draft,
  update,
  choices,
  errors,
  emailField,
}: {
  draft: PersonDraft;
  update: (patch: Partial<PersonDraft>) => void;
  choices: Pick<RegistrationForm, 'sectors' | 'topics' | 'questions'>;
  errors: readonly FieldError[];
  /** The address field of a new registration, placed after the name. */
  emailField?: ReactNode;
}) {
  const { t } = useTranslation('registration');
  const L = REGISTRATION_LIMITS;
  const text = (name: TextKey, maxLength: number, required = false, type = 'text') => (
    <TextField
      name={name}
      label={t(`fields.${name}`)}
      type={type}
      required={required}
      maxLength={maxLength}
      value={draft[name]}
      onChange={(value) => update({ [name]: value })}
      errors={errors}
      autoComplete={AUTOCOMPLETE[name]}
    />
  );
  return (
    <>
      <fieldset className="group">
        <legend>{t('fields.personLegend')}</legend>
        <div className="form-row">
          <SelectField
            name="salutation"
            label={t('fields.salutation')}
            value={draft.salutation}
            onChange={(value) => update({ salutation: SALUTATIONS.find((s) => s === value) ?? '' })}
            choices={SALUTATIONS.map((s) => ({ value: s, label: t(`salutation.${s || 'none'}`) }))}
            errors={errors}
          />
          {text('academicTitle', 40)}
        </div>
        <div className="form-row">
          {text('firstName', L.nameMax, true)}
          {text('lastName', L.nameMax, true)}
        </div>
        {emailField}
        <div className="form-row">
          {text('organization', L.organizationMax, true)}
          {text('position', L.positionMax)}
        </div>
        <div className="form-row">
          <SelectField
            name="sector"
            label={t('fields.sector')}
            required
            placeholder={t('fields.sectorPlaceholder')}
            value={draft.sector}
            onChange={(sector) => update({ sector })}
            choices={choices.sectors.map((s) => ({ value: s.key, label: s.label }))}
            errors={errors}
          />
          {text('phone', L.phoneMax, false, 'tel')}
        </div>
      </fieldset>
      {choices.topics.length > 0 && (
        <CheckboxGroup
          name="topics"
          legend={t('fields.topics')}
          hint={t('fields.topicsHint')}
          choices={choices.topics.map((topic) => ({ value: topic, label: topic }))}
          values={draft.topics}
          onChange={(topics) => update({ topics })}
          errors={errors}
        />
      )}
      <QuestionFields
        questions={choices.questions}
        answers={draft.answers}
        onChange={(answers) => update({ answers })}
        errors={errors}
      />
    </>
  );
}

// Lets browsers fill in the form (WCAG 1.3.5, identify input purpose).
const AUTOCOMPLETE: Record<TextKey, string> = {
  academicTitle: 'honorific-prefix',
  firstName: 'given-name',
  lastName: 'family-name',
  organization: 'organization',
  position: 'organization-title',
  phone: 'tel',
};
