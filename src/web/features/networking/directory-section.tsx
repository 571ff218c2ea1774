import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DirectoryEntry, NetworkingContext } from '../../../contract/networking.js';
import { QueryState } from '../../components/query-state.js';
import { fetchDirectoryPage, useDirectory, type DirectoryFilters } from './api.js';
import { RequestMeetingLink } from '../meetings/request-meeting-link.js';
import { PersonCard, type Labels } from './person-card.js';

const FILTER_KEYS = ['q', 'sector', 'tag', 'topic'] as const;

function readFilters(params: URLSearchParams): DirectoryFilters {
  return {
    q: params.get('q') ?? '',
    sector: params.get('sector') ?? '',
    tag: params.get('tag') ?? '',
    topic: params.get('topic') ?? '',
  };
}

function FilterSelect({
  name,
  label,
  value,
  onChange,
  choices,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: { key: string; label: string }[];
}) {
  const { t } = useTranslation('networking');
  return (
    <div className="field">
      <label htmlFor={`directory-${name}`}>{label}</label>
      <select id={`directory-${name}`} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('directory.all')}</option>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The participant directory: a search that understands German and English word forms, filters by
 * sector, competence and topic (kept in the address, so a search can be bookmarked and shared), and
 * cards that say why a person may matter.
 */
export function DirectorySection({ context, labels }: { context: NetworkingContext; labels: Labels }) {
  const { t } = useTranslation('networking');
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const [draft, setDraft] = useState<DirectoryFilters>(applied);
  // Entries of the pages after the first, fetched on "Show more" and dropped when the filters change.
  const [extra, setExtra] = useState<DirectoryEntry[]>([]);
  const appliedKey = params.toString();
  useEffect(() => {
    setDraft(readFilters(new URLSearchParams(appliedKey)));
    setExtra([]);
  }, [appliedKey]);
  const directory = useDirectory(context.slug, applied, context.canView);
  const myId = context.profile?.personId;

  async function showMore(offset: number) {
    const page = await fetchDirectoryPage(context.slug, applied, offset);
    setExtra((before) => [...before, ...page.entries]);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      if (draft[key]) {
        next.set(key, draft[key]);
      }
    }
    setParams(next, { replace: true });
  }

  const set = (key: keyof DirectoryFilters) => (value: string) => setDraft({ ...draft, [key]: value });
  return (
    <section aria-labelledby="directory-heading">
      <h2 id="directory-heading">{t('directory.heading')}</h2>
      <form role="search" className="directory-filters" onSubmit={submit} aria-label={t('directory.heading')}>
        <div className="field">
          <label htmlFor="directory-q">{t('directory.search')}</label>
          <p id="directory-q-hint" className="field-hint">
            {t('directory.searchHint')}
          </p>
          <input
            id="directory-q"
            type="search"
            name="q"
            value={draft.q}
            aria-describedby="directory-q-hint"
            onChange={(e) => set('q')(e.target.value)}
          />
        </div>
        <FilterSelect
          name="sector"
          label={t('directory.sector')}
          value={draft.sector}
          onChange={set('sector')}
          choices={context.sectors}
        />
        <FilterSelect
          name="tag"
          label={t('directory.tag')}
          value={draft.tag}
          onChange={set('tag')}
          choices={context.competences}
        />
        <FilterSelect
          name="topic"
          label={t('directory.topic')}
          value={draft.topic}
          onChange={set('topic')}
          choices={context.topics.map((topic) => ({ key: topic, label: topic }))}
        />
        <div className="form-actions">
          <button type="submit">{t('directory.submit')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => setParams(new URLSearchParams(), { replace: true })}
          >
            {t('directory.reset')}
          </button>
        </div>
      </form>
      <QueryState query={directory}>
        {(page) => {
          const entries = [...page.entries, ...extra];
          return (
            <>
              <p role="status" aria-live="polite">
                {page.total === 0 ? t('directory.none') : t('directory.count', { count: page.total })}
              </p>
              {entries.length > 0 && (
                <ul className="person-list" aria-label={t('directory.resultsLabel')}>
                  {entries.map((entry) => (
                    <li key={entry.card.personId}>
                      <PersonCard
                        card={entry.card}
                        reason={entry.reason}
                        blocked={entry.blocked}
                        isSelf={entry.card.personId === myId}
                        labels={labels}
                        actions={
                          entry.card.personId === myId || entry.blocked ? undefined : (
                            <RequestMeetingLink
                              slug={context.slug}
                              personId={entry.card.personId}
                              name={`${entry.card.firstName} ${entry.card.lastName}`}
                            />
                          )
                        }
                      />
                    </li>
                  ))}
                </ul>
              )}
              {entries.length < page.total && (
                <button type="button" className="secondary" onClick={() => void showMore(entries.length)}>
                  {t('directory.more')}
                </button>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
