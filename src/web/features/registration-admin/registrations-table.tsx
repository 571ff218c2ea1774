import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import type { RegistrationAdmin } from '../../../contract/registration.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { formatDateTime } from '../../components/format.js';
import type { SeatAction } from './api.js';

export const SORTABLE = ['name', 'organization', 'status', 'requestedAt'] as const;
type SortKey = (typeof SORTABLE)[number];

/** The label of a sector key in the page's language, or the key if the event no longer lists it. */
export function sectorLabel(event: EventAdmin, key: string, language: string): string {
  const sector = event.sectorDefinitions.find((s) => s.key === key);
  return sector ? (language === 'en' ? sector.label.en : sector.label.de) : key;
}

/** "Warteliste (Platz 3)" or the plain status name. */
export function useStatusText() {
  const { t } = useTranslation('registration-admin');
  return (reg: Pick<RegistrationAdmin, 'status' | 'waitlistPosition' | 'isGuest'>) => {
    const text =
      reg.status === 'waitlisted' && reg.waitlistPosition !== null
        ? t('status.waitlistedAt', { position: reg.waitlistPosition })
        : t(`status.${reg.status}`);
    return reg.isGuest ? t('status.guest', { status: text }) : text;
  };
}

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: SortKey;
  sort: string;
  onSort: (s: SortKey) => void;
}) {
  const { t } = useTranslation('registration-admin');
  const active = sort === column;
  return (
    <th scope="col" aria-sort={active ? 'ascending' : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {t(`table.${column}`)}
        <span aria-hidden="true">{active ? ' ▲' : ' ↕'}</span>
      </button>
    </th>
  );
}

function RowActions({
  reg,
  run,
  busy,
  seatsFree,
}: {
  reg: RegistrationAdmin;
  run: (id: string, action: SeatAction) => void;
  busy: boolean;
  seatsFree: number | null;
}) {
  const { t } = useTranslation('registration-admin');
  const name = `${reg.firstName} ${reg.lastName}`;
  const ended = reg.status === 'cancelled' || reg.status === 'expired';
  // A seat can only be offered when one is free; otherwise say so instead of offering a failing action.
  const waiting = reg.status === 'waitlisted';
  const canOffer = waiting && seatsFree !== 0;
  const actions: SeatAction[] = ended
    ? []
    : canOffer
      ? ['promote', 'resend', 'cancel']
      : ['resend', 'cancel'];
  return (
    <div className="actions">
      {waiting && !canOffer && <span className="field-hint">{t('actions.noSeatFree')}</span>}
      {actions.map((action) => (
        <ConfirmAction
          key={action}
          label={t(`actions.${action}`)}
          ariaLabel={t(`actions.${action}Label`, { name })}
          question={t(`actions.${action}Question`, { name })}
          confirmLabel={t(`actions.${action}Confirm`)}
          disabled={busy}
          onConfirm={() => run(reg.id, action)}
        />
      ))}
    </div>
  );
}

/** The registrations of one page: sortable by column, each with a link to its detail and seat actions. */
export function RegistrationsTable({
  event,
  rows,
  sort,
  onSort,
  run,
  busy,
  seatsFree,
}: {
  event: EventAdmin;
  rows: RegistrationAdmin[];
  sort: string;
  onSort: (s: SortKey) => void;
  run: (id: string, action: SeatAction) => void;
  busy: boolean;
  /** Free public seats now (live counters), or null while unknown. */
  seatsFree: number | null;
}) {
  const { t, i18n } = useTranslation('registration-admin');
  const statusText = useStatusText();
  return (
    <div className="table-scroll">
      <table className="registrations-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <SortHeader column="name" sort={sort} onSort={onSort} />
            <SortHeader column="organization" sort={sort} onSort={onSort} />
            <th scope="col">{t('table.sector')}</th>
            <SortHeader column="status" sort={sort} onSort={onSort} />
            <SortHeader column="requestedAt" sort={sort} onSort={onSort} />
            <th scope="col">{t('table.checkedIn')}</th>
            <th scope="col">{t('table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((reg) => (
            <tr key={reg.id}>
              <th scope="row">
                <Link to={`/admin/registrations/${reg.id}`}>
                  {reg.lastName}, {reg.firstName}
                </Link>
              </th>
              <td>{reg.organization}</td>
              <td>{sectorLabel(event, reg.sector, i18n.language)}</td>
              <td>{statusText(reg)}</td>
              <td>
                <time dateTime={reg.requestedAt}>
                  {formatDateTime(reg.requestedAt, event.timeZone, i18n.language)}
                </time>
              </td>
              <td>
                {reg.checkedInAt
                  ? formatDateTime(reg.checkedInAt, event.timeZone, i18n.language)
                  : t('table.notCheckedIn')}
              </td>
              <td>
                <RowActions reg={reg} run={run} busy={busy} seatsFree={seatsFree} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
