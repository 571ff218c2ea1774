import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IslandAdmin } from '../../../contract/islands.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { useForm } from '../../components/use-form.js';
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
  const form = useForm(
    {
      theme: island?.theme ?? '',
      description: island?.description ?? '',
      guidingQuestions: island?.guidingQuestions.join('\n') ?? '',
      place: island?.place ?? '',
      tableLabel: island?.tableLabel ?? '',
      capacity: String(island?.capacity ?? 12),
    },
    save.error,
  );
  // The form opens below the list of islands, far from the "Edit" button: bring it into view and move
  // the focus to its heading, so keyboard and screen reader users are where the form is.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const submit = form.onSubmit((fields) => {
    const body = {
      ...fields,
      guidingQuestions: fields.guidingQuestions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
      capacity: Number(fields.capacity),
    };
    save.mutate({ kind: 'island', id: island?.id ?? null, body }, { onSuccess: () => onDone(fields.theme) });
  });
  const heading = island ? t('admin.editIsland', { theme: island.theme }) : t('admin.newIsland');
  return (
    <form className="form editor-form" onSubmit={submit} noValidate aria-label={heading}>
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {form.summary}
      <TextField {...form.field('theme')} label={t('admin.theme')} required />
      <TextAreaField {...form.field('description')} label={t('admin.description')} rows={3} />
      <TextAreaField
        {...form.field('guidingQuestions')}
        label={t('admin.questions')}
        hint={t('admin.questionsHint')}
        nested
        rows={3}
      />
      <div className="form-row">
        <TextField {...form.field('place')} label={t('admin.place')} />
        <TextField {...form.field('tableLabel')} label={t('admin.table')} />
        <TextField
          {...form.field('capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          label={t('admin.capacity')}
          hint={t('admin.capacityHint')}
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
