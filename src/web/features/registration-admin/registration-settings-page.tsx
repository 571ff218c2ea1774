import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegistrationSettingsStored } from '../../../contract/registration-admin.js';
import { ApiError } from '../../app/api.js';
import { ActionButton } from '../../components/action-button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useEventForAdmin, useRegistrationSettings, useSaveRegistrationSettings } from './api.js';
import { QuestionsEditor, type DraftQuestion } from './questions-editor.js';

const NUMBERS = ['confirmHours', 'offerHours', 'offerExtensionHours', 'reconfirmDaysBefore'] as const;
// Fields where 0 is allowed (no extension of an offer, no "still coming?" mail).
const ZERO_ALLOWED: readonly string[] = ['offerExtensionHours', 'reconfirmDaysBefore'];

function SettingsForm({ eventId, stored }: { eventId: string; stored: RegistrationSettingsStored }) {
  const { t } = useTranslation('registration-admin');
  const save = useSaveRegistrationSettings(eventId);
  const [numbers, setNumbers] = useState(() => ({
    confirmHours: String(stored.confirmHours),
    offerHours: String(stored.offerHours),
    offerExtensionHours: String(stored.offerExtensionHours),
    reconfirmDaysBefore: String(stored.reconfirmDaysBefore),
  }));
  const [closed, setClosed] = useState(stored.closedManually);
  const [questions, setQuestions] = useState<DraftQuestion[]>(() =>
    stored.questions.map((q) => ({ ...q, draftKey: q.id })),
  );
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      confirmHours: Number(numbers.confirmHours),
      offerHours: Number(numbers.offerHours),
      offerExtensionHours: Number(numbers.offerExtensionHours),
      reconfirmDaysBefore: Number(numbers.reconfirmDaysBefore),
      closedManually: closed,
      // Options only belong to choice questions; the draft key is the page's, not the server's.
      questions: questions.map(({ draftKey: _draftKey, ...q }) => ({
        ...q,
        options: q.kind === 'single' || q.kind === 'multiple' ? q.options : [],
      })),
    });
  };
  return (
    <form className="form form-wide" onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} />
      <fieldset className="group">
        <legend>{t('settings.deadlines')}</legend>
        <div className="form-row">
          {NUMBERS.map((key) => (
            <TextField
              key={key}
              name={key}
              type="number"
              inputMode="numeric"
              min={ZERO_ALLOWED.includes(key) ? 0 : 1}
              label={t(`settings.${key}`)}
              hint={t(`settings.${key}Hint`)}
              value={numbers[key]}
              onChange={(v) => setNumbers({ ...numbers, [key]: v })}
              errors={errors}
              required
            />
          ))}
        </div>
        <CheckboxField
          name="closedManually"
          label={t('settings.closedManually')}
          hint={t('settings.closedManuallyHint')}
          checked={closed}
          onChange={setClosed}
          errors={errors}
        />
      </fieldset>
      <QuestionsEditor questions={questions} onChange={setQuestions} errors={errors} />
      <p role="status">{save.isSuccess ? t('settings.saved') : ''}</p>
      <ActionButton type="submit" busy={save.isPending}>
        {t('settings.save')}
      </ActionButton>
    </form>
  );
}

/** /admin/events/:id/registration-settings: deadlines, closing by hand and the custom questions. */
export function RegistrationSettingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('registration-admin');
  const event = useEventForAdmin(id);
  const settings = useRegistrationSettings(id);
  const title = event.data ? t('settings.title', { title: event.data.title }) : undefined;
  usePageTitle(title);
  return (
    <QueryState query={event}>
      {(ev) => (
        <>
          <p>
            <Link to={`/admin/events/${ev.id}/registrations`}>{t('settings.back')}</Link>
          </p>
          <h1>{t('settings.title', { title: ev.title })}</h1>
          <QueryState query={settings}>
            {(stored) => <SettingsForm eventId={ev.id} stored={stored} />}
          </QueryState>
        </>
      )}
    </QueryState>
  );
}
