import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { FieldError } from '../../../contract/errors.js';
import {
  BOARD_LIMITS,
  IDEA_STAGES,
  type IdeaBoard,
  type IdeaInput,
} from '../../../contract/project-board.js';
import { ApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId, messagesFor, TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useCreateIdea, useIdeaBoard } from './api.js';
import { BoardGate } from './board-page.js';
import { ActionButton } from '../../components/action-button.js';

type RoleDraft = { sector: string; competences: string[]; description: string };

function SelectField(props: {
  name: string;
  label: string;
  value: string;
  options: { key: string; label: string }[];
  errors: readonly FieldError[];
  onChange: (value: string) => void;
}) {
  const id = fieldId(props.name);
  const messages = messagesFor(props.errors, props.name);
  return (
    <div className="field">
      <label htmlFor={id}>
        <span className="label-text">{props.label}</span>
      </label>
      {messages.length > 0 && (
        <p id={`${id}-error`} className="field-error">
          {messages.join(' ')}
        </p>
      )}
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={messages.length > 0 ? true : undefined}
        aria-describedby={messages.length > 0 ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function RoleFields(props: {
  index: number;
  role: RoleDraft;
  board: IdeaBoard;
  errors: readonly FieldError[];
  onChange: (role: RoleDraft) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('project-board');
  const { index, role, board, errors, onChange } = props;
  const name = `roles.${index}`;
  const number = index + 1;
  return (
    <fieldset className="idea-role">
      <legend>{t('form.role', { number })}</legend>
      <SelectField
        name={`${name}.sector`}
        label={t('form.roleSector')}
        value={role.sector}
        options={board.sectors}
        errors={errors}
        onChange={(sector) => onChange({ ...role, sector })}
      />
      <fieldset className="checkbox-group">
        <legend>{t('form.roleCompetences', { max: BOARD_LIMITS.competencesMax })}</legend>
        {board.competences.map((c) => {
          const id = `${fieldId(`${name}.competences`)}-${c.key}`;
          const checked = role.competences.includes(c.key);
          return (
            <div className="checkbox-row" key={c.key}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                disabled={!checked && role.competences.length >= BOARD_LIMITS.competencesMax}
                onChange={(e) =>
                  onChange({
                    ...role,
                    competences: e.target.checked
                      ? [...role.competences, c.key]
                      : role.competences.filter((k) => k !== c.key),
                  })
                }
              />
              <label htmlFor={id}>{c.label}</label>
            </div>
          );
        })}
      </fieldset>
      <TextAreaField
        name={`${name}.description`}
        label={t('form.roleDescription')}
        value={role.description}
        maxLength={BOARD_LIMITS.roleTextMax}
        rows={2}
        errors={errors}
        onChange={(description) => onChange({ ...role, description })}
      />
      {props.onRemove && (
        <button type="button" className="secondary" onClick={props.onRemove}>
          {t('form.removeRole', { number })}
        </button>
      )}
    </fieldset>
  );
}

function IdeaForm({ board }: { board: IdeaBoard }) {
  const { t, i18n } = useTranslation('project-board');
  const navigate = useNavigate();
  const create = useCreateIdea(board.slug);
  usePageTitle(t('form.pageTitle'));
  const firstSector = board.sectors[0]?.key ?? '';
  const emptyRole = (): RoleDraft => ({ sector: firstSector, competences: [], description: '' });
  const [draft, setDraft] = useState<Omit<IdeaInput, 'roles'>>({
    title: '',
    problem: '',
    contribution: '',
    funding: '',
    stage: 'idea',
    organization: board.organization,
    language: i18n.language === 'en' ? 'en' : 'de',
  });
  const [roles, setRoles] = useState<RoleDraft[]>([emptyRole()]);
  const errors = create.error instanceof ApiError ? create.error.fields : [];
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { ...draft, roles },
      { onSuccess: (idea) => void navigate(`/events/${board.slug}/ideas/${idea.id}`) },
    );
  }

  return (
    <div className="idea-board">
      <p>
        <Link to={`/events/${board.slug}/ideas`}>{t('backToBoard')}</Link>
      </p>
      <h1>{t('form.pageTitle')}</h1>
      <ErrorSummary error={create.error} />
      <form onSubmit={submit} noValidate>
        <TextField
          name="title"
          label={t('form.title')}
          required
          maxLength={BOARD_LIMITS.titleMax}
          value={draft.title}
          errors={errors}
          onChange={set('title')}
        />
        <TextAreaField
          name="problem"
          label={t('form.problem')}
          required
          maxLength={BOARD_LIMITS.textMax}
          rows={4}
          value={draft.problem}
          errors={errors}
          onChange={set('problem')}
        />
        <TextAreaField
          name="contribution"
          label={t('form.contribution')}
          maxLength={BOARD_LIMITS.textMax}
          rows={3}
          value={draft.contribution ?? ''}
          errors={errors}
          onChange={set('contribution')}
        />
        <TextField
          name="organization"
          label={t('form.organization')}
          required
          maxLength={BOARD_LIMITS.organizationMax}
          value={draft.organization}
          errors={errors}
          onChange={set('organization')}
        />
        <TextField
          name="funding"
          label={t('form.funding')}
          hint={t('form.fundingHint')}
          maxLength={BOARD_LIMITS.fundingMax}
          value={draft.funding ?? ''}
          errors={errors}
          onChange={set('funding')}
        />
        <SelectField
          name="stage"
          label={t('form.stage')}
          value={draft.stage ?? 'idea'}
          options={IDEA_STAGES.map((s) => ({ key: s, label: t(`stage.${s}`) }))}
          errors={errors}
          onChange={set('stage')}
        />
        <SelectField
          name="language"
          label={t('form.language')}
          value={draft.language ?? 'de'}
          options={[
            { key: 'de', label: t('form.languageDe') },
            { key: 'en', label: t('form.languageEn') },
          ]}
          errors={errors}
          onChange={set('language')}
        />
        <h2>{t('form.rolesHeading')}</h2>
        <p className="hint">{t('form.rolesHint')}</p>
        {roles.map((role, index) => (
          <RoleFields
            key={index}
            index={index}
            role={role}
            board={board}
            errors={errors}
            onChange={(changed) => setRoles(roles.map((r, i) => (i === index ? changed : r)))}
            onRemove={roles.length > 1 ? () => setRoles(roles.filter((_, i) => i !== index)) : undefined}
          />
        ))}
        {roles.length < BOARD_LIMITS.rolesMax && (
          <p>
            <button type="button" className="secondary" onClick={() => setRoles([...roles, emptyRole()])}>
              {t('form.addRole')}
            </button>
          </p>
        )}
        <ActionButton type="submit" busy={create.isPending}>
          {t('form.submit')}
        </ActionButton>
      </form>
    </div>
  );
}

/** /events/:slug/ideas/new: posting a project idea with the partner roles it seeks. */
export function IdeaFormPage() {
  const { slug = '' } = useParams();
  const { i18n } = useTranslation('project-board');
  const session = useSession();
  const board = useIdeaBoard(slug, i18n.language);
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
      {(data) => (data.canPost ? <IdeaForm board={data} /> : <BoardGate status="forbidden" />)}
    </QueryState>
  );
}
