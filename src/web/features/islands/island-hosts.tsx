import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostCandidate, IslandAdmin } from '../../../contract/islands.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import { useHostLink, useIslandChange } from './api.js';
import { ActionButton } from '../../components/action-button.js';

/** Adds a host: a registrant chosen from the list, or someone given by name and address. */
function AddHostForm({
  eventId,
  island,
  people,
}: {
  eventId: string;
  island: IslandAdmin;
  people: HostCandidate[];
}) {
  const { t } = useTranslation('islands');
  const save = useIslandChange(eventId);
  const [personId, setPersonId] = useState('');
  const [fields, setFields] = useState({ name: '', email: '', organization: '' });
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = personId ? { personId } : fields;
    save.mutate(
      { kind: 'host', islandId: island.id, body },
      {
        onSuccess: () => {
          setPersonId('');
          setFields({ name: '', email: '', organization: '' });
        },
      },
    );
  };
  const selectId = `host-person-${island.id}`;
  return (
    <form
      className="form host-form"
      onSubmit={submit}
      noValidate
      aria-label={t('admin.addHostFor', { theme: island.theme })}
    >
      <ErrorSummary error={save.error} />
      <div className="field">
        <label htmlFor={selectId}>{t('admin.hostFromPeople')}</label>
        <select id={selectId} value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">{t('admin.hostByName')}</option>
          {people.map((p) => (
            <option key={p.personId} value={p.personId}>
              {[p.name, p.organization].filter(Boolean).join(', ')}
            </option>
          ))}
        </select>
      </div>
      {!personId && (
        <div className="form-row">
          {(['name', 'email', 'organization'] as const).map((key) => (
            <TextField
              key={key}
              name={key}
              type={key === 'email' ? 'email' : 'text'}
              label={t(`admin.host.${key}`)}
              value={fields[key]}
              onChange={(v) => setFields({ ...fields, [key]: v })}
              errors={errors}
              required={key !== 'organization'}
            />
          ))}
        </div>
      )}
      <ActionButton type="submit" className="secondary" busy={save.isPending}>
        {t('admin.addHost')}
      </ActionButton>
    </form>
  );
}

/** The hosts of one island: their personal link (shown once), removal, and adding more. */
export function IslandHosts({
  eventId,
  island,
  people,
}: {
  eventId: string;
  island: IslandAdmin;
  people: HostCandidate[];
}) {
  const { t } = useTranslation('islands');
  const remove = useIslandChange(eventId);
  const link = useHostLink(eventId);
  const [issued, setIssued] = useState<{ hostId: string; url: string } | null>(null);
  return (
    <div className="island-hosts">
      <h4>{t('admin.hosts')}</h4>
      <ErrorSummary error={remove.error ?? link.error} />
      {island.hosts.length === 0 && <p>{t('admin.noHosts')}</p>}
      <ul>
        {island.hosts.map((host) => (
          <li key={host.id}>
            {[host.name, host.organization, host.email].filter(Boolean).join(', ')}{' '}
            <ActionButton
              type="button"
              className="secondary"
              busy={link.isPending}
              onClick={() =>
                link.mutate(host.id, { onSuccess: (data) => setIssued({ hostId: host.id, url: data.url }) })
              }
            >
              {host.hasLink
                ? t('admin.renewLink', { name: host.name })
                : t('admin.createLink', { name: host.name })}
            </ActionButton>{' '}
            <ActionButton
              type="button"
              className="danger"
              busy={remove.isPending}
              onClick={() => remove.mutate({ kind: 'delete-host', id: host.id })}
            >
              {t('admin.removeHost', { name: host.name })}
            </ActionButton>
            {issued?.hostId === host.id && (
              <div className="field">
                <label htmlFor={`host-link-${host.id}`}>{t('admin.linkLabel', { name: host.name })}</label>
                <input
                  id={`host-link-${host.id}`}
                  type="text"
                  readOnly
                  value={issued.url}
                  onFocus={(e) => e.target.select()}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <AddHostForm eventId={eventId} island={island} people={people} />
    </div>
  );
}
