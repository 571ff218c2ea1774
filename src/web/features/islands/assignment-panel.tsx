import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentView } from '../../../contract/islands.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { ActionButton } from '../../components/action-button.js';
import { keepFocusFor } from '../../components/page-action.js';
import { fieldId } from '../../components/form-fields.js';
import { useAssignment, useAssignmentChange, type AssignmentAction } from './api.js';
import { PublishStep } from './publish-step.js';
import { QualityReport } from './quality-report.js';

const ACTIONS: Record<AssignmentView['settings']['status'], AssignmentAction[]> = {
  none: ['run'],
  draft: ['run', 'lock', 'publish'],
  locked: ['unlock', 'publish'],
  published: ['sync'],
};

/** One person, one round, another island (or no seat): the hard rules are checked by the server. */
function MoveForm({ eventId, view }: { eventId: string; view: AssignmentView }) {
  const { t } = useTranslation('islands');
  const move = useAssignmentChange(eventId);
  const [values, setValues] = useState({ personId: '', roundId: view.rounds[0]?.id ?? '', islandId: '' });
  const errors = move.error instanceof ApiError ? move.error.fields : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    move.mutate({ action: 'move', body: { ...values, islandId: values.islandId || null } });
  };
  const select = (key: keyof typeof values, label: string, options: { value: string; label: string }[]) => {
    const messages = errors.filter((f) => f.field === key).map((f) => f.message);
    return (
      <div className="field">
        <label htmlFor={fieldId(key)}>{label}</label>
        {messages.length > 0 && (
          <p id={`${fieldId(key)}-error`} className="field-error">
            {messages.join(' ')}
          </p>
        )}
        <select
          id={fieldId(key)}
          value={values[key]}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={messages.length > 0 ? `${fieldId(key)}-error` : undefined}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="move-heading">
      <h3 id="move-heading">{t('assign.moveTitle')}</h3>
      <ErrorSummary error={move.error} />
      <div className="form-row">
        {select('personId', t('assign.person'), [
          { value: '', label: t('assign.choosePerson') },
          ...view.participants.map((p) => ({
            value: p.personId,
            label: [p.name, p.organization].filter(Boolean).join(', '),
          })),
        ])}
        {select(
          'roundId',
          t('assign.round'),
          view.rounds.map((r) => ({ value: r.id, label: t('roundShort', { number: r.number }) })),
        )}
        {select('islandId', t('assign.island'), [
          { value: '', label: t('assign.noSeat') },
          ...view.islands.map((i) => ({ value: i.id, label: i.theme })),
        ])}
      </div>
      <p role="status">{move.isSuccess ? t('assign.moved') : ''}</p>
      <ActionButton type="submit" busy={move.isPending || !values.personId}>
        {t('assign.move')}
      </ActionButton>
    </form>
  );
}

/** Who sits at which island in each round (names folded away), and who waits. */
function Seats({ view }: { view: AssignmentView }) {
  const { t } = useTranslation('islands');
  const nameOf = (id: string) => view.participants.find((p) => p.personId === id)?.name ?? '';
  return (
    <>
      {view.rounds.map((round) => (
        <section key={round.id} aria-labelledby={`seats-${round.id}`}>
          <h3 id={`seats-${round.id}`}>
            {t('assign.seatsTitle', { number: round.number, title: round.title })}
          </h3>
          <ul className="seat-list">
            {view.islands.map((island) => {
              const people = view.placements.filter(
                (p) => p.roundId === round.id && p.islandId === island.id,
              );
              const waiting = view.waitlist.filter((w) => w.roundId === round.id && w.islandId === island.id);
              return (
                <li key={island.id}>
                  <details>
                    <summary>
                      {t('assign.islandSeats', {
                        theme: island.theme,
                        seated: people.length,
                        capacity: island.capacity,
                      })}
                      {waiting.length > 0 && <> · {t('assign.waiting', { count: waiting.length })}</>}
                    </summary>
                    <ul>
                      {people.map((p) => (
                        <li key={p.personId}>
                          {nameOf(p.personId)}
                          {p.choiceRank !== null && <> ({t('assign.choice', { rank: p.choiceRank })})</>}
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The assignment: state and next steps, quality report, hand moves and the seats per round. */
export function AssignmentPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation('islands');
  const assignment = useAssignment(eventId);
  const change = useAssignmentChange(eventId);
  const view = assignment.data;
  if (!view) {
    return <p role="status">{t('common:loading')}</p>;
  }
  const status = view.settings.status;
  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading" tabIndex={-1}>
        {t('assign.title')}
      </h2>
      <p role="status">
        {t(`assign.status.${status}`)} {t('assign.people', { count: view.participants.length })}
      </p>
      <ErrorSummary error={change.error} />
      <div className="actions">
        {ACTIONS[status].map((action) =>
          action === 'publish' ? (
            <PublishStep
              key={action}
              disabled={change.isPending}
              onPublish={(notifyParticipants) => {
                keepFocusFor('assignment-heading');
                change.mutate({ action, body: { notifyParticipants } });
              }}
            />
          ) : (
            <ActionButton
              key={action}
              type="button"
              className={action === 'run' ? '' : 'secondary'}
              busy={change.isPending}
              onClick={() => {
                // The buttons follow the state: the focus goes to the panel's heading, the status line speaks.
                keepFocusFor('assignment-heading');
                change.mutate({ action });
              }}
            >
              {t(`assign.action.${action}`)}
            </ActionButton>
          ),
        )}
      </div>
      <p className="field-hint">{t(`assign.help.${status}`)}</p>
      {status !== 'none' && (
        <>
          <QualityReport view={view} />
          {status !== 'locked' && <MoveForm eventId={eventId} view={view} />}
          <Seats view={view} />
        </>
      )}
    </section>
  );
}
