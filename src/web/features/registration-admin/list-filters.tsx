import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import { REGISTRATION_STATUSES } from '../../../contract/registration.js';
import type { ListFilters } from './api.js';
import { sectorLabel } from './registrations-table.js';

/** Search box (applied on submit) and filters (applied at once) of the registrations list. */
export function ListFiltersForm({
  event,
  filters,
  onChange,
}: {
  event: EventAdmin;
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
}) {
  const { t, i18n } = useTranslation('registration-admin');
  const [text, setText] = useState(filters.q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...filters, q: text.trim() });
  };
  return (
    <form role="search" aria-label={t('filters.label')} className="list-filters" onSubmit={submit}>
      <div className="field">
        <label htmlFor="reg-search">{t('filters.search')}</label>
        <div className="search-row">
          <input id="reg-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{t('filters.searchButton')}</button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="reg-status">{t('filters.status')}</label>
        <select
          id="reg-status"
          value={filters.status}
          onChange={(e) => onChange({ ...filters, status: e.target.value })}
        >
          <option value="">{t('filters.all')}</option>
          {REGISTRATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reg-sector">{t('filters.sector')}</label>
        <select
          id="reg-sector"
          value={filters.sector}
          onChange={(e) => onChange({ ...filters, sector: e.target.value })}
        >
          <option value="">{t('filters.all')}</option>
          {event.sectorDefinitions.map((s) => (
            <option key={s.key} value={s.key}>
              {sectorLabel(event, s.key, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reg-checked-in">{t('filters.checkedIn')}</label>
        <select
          id="reg-checked-in"
          value={filters.checkedIn}
          onChange={(e) => onChange({ ...filters, checkedIn: e.target.value })}
        >
          <option value="">{t('filters.all')}</option>
          <option value="yes">{t('filters.checkedInYes')}</option>
          <option value="no">{t('filters.checkedInNo')}</option>
        </select>
      </div>
    </form>
  );
}
