import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CompetenceList } from '../../../contract/networking.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useAdminEvent } from '../events/admin-api.js';
import { useCompetences, useSaveCompetences } from './api.js';
import { ActionButton } from '../../components/action-button.js';

type Row = CompetenceList['competences'][number];

function CompetenceForm({ eventId, initial }: { eventId: string; initial: Row[] }) {
  const { t } = useTranslation('networking');
  const [rows, setRows] = useState<Row[]>(initial);
  const [saved, setSaved] = useState(false);
  const save = useSaveCompetences(eventId);
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  const update = (i: number, row: Row) => setRows(rows.map((r, j) => (j === i ? row : r)));

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate({ competences: rows }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} />
      {saved && (
        <p role="status" className="notice-success">
          {t('admin.saved')}
        </p>
      )}
      {rows.map((row, i) => (
        <fieldset key={i} className="group competence-row">
          <legend>{t('admin.row', { n: i + 1 })}</legend>
          <TextField
            name={`competences.${i}.key`}
            label={t('admin.key')}
            required
            value={row.key}
            onChange={(key) => update(i, { ...row, key })}
            errors={errors}
          />
          <TextField
            name={`competences.${i}.label.de`}
            label={t('admin.labelDe')}
            required
            lang="de"
            value={row.label.de}
            onChange={(de) => update(i, { ...row, label: { ...row.label, de } })}
            errors={errors}
          />
          <TextField
            name={`competences.${i}.label.en`}
            label={t('admin.labelEn')}
            required
            lang="en"
            value={row.label.en}
            onChange={(en) => update(i, { ...row, label: { ...row.label, en } })}
            errors={errors}
          />
          <button
            type="button"
            className="secondary"
            aria-label={t('admin.removeLabel', { label: row.label.de || row.key || String(i + 1) })}
            onClick={() => setRows(rows.filter((_, j) => j !== i))}
          >
            {t('admin.remove')}
          </button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => setRows([...rows, { key: '', label: { de: '', en: '' } }])}
        >
          {t('admin.add')}
        </button>
        <ActionButton type="submit" busy={save.isPending}>
          {t('admin.save')}
        </ActionButton>
      </div>
    </form>
  );
}

/** /admin/events/:id/competences: the organizer edits the competence list of an event. */
export function CompetencesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networking');
  const event = useAdminEvent(id);
  const competences = useCompetences(id);
  usePageTitle(t('admin.pageTitle'));
  return (
    <div>
      <p>
        <Link to="/admin/events">{t('admin.back')}</Link>
      </p>
      <h1>
        {t('admin.pageTitle')}
        {event.data ? `: ${event.data.title}` : ''}
      </h1>
      <p>{t('admin.intro')}</p>
      <QueryState query={competences}>
        {(data) => <CompetenceForm eventId={id} initial={data.competences} />}
      </QueryState>
    </div>
  );
}
