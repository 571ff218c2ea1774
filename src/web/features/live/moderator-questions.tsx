import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalQueue, orderQuestions } from '../../../contract/qa-ordering.js';
import { QA_LIMITS, type ModerationAction, type Question } from '../../../contract/qa.js';
import { fieldId } from '../../components/form-fields.js';
import type { ModeratorChange } from './api.js';
import { questionItemId } from './moderator-outcome.js';
import { QuestionText } from './question-list.js';

type Change = (change: ModeratorChange) => void;

/** Corrects a question's text in place. */
function EditText({
  question,
  onChange,
  onDone,
}: {
  question: Question;
  onChange: Change;
  onDone: () => void;
}) {
  const { t } = useTranslation('live-qa');
  const [text, setText] = useState(question.text);
  const id = fieldId(`edit-${question.id}`);
  return (
    <div className="field">
      <label htmlFor={id}>{t('moderate.editLabel')}</label>
      <textarea
        id={id}
        value={text}
        maxLength={QA_LIMITS.questionMax}
        rows={3}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            onChange({ kind: 'edit', questionId: question.id, text });
            onDone();
          }}
        >
          {t('moderate.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('moderate.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Merges this question into another one of the session. */
function MergeInto({
  question,
  others,
  onChange,
}: {
  question: Question;
  others: Question[];
  onChange: Change;
}) {
  const { t } = useTranslation('live-qa');
  const [target, setTarget] = useState('');
  const id = fieldId(`merge-${question.id}`);
  if (others.length === 0) {
    return null;
  }
  return (
    <div className="merge-into">
      <label htmlFor={id}>{t('moderate.mergeLabel')}</label>
      <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{t('moderate.mergeChoose')}</option>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text.length > 80 ? `${o.text.slice(0, 79)}…` : o.text}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="secondary"
        disabled={!target}
        onClick={() => onChange({ kind: 'merge', questionId: question.id, intoId: target })}
      >
        {t('moderate.merge')}
      </button>
    </div>
  );
}

/** The actions a question offers in its state. */
function actionsFor(q: Question): ModerationAction[] {
  if (q.state === 'pending') {
    return ['approve', 'hide'];
  }
  if (q.state === 'hidden') {
    return ['approve'];
  }
  return [q.isPinned ? 'unpin' : 'pin', q.isAnswered ? 'unanswer' : 'answer', 'hide'];
}

function ModeratedQuestion({
  question,
  others,
  onChange,
}: {
  question: Question;
  others: Question[];
  onChange: Change;
}) {
  const { t } = useTranslation('live-qa');
  const [editing, setEditing] = useState(false);
  return (
    <li
      id={questionItemId(question.id)}
      tabIndex={-1}
      className={question.isPinned ? 'question question-pinned' : 'question'}
    >
      {question.isPinned && <p className="badge badge-stage">{t('questions.onStage')}</p>}
      <QuestionText question={question} />
      <p className="meta">
        {t(`moderate.state.${question.state}`)} · {t('questions.votes', { count: question.voteCount })}
      </p>
      {editing ? (
        <EditText question={question} onChange={onChange} onDone={() => setEditing(false)} />
      ) : (
        <div
          className="actions moderation-actions"
          role="group"
          aria-label={t('moderate.actionsFor', { text: question.text.slice(0, 60) })}
        >
          {actionsFor(question).map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'approve' || action === 'pin' ? undefined : 'secondary'}
              onClick={() => onChange({ kind: 'action', questionId: question.id, action })}
            >
              {t(`moderate.action.${action}`)}
            </button>
          ))}
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('moderate.edit')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => onChange({ kind: 'block', questionId: question.id })}
          >
            {t('moderate.block')}
          </button>
        </div>
      )}
      <MergeInto question={question} others={others} onChange={onChange} />
    </li>
  );
}

/** The approval queue, then the audience's questions, then the hidden ones; each with its actions. */
export function ModeratorQuestions({ questions, onChange }: { questions: Question[]; onChange: Change }) {
  const { t } = useTranslation('live-qa');
  const open = questions.filter((q) => q.state !== 'merged');
  const othersOf = (q: Question) => open.filter((o) => o.id !== q.id && o.state !== 'hidden');
  const groups: [string, Question[]][] = [
    ['queue', approvalQueue(questions)],
    ['approved', orderQuestions(questions, 'popular')],
    ['hidden', questions.filter((q) => q.state === 'hidden')],
  ];
  return (
    <>
      {groups.map(([key, list]) => (
        <section key={key} aria-labelledby={`mod-${key}`} className="live-section">
          <h3 id={`mod-${key}`}>{t(`moderate.group.${key}`, { count: list.length })}</h3>
          {list.length === 0 ? (
            <p>{t(`moderate.empty.${key}`)}</p>
          ) : (
            <ol className="question-list">
              {list.map((q) => (
                <ModeratedQuestion key={q.id} question={q} others={othersOf(q)} onChange={onChange} />
              ))}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}
