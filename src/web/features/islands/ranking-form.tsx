import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyIslands } from '../../../contract/islands.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId } from '../../components/form-fields.js';
import { useMyIslandsChange, type IslandsOwner } from './api.js';
import { ActionButton } from '../../components/action-button.js';

/** '' = no preference, '1'..'n' = rank, 'x' = not wanted. */
type Choice = string;

function initialChoices(mine: MyIslands): Record<string, Choice> {
  const choices: Record<string, Choice> = {};
  for (const island of mine.islands) {
    const rank = mine.preferences?.ranking.indexOf(island.id) ?? -1;
    const excluded = mine.preferences?.excluded.includes(island.id) ?? false;
    choices[island.id] = rank >= 0 ? String(rank + 1) : excluded ? 'x' : '';
  }
  return choices;
}

/**
 * Choosing a rank another island already holds swaps the two, so a rank is never given twice and no
 * separate "reorder" step is needed (works the same with keyboard and screen readers).
 */
function choose(choices: Record<string, Choice>, islandId: string, value: Choice): Record<string, Choice> {
  const next = { ...choices, [islandId]: value };
  if (/^\d+$/.test(value)) {
    const holder = Object.keys(choices).find((id) => id !== islandId && choices[id] === value);
    if (holder) {
      next[holder] = choices[islandId] ?? '';
    }
  }
  return next;
}

function toPreferences(choices: Record<string, Choice>) {
  const ranking = Object.entries(choices)
    .filter(([, v]) => /^\d+$/.test(v))
    .sort(([, a], [, b]) => Number(a) - Number(b))
    .map(([id]) => id);
  const excluded = Object.entries(choices)
    .filter(([, v]) => v === 'x')
    .map(([id]) => id);
  return { ranking, excluded };
}

/** The participant's ranking: one choice per island (rank, no preference, not wanted). */
export function RankingForm({ mine, owner }: { mine: MyIslands; owner: IslandsOwner }) {
  const { t } = useTranslation('islands');
  const save = useMyIslandsChange(owner);
  const [choices, setChoices] = useState(() => initialChoices(mine));
  const [saved, setSaved] = useState(false);
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate({ kind: 'preferences', body: toPreferences(choices) }, { onSuccess: () => setSaved(true) });
  };
  const ranks = mine.islands.map((_, index) => String(index + 1));
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} />
      <fieldset id={fieldId('ranking')} tabIndex={-1} className="group ranking">
        <legend>{t('rank.legend')}</legend>
        <p className="field-hint">{t('rank.hint', { rounds: mine.rounds.length })}</p>
        {mine.islands.map((island) => {
          const id = `rank-${island.id}`;
          return (
            <div className="field ranking-row" key={island.id}>
              <label htmlFor={id}>{island.theme}</label>
              <select
                id={id}
                value={choices[island.id] ?? ''}
                onChange={(e) => {
                  setSaved(false);
                  setChoices(choose(choices, island.id, e.target.value));
                }}
              >
                <option value="">{t('rank.none')}</option>
                {ranks.map((r) => (
                  <option key={r} value={r}>
                    {t('rank.choice', { rank: r })}
                  </option>
                ))}
                <option value="x">{t('rank.exclude')}</option>
              </select>
            </div>
          );
        })}
        {errors.length > 0 && (
          <ul className="field-error">
            {errors.map((f) => (
              <li key={`${f.field}-${f.code}`}>{f.message}</li>
            ))}
          </ul>
        )}
      </fieldset>
      <p role="status">{saved ? t('rank.saved') : ''}</p>
      <ActionButton type="submit" busy={save.isPending}>
        {t('rank.save')}
      </ActionButton>
    </form>
  );
}
