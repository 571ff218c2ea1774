import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IslandSettings } from '../../../contract/islands.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import { useIslandChange } from './api.js';
import { ActionButton } from '../../components/action-button.js';

/** The ranking deadline (in the event's zone) and the largest share of one sector at a table. */
export function SettingsForm({
  eventId,
  settings,
  zone,
}: {
  eventId: string;
  settings: IslandSettings;
  zone: string;
}) {
  const { t } = useTranslation('islands');
  const save = useIslandChange(eventId);
  const [deadline, setDeadline] = useState(settings.rankingDeadlineLocal ?? '');
  const [share, setShare] = useState(String(settings.maxSectorSharePercent));
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      kind: 'settings',
      body: { rankingDeadline: deadline || null, maxSectorSharePercent: Number(share) },
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="island-settings-heading">
      <h2 id="island-settings-heading">{t('admin.settings')}</h2>
      <ErrorSummary error={save.error} />
      <div className="form-row">
        <TextField
          name="rankingDeadline"
          type="datetime-local"
          label={t('admin.deadline')}
          hint={t('admin.deadlineHint', { zone })}
          value={deadline}
          onChange={setDeadline}
          errors={errors}
        />
        <TextField
          name="maxSectorSharePercent"
          type="number"
          inputMode="numeric"
          min={10}
          max={100}
          label={t('admin.share')}
          hint={t('admin.shareHint')}
          value={share}
          onChange={setShare}
          errors={errors}
          required
        />
      </div>
      <p role="status">{save.isSuccess ? t('admin.settingsSaved') : ''}</p>
      <ActionButton type="submit" busy={save.isPending}>
        {t('admin.saveSettings')}
      </ActionButton>
    </form>
  );
}
