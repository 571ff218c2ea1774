import { useTranslation } from 'react-i18next';
import type { AdminLiveSettings } from '../../../contract/qa.js';
import { ApiError } from '../../app/api.js';
import { CheckboxField } from '../../components/form-fields.js';
import { useAdminLiveChange, useAdminLiveSettings } from './api.js';

/** The organizer's switches for a session (Q&A, pre-approval, guests), join code, moderator link and exports. */
export function LiveSettingsPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('live-qa');
  const settings = useAdminLiveSettings(sessionId, true);
  const change = useAdminLiveChange(sessionId);
  const data = settings.data;
  if (!data) {
    return null;
  }
  const save = (patch: Partial<Pick<AdminLiveSettings, 'qaEnabled' | 'preApproval' | 'guestsAllowed'>>) =>
    change.mutate({
      kind: 'settings',
      body: {
        qaEnabled: data.qaEnabled,
        preApproval: data.preApproval,
        guestsAllowed: data.guestsAllowed,
        ...patch,
      },
    });
  const link = change.data && 'url' in change.data ? change.data.url : null;
  return (
    <section aria-labelledby="settings-heading" className="live-section live-settings">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <CheckboxField
        name="qaEnabled"
        label={t('settings.qaEnabled')}
        checked={data.qaEnabled}
        onChange={(v) => save({ qaEnabled: v })}
      />
      <CheckboxField
        name="preApproval"
        label={t('settings.preApproval')}
        checked={data.preApproval}
        onChange={(v) => save({ preApproval: v })}
      />
      <CheckboxField
        name="guestsAllowed"
        label={t('settings.guestsAllowed')}
        hint={t('settings.guestsHint')}
        checked={data.guestsAllowed}
        onChange={(v) => save({ guestsAllowed: v })}
      />
      <p>
        {t('settings.joinCode')} <strong className="join-code">{data.joinCode}</strong>{' '}
        <button type="button" className="secondary" onClick={() => change.mutate({ kind: 'join-code' })}>
          {t('settings.newJoinCode')}
        </button>
      </p>
      <p>
        <button type="button" className="secondary" onClick={() => change.mutate({ kind: 'moderator-link' })}>
          {data.hasModeratorLink ? t('settings.renewModeratorLink') : t('settings.moderatorLink')}
        </button>
      </p>
      <p className="field-hint">{t('settings.moderatorLinkHint')}</p>
      {link && (
        <div className="field">
          <label htmlFor="moderator-link">{t('settings.moderatorLinkLabel')}</label>
          <input id="moderator-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {change.error instanceof ApiError && (
        <p role="alert" className="error">
          {change.error.message}
        </p>
      )}
      <ul className="live-links">
        <li>
          <a href={`/api/v1/admin/sessions/${sessionId}/questions.csv`} download>
            {t('settings.exportQuestions')}
          </a>
        </li>
        <li>
          <a href={`/api/v1/admin/sessions/${sessionId}/poll-results.csv`} download>
            {t('settings.exportPolls')}
          </a>
        </li>
      </ul>
    </section>
  );
}
