import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinSearchHit } from '../../../contract/checkin.js';
import { apiFetch, ApiError } from '../../app/api.js';
import { StatusText, useStatusMessage } from '../../components/announcer.js';
import { deskStorage, searchLocally } from './offline-checkin.js';

/** Finds people by name on the server, or in the device's list when the network is away. */
async function findPeople(
  eventId: string,
  text: string,
  labelOf: (s: string) => string,
): Promise<CheckinSearchHit[]> {
  const local = () =>
    searchLocally(deskStorage.attendees(eventId), text).map((a) => ({
      ...a,
      sectorLabel: labelOf(a.sector),
    }));
  if (!navigator.onLine) {
    return local();
  }
  try {
    const params = new URLSearchParams({ q: text });
    const answer = await apiFetch<{ people: CheckinSearchHit[] }>(
      `/api/v1/admin/events/${eventId}/checkin-search?${params.toString()}`,
    );
    return answer.people;
  } catch (error) {
    if (error instanceof ApiError) {
      throw error;
    }
    return local();
  }
}

/** Check-in without a QR code: search by name, then "Check in" on the right person. */
export function CheckinSearch({
  eventId,
  labelOf,
  onCheckIn,
}: {
  eventId: string;
  labelOf: (sector: string) => string;
  onCheckIn: (registrationId: string) => void;
}) {
  const { t } = useTranslation('checkin');
  const [text, setText] = useState('');
  const [hits, setHits] = useState<CheckinSearchHit[] | null>(null);
  const [error, setError] = useState('');
  const [found, sayFound] = useStatusMessage();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 2) {
      setError(t('search.tooShort'));
      return;
    }
    setError('');
    try {
      const people = await findPeople(eventId, text.trim(), labelOf);
      setHits(people);
      sayFound(t('search.found', { count: people.length }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('search.failed'));
    }
  };
  return (
    <section aria-labelledby="search-heading" className="checkin-search">
      <h2 id="search-heading">{t('search.title')}</h2>
      <form role="search" aria-label={t('search.title')} onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="checkin-q">{t('search.label')}</label>
          <div className="search-row">
            <input
              id="checkin-q"
              type="search"
              value={text}
              autoComplete="off"
              aria-describedby={error ? 'checkin-q-error' : undefined}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit">{t('search.submit')}</button>
          </div>
          {error && (
            <p id="checkin-q-error" className="field-error">
              {error}
            </p>
          )}
        </div>
      </form>
      <StatusText message={found} />
      {hits && hits.length > 0 && (
        <ul className="checkin-hits">
          {hits.map((hit) => {
            const name = `${hit.firstName} ${hit.lastName}`;
            return (
              <li key={hit.registrationId}>
                <span>
                  <strong>{name}</strong>, {hit.organization} · {hit.sectorLabel}
                  {hit.checkedInAt && <> · {t('search.alreadyIn')}</>}
                </span>
                <button
                  type="button"
                  aria-label={t('search.checkInLabel', { name })}
                  onClick={() => onCheckIn(hit.registrationId)}
                >
                  {t('search.checkIn')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
