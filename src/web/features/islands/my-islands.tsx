import { useTranslation } from 'react-i18next';
import type { IslandPublic, IslandRound, MyIslands } from '../../../contract/islands.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { formatDateTime } from '../../components/format.js';
import { formatTime } from '../program/session-details.js';
import { useMyIslandsChange, type IslandsOwner } from './api.js';
import { RankingForm } from './ranking-form.js';
import { ActionButton } from '../../components/action-button.js';

/** "Halle A, Tisch 3": the island's place (else the round's room) and table. */
export function placeText(island: Pick<IslandPublic, 'place' | 'tableLabel'>, round?: IslandRound): string {
  return [island.place || round?.room || '', island.tableLabel].filter(Boolean).join(', ');
}

/** The islands with their themes, questions, places and hosts. */
export function IslandCards({ islands }: { islands: IslandPublic[] }) {
  const { t } = useTranslation('islands');
  return (
    <ul className="island-cards">
      {islands.map((island) => (
        <li key={island.id} className="island-card">
          <h3>{t('islandName', { theme: island.theme })}</h3>
          {placeText(island) && <p className="island-place">{placeText(island)}</p>}
          {island.description && <p>{island.description}</p>}
          {island.guidingQuestions.length > 0 && (
            <>
              <p className="island-questions-title">{t('questions')}</p>
              <ul>
                {island.guidingQuestions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </>
          )}
          {island.hosts.length > 0 && (
            <p>
              {t('hostedBy', {
                names: island.hosts
                  .map((h) => [h.name, h.organization].filter(Boolean).join(', '))
                  .join('; '),
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Per round: the seat (or the waitlist), and the full islands one may wait for. */
function Placements({ mine, owner }: { mine: MyIslands; owner: IslandsOwner }) {
  const { t, i18n } = useTranslation('islands');
  const change = useMyIslandsChange(owner);
  const zone = mine.event.timeZone;
  const islandOf = (id: string) => mine.islands.find((i) => i.id === id);
  const visited = new Set(mine.placements.map((p) => p.islandId));
  const excluded = new Set(mine.preferences?.excluded ?? []);
  return (
    <section aria-labelledby="my-seats-heading">
      <h2 id="my-seats-heading">{t('mine.seatsTitle')}</h2>
      <ErrorSummary error={change.error} />
      <ul className="my-seats">
        {mine.rounds.map((round) => {
          const seat = mine.placements.find((p) => p.roundId === round.id);
          const island = seat ? islandOf(seat.islandId) : undefined;
          const time = formatTime(round.startsAt, zone, i18n.language);
          const full = mine.seats
            .filter((s) => s.roundId === round.id && s.taken >= s.capacity)
            .map((s) => islandOf(s.islandId))
            .filter((i): i is IslandPublic => Boolean(i) && !visited.has(i!.id) && !excluded.has(i!.id));
          return (
            <li key={round.id}>
              <p>
                <strong>
                  {island
                    ? t('mine.seat', {
                        round: round.number,
                        time,
                        theme: island.theme,
                        place: placeText(island, round),
                      })
                    : t('mine.noSeat', { round: round.number, time })}
                </strong>
              </p>
              {full.map((candidate) => {
                const waiting = mine.waitlist.find(
                  (w) => w.roundId === round.id && w.islandId === candidate.id,
                );
                return (
                  <p key={candidate.id}>
                    {waiting && t('mine.waiting', { theme: candidate.theme, position: waiting.position })}{' '}
                    <ActionButton
                      type="button"
                      className="secondary"
                      busy={change.isPending}
                      onClick={() =>
                        change.mutate({
                          kind: 'waitlist',
                          body: { roundId: round.id, islandId: candidate.id, join: !waiting },
                        })
                      }
                    >
                      {waiting
                        ? t('mine.leaveWaitlist', { theme: candidate.theme, round: round.number })
                        : t('mine.joinWaitlist', { theme: candidate.theme, round: round.number })}
                    </ActionButton>
                  </p>
                );
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Everything a participant does with the islands: read them, rank them, see and keep their seats. */
export function MyIslandsView({ mine, owner }: { mine: MyIslands; owner: IslandsOwner }) {
  const { t, i18n } = useTranslation('islands');
  if (mine.islands.length === 0) {
    return <p>{t('mine.noIslands')}</p>;
  }
  const published = mine.status === 'published';
  return (
    <>
      {published && <Placements mine={mine} owner={owner} />}
      <section aria-labelledby="rank-heading">
        <h2 id="rank-heading">{t('mine.rankTitle')}</h2>
        {mine.rankingDeadline && (
          <p>
            {t('mine.deadline', {
              date: formatDateTime(mine.rankingDeadline, mine.event.timeZone, i18n.language),
            })}
          </p>
        )}
        {published && <p className="field-hint">{t('mine.publishedHint')}</p>}
        {mine.canEdit ? <RankingForm mine={mine} owner={owner} /> : <p role="status">{t('mine.closed')}</p>}
      </section>
      <section aria-labelledby="islands-heading">
        <h2 id="islands-heading">{t('mine.islandsTitle')}</h2>
        <IslandCards islands={mine.islands} />
      </section>
    </>
  );
}
