import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyRegistration } from '../../../contract/registration.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField } from '../../components/form-fields.js';
import { QueryState } from '../../components/query-state.js';
import { useRegistrationForm, useUpdateMyRegistration, type RegistrationForm } from './api.js';
import { PersonFields } from './person-fields.js';
import {
  draftFromMine,
  fieldErrorsOf,
  groupLabelsOf,
  toUpdateBody,
  withGroupLabels,
  type PersonDraft,
} from './registration-model.js';
import { ActionButton } from '../../components/action-button.js';

function EditForm({
  mine,
  token,
  choices,
}: {
  mine: MyRegistration;
  token: string;
  choices: RegistrationForm;
}) {
  const { t, i18n } = useTranslation('registration');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState<PersonDraft>(() => draftFromMine(mine));
  const [consents, setConsents] = useState(mine.consents);
  const save = useUpdateMyRegistration(token);
  const errors = fieldErrorsOf(save.error);
  const summaryError = useMemo(
    () =>
      withGroupLabels(
        save.error,
        groupLabelsOf(t('fields.topics'), choices.questions, i18n.language),
        (label, message) => tc('form.errorEntry', { label, message }),
      ),
    [save.error, choices.questions, i18n.language, t, tc],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(toUpdateBody(draft, consents));
  };
  return (
    <form className="form form-wide" onSubmit={submit} noValidate aria-labelledby="edit-heading">
      <ErrorSummary error={summaryError} />
      <p className="field-hint">{t('mine.emailFixed', { email: mine.email })}</p>
      <PersonFields
        draft={draft}
        update={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        choices={choices}
        errors={errors}
      />
      <fieldset className="group consent-group">
        <legend>{t('consents.legend')}</legend>
        <CheckboxField
          name="consents.directory"
          label={t('consents.directory')}
          hint={t('consents.directoryHint')}
          checked={consents.directory}
          onChange={(directory) => setConsents((c) => ({ ...c, directory }))}
          errors={errors}
        />
        <CheckboxField
          name="consents.photos"
          label={t('consents.photos')}
          hint={t('consents.photosHint')}
          checked={consents.photos}
          onChange={(photos) => setConsents((c) => ({ ...c, photos }))}
          errors={errors}
        />
      </fieldset>
      <div className="actions">
        <ActionButton type="submit" busy={save.isPending}>
          {t('mine.save')}
        </ActionButton>
      </div>
      <p role="status">{save.isSuccess ? t('mine.saved') : ''}</p>
    </form>
  );
}

/** "Change my details": the same fields as the registration form, without the address. */
export function MyRegistrationEdit({ mine, token }: { mine: MyRegistration; token: string }) {
  const { t } = useTranslation('registration');
  const form = useRegistrationForm(mine.event.slug);
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('mine.editHeading')}</h2>
      <QueryState query={form}>
        {(choices) => <EditForm mine={mine} token={token} choices={choices} />}
      </QueryState>
    </section>
  );
}
