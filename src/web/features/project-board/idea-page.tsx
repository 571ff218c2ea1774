import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { IdeaDetail, IdeaRole } from '../../../contract/project-board.js';
import { BOARD_LIMITS } from '../../../contract/project-board.js';
import { ApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { TextAreaField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { TableScroll } from '../../components/table-scroll.js';
import { ReasonList } from '../networking/reason.js';
import { useIdea, useIdeaAction, useIdeaBoard, useRoleSuggestions } from './api.js';
import { BoardGate } from './board-page.js';
import { useListLabels, type ListLabels } from './labels.js';
import { ActionButton } from '../../components/action-button.js';

function roleName(role: IdeaRole, index: number, labels: ListLabels, t: TFunction<'project-board'>) {
  return t('role.name', { number: index + 1, sector: labels.sector(role.sector) });
}

function InterestForm({
  idea,
  role,
  index,
  labels,
}: {
  idea: IdeaDetail;
  role: IdeaRole;
  index: number;
  labels: ListLabels;
}) {
  const { t } = useTranslation('project-board');
  const action = useIdeaAction(idea.id);
  const [note, setNote] = useState('');
  const mine = idea.myInterests.find((i) => i.roleId === role.id);
  const name = roleName(role, index, labels, t);
  if (mine) {
    return (
      <div className="idea-interest">
        <p role="status">{t(`interest.status.${mine.status}`)}</p>
        <ActionButton
          type="button"
          className="secondary"
          busy={action.isPending}
          onClick={() => action.mutate({ kind: 'withdraw', roleId: role.id })}
        >
          {t('interest.withdraw', { role: name })}
        </ActionButton>
      </div>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    action.mutate({ kind: 'interest', roleId: role.id, note });
  }
  return (
    <form className="idea-interest" onSubmit={submit}>
      <TextAreaField
        name={`note-${role.id}`}
        label={t('interest.note', { role: name })}
        value={note}
        rows={2}
        maxLength={BOARD_LIMITS.noteMax}
        onChange={setNote}
      />
      {action.error instanceof ApiError && (
        <p role="alert" className="error">
          {action.error.message}
        </p>
      )}
      <ActionButton type="submit" busy={action.isPending}>
        {t('interest.submit', { role: name })}
      </ActionButton>
    </form>
  );
}

function Roles({
  idea,
  labels,
  canTakePart,
}: {
  idea: IdeaDetail;
  labels: ListLabels;
  canTakePart: boolean;
}) {
  const { t } = useTranslation('project-board');
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('roles.heading')}</h2>
      <ol className="idea-roles">
        {idea.roles.map((role, index) => (
          <li key={role.id}>
            <h3>{roleName(role, index, labels, t)}</h3>
            {role.competences.length > 0 && (
              <p>{t('roles.competences', { list: role.competences.map(labels.competence).join(', ') })}</p>
            )}
            {role.description && <p lang={idea.language}>{role.description}</p>}
            <p>{t('roles.filled', { count: role.filled })}</p>
            {canTakePart && !idea.isInitiator && (
              <InterestForm idea={idea} role={role} index={index} labels={labels} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Consortium({ idea, labels }: { idea: IdeaDetail; labels: ListLabels }) {
  const { t } = useTranslation('project-board');
  const roleIndex = new Map(idea.roles.map((r, i) => [r.id, i]));
  return (
    <section aria-labelledby="consortium-heading">
      <h2 id="consortium-heading">{t('consortium.heading')}</h2>
      <p className="hint">{t(idea.isMember ? 'consortium.memberHint' : 'consortium.contactsHint')}</p>
      <TableScroll label={t('consortium.heading')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('consortium.name')}</th>
              <th scope="col">{t('consortium.organization')}</th>
              <th scope="col">{t('consortium.sector')}</th>
              <th scope="col">{t('consortium.role')}</th>
              {idea.isMember && <th scope="col">{t('consortium.contact')}</th>}
            </tr>
          </thead>
          <tbody>
            {idea.consortium.map((m) => {
              const index = m.roleId ? roleIndex.get(m.roleId) : undefined;
              const role = index === undefined ? undefined : idea.roles[index];
              return (
                <tr key={`${m.personId}-${m.roleId ?? 'initiator'}`}>
                  <th scope="row">{`${m.firstName} ${m.lastName}`}</th>
                  <td>{m.organization}</td>
                  <td>{labels.sector(m.sector)}</td>
                  <td>
                    {role && index !== undefined
                      ? roleName(role, index, labels, t)
                      : t('consortium.initiator')}
                  </td>
                  {idea.isMember && (
                    <td>
                      {m.contact ? (
                        <>
                          <a href={`mailto:${m.contact.email}`}>{m.contact.email}</a>
                          {m.contact.phone && (
                            <>
                              <br />
                              {m.contact.phone}
                            </>
                          )}
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Interests({ idea, labels }: { idea: IdeaDetail; labels: ListLabels }) {
  const { t } = useTranslation('project-board');
  const action = useIdeaAction(idea.id);
  const roleIndex = new Map(idea.roles.map((r, i) => [r.id, i]));
  return (
    <section aria-labelledby="interests-heading">
      <h2 id="interests-heading">{t('interests.heading')}</h2>
      {idea.interests.length === 0 ? (
        <p>{t('interests.empty')}</p>
      ) : (
        <ul className="idea-interests">
          {idea.interests.map((i) => {
            const index = roleIndex.get(i.roleId) ?? 0;
            const name = `${i.firstName} ${i.lastName}`;
            return (
              <li key={i.id}>
                <p>
                  <strong>{name}</strong> ({i.organization}, {labels.sector(i.sector)}) ·{' '}
                  {roleName(idea.roles[index]!, index, labels, t)} · {t(`interest.state.${i.status}`)}
                </p>
                {i.note && <blockquote>{i.note}</blockquote>}
                {i.status !== 'accepted' && (
                  <ActionButton
                    type="button"
                    busy={action.isPending}
                    onClick={() => action.mutate({ kind: 'accept', interestId: i.id })}
                  >
                    {t('interests.accept', { name })}
                  </ActionButton>
                )}{' '}
                {i.status !== 'declined' && (
                  <ActionButton
                    type="button"
                    className="secondary"
                    busy={action.isPending}
                    onClick={() => action.mutate({ kind: 'decline', interestId: i.id })}
                  >
                    {t('interests.decline', { name })}
                  </ActionButton>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Candidates({ idea, labels }: { idea: IdeaDetail; labels: ListLabels }) {
  const { t } = useTranslation('project-board');
  const suggestions = useRoleSuggestions(idea.id, true);
  const roleIndex = new Map(idea.roles.map((r, i) => [r.id, i]));
  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">{t('candidates.heading')}</h2>
      <p className="hint">{t('candidates.intro')}</p>
      <QueryState query={suggestions}>
        {(data) => (
          <>
            {data.roles.map((r) => {
              const index = roleIndex.get(r.roleId) ?? 0;
              return (
                <div key={r.roleId}>
                  <h3>{roleName(idea.roles[index]!, index, labels, t)}</h3>
                  {r.candidates.length === 0 ? (
                    <p>{t('candidates.empty')}</p>
                  ) : (
                    <ul>
                      {r.candidates.map((c) => (
                        <li key={c.personId}>
                          {`${c.firstName} ${c.lastName}`} ({c.organization}, {labels.sector(c.sector)})
                          <ReasonList reason={c.reason} labelOf={labels.competence} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </>
        )}
      </QueryState>
    </section>
  );
}

function IdeaView({
  idea,
  labels,
  slug,
  canTakePart,
}: {
  idea: IdeaDetail;
  labels: ListLabels;
  slug: string;
  canTakePart: boolean;
}) {
  const { t } = useTranslation('project-board');
  usePageTitle(idea.title);
  return (
    <div className="idea-board">
      <p>
        <Link to={`/events/${slug}/ideas`}>{t('backToBoard')}</Link>
      </p>
      <h1 lang={idea.language}>{idea.title}</h1>
      <p className="idea-meta">
        {t(`stage.${idea.stage}`)} ·{' '}
        {t('card.by', {
          name: `${idea.initiator.firstName} ${idea.initiator.lastName}`,
          organization: idea.organization,
        })}
      </p>
      <h2>{t('detail.problem')}</h2>
      <p lang={idea.language}>{idea.problem}</p>
      {idea.contribution && (
        <>
          <h2>{t('detail.contribution')}</h2>
          <p lang={idea.language}>{idea.contribution}</p>
        </>
      )}
      {idea.funding && <p>{t('detail.funding', { funding: idea.funding })}</p>}
      <p>
        <a href={`/api/v1/ideas/${idea.id}/export.pdf`}>{t('detail.pdf')}</a>
      </p>
      <Roles idea={idea} labels={labels} canTakePart={canTakePart} />
      <Consortium idea={idea} labels={labels} />
      {idea.isInitiator && <Interests idea={idea} labels={labels} />}
      {idea.isInitiator && <Candidates idea={idea} labels={labels} />}
    </div>
  );
}

/** /events/:slug/ideas/:id: one idea, its roles, interest, consortium and (for its initiator) candidates. */
export function IdeaPage() {
  const { slug = '', id = '' } = useParams();
  const { i18n } = useTranslation('project-board');
  const session = useSession();
  const board = useIdeaBoard(slug, i18n.language);
  const idea = useIdea(id);
  const labels = useListLabels(board.data ?? { sectors: [], competences: [] });
  if (session.isPending) {
    return null;
  }
  if (!session.data?.person) {
    return <BoardGate status="signedOut" />;
  }
  if (board.error instanceof ApiError && board.error.status === 403) {
    return <BoardGate status="forbidden" />;
  }
  return (
    <QueryState query={board}>
      {(data) => (
        <QueryState query={idea}>
          {(detail) => <IdeaView idea={detail} labels={labels} slug={slug} canTakePart={data.canPost} />}
        </QueryState>
      )}
    </QueryState>
  );
}
