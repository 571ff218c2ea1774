import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IslandAdmin } from '../../../contract/islands.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { useIslandChange } from './api.js';
import { ActionButton } from '../../components/action-button.js';

/** Adds an island or changes one: theme, description, guiding questions (one per line), place, seats. */
export function IslandForm({
  eventId,
  island,
  onDone,
}: {
  eventId: string;
  island: IslandAdmin | null;
  onDone: (theme: string) => void;
}) {
  const { t } = useTranslation('islands');
  const save = useIslandChange(eventId);
  const [fields, setFields] = useState({
    theme: island?.theme ?? '',
    description: island?.description ?? '',
    questions: island?.guidingQuestions.join('\n') ?? '',
    place: island?.place ?? '',
    tableLabel: island?.tableLabel ?? '',
    capacity: String(island?.capacity ?? 12),
  });
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  // The form opens below the list of islands, far from the "Edit" button: bring it into view and move
  // the focus to its heading, so keyboard and screen reader users are where the form is.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const set = (key: keyof typeof fields) => (value: string) => setFields({ ...fields, [key]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      theme: fields.theme,
      description: fields.description,
      guidingQuestions: fields.questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
      place: fields.place,
      tableLabel: fields.tableLabel,
      capacity: Number(fields.capacity),
    };
    save.mutate({ kind: 'island', id: island?.id ?? null, body }, { onSuccess: () => onDone(fields.theme) });
  };
  const heading = island ? t('admin.editIsland', { theme: island.theme }) : t('admin.newIsland');
  return (
    <form className="form editor-form" onSubmit={submit} noValidate aria-label={heading}>
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <ErrorSummary error={save.error} />
      <TextField
        name="theme"
        label={t('admin.theme')}
        value={fields.theme}
        onChange={set('theme')}
        errors={errors}
        required
      />
      <TextAreaField
        name="description"
        label={t('admin.description')}
        value={fields.description}
        onChange={set('description')}
        errors={errors}
        rows={3}
      />
      <TextAreaField
        name="guidingQuestions"
        label={t('admin.questions')}
        hint={t('admin.questionsHint')}
        value={fields.questions}
        onChange={set('questions')}
        errors={errors}
        nested
        rows={3}
      />
      <div className="form-row">
        <TextField
          name="place"
          label={t('admin.place')}
          value={fields.place}
          onChange={set('place')}
          errors={errors}
        />
        <TextField
          name="tableLabel"
          label={t('admin.table')}
          value={fields.tableLabel}
          onChange={set('tableLabel')}
          errors={errors}
        />
        <TextField
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          label={t('admin.capacity')}
          hint={t('admin.capacityHint')}
          value={fields.capacity}
          onChange={set('capacity')}
          errors={errors}
          required
        />
      </div>
      <div className="actions">
        <ActionButton type="submit" busy={save.isPending}>
          {t('admin.save')}
        </ActionButton>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          {t('common:form.cancel')}
        </button>
      </div>
    </form>
  );
}
