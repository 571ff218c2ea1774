import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import { QUESTION_KINDS, type RegistrationQuestion } from '../../../contract/registration.js';
import { CheckboxField, fieldId, TextField } from '../../components/form-fields.js';

export type DraftQuestion = Omit<RegistrationQuestion, 'id'> & { id?: string; draftKey: string };
type Option = RegistrationQuestion['options'][number];

let counter = 0;
/** A key unique on this page for a new item (option keys must match ^[a-z0-9-]+$). */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** Moves item `index` by `delta` places; the list is returned unchanged at its ends. */
export function move<T>(list: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) {
    return list;
  }
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

function OptionsEditor({
  path,
  options,
  onChange,
  errors,
}: {
  path: string;
  options: Option[];
  onChange: (o: Option[]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('registration-admin');
  const set = (i: number, o: Option) => onChange(options.map((x, j) => (j === i ? o : x)));
  return (
    <fieldset className="group">
      <legend>{t('questions.options')}</legend>
      {options.map((option, i) => (
        <div key={option.key} className="form-row option-row">
          <TextField
            name={`${path}.options.${i}.label.de`}
            label={t('questions.optionDe', { n: i + 1 })}
            value={option.label.de}
            onChange={(de) => set(i, { ...option, label: { ...option.label, de } })}
            errors={errors}
          />
          <TextField
            name={`${path}.options.${i}.label.en`}
            label={t('questions.optionEn', { n: i + 1 })}
            value={option.label.en}
            onChange={(en) => set(i, { ...option, label: { ...option.label, en } })}
            errors={errors}
          />
          <button
            type="button"
            className="secondary"
            aria-label={t('questions.removeOptionLabel', { n: i + 1 })}
            onClick={() => onChange(options.filter((_, j) => j !== i))}
          >
            {t('questions.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...options, { key: newKey('o'), label: { de: '', en: '' } }])}
      >
        {t('questions.addOption')}
      </button>
    </fieldset>
  );
}

function QuestionItem({
  q,
  index,
  count,
  set,
  shift,
  remove,
  errors,
}: {
  q: DraftQuestion;
  index: number;
  count: number;
  set: (q: DraftQuestion) => void;
  shift: (delta: number) => void;
  remove: () => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('registration-admin');
  const path = `questions.${index}`;
  const n = index + 1;
  return (
    <fieldset className="repeat-item">
      <legend>{t('questions.item', { n })}</legend>
      <div className="field">
        <label htmlFor={fieldId(`${path}.kind`)}>{t('questions.kind')}</label>
        <select
          id={fieldId(`${path}.kind`)}
          value={q.kind}
          onChange={(e) => set({ ...q, kind: QUESTION_KINDS.find((k) => k === e.target.value) ?? 'text' })}
        >
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`questions.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <TextField
          name={`${path}.label.de`}
          label={t('questions.labelDe')}
          value={q.label.de}
          onChange={(de) => set({ ...q, label: { ...q.label, de } })}
          errors={errors}
          required
        />
        <TextField
          name={`${path}.label.en`}
          label={t('questions.labelEn')}
          value={q.label.en}
          onChange={(en) => set({ ...q, label: { ...q.label, en } })}
          errors={errors}
          required
        />
      </div>
      {(q.kind === 'single' || q.kind === 'multiple') && (
        <OptionsEditor
          path={path}
          options={q.options}
          onChange={(options) => set({ ...q, options })}
          errors={errors}
        />
      )}
      <CheckboxField
        name={`${path}.required`}
        label={t('questions.required')}
        checked={q.required}
        onChange={(required) => set({ ...q, required })}
      />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={index === 0}
          onClick={() => shift(-1)}
          aria-label={t('questions.upLabel', { n })}
        >
          {t('questions.up')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={index === count - 1}
          onClick={() => shift(1)}
          aria-label={t('questions.downLabel', { n })}
        >
          {t('questions.down')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={remove}
          aria-label={t('questions.removeLabel', { n })}
        >
          {t('questions.remove')}
        </button>
      </div>
    </fieldset>
  );
}

/** Custom registration questions: kind, German and English labels, options, required; add, remove, reorder. */
export function QuestionsEditor({
  questions,
  onChange,
  errors,
}: {
  questions: DraftQuestion[];
  onChange: (q: DraftQuestion[]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('registration-admin');
  const blank = (): DraftQuestion => ({
    draftKey: newKey('q'),
    kind: 'text',
    label: { de: '', en: '' },
    options: [],
    required: false,
  });
  return (
    <fieldset className="group">
      <legend>{t('questions.title')}</legend>
      {questions.length === 0 && <p className="hint">{t('questions.none')}</p>}
      {questions.map((q, i) => (
        <QuestionItem
          key={q.draftKey}
          q={q}
          index={i}
          count={questions.length}
          set={(next) => onChange(questions.map((x, j) => (j === i ? next : x)))}
          shift={(delta) => onChange(move(questions, i, delta))}
          remove={() => onChange(questions.filter((_, j) => j !== i))}
          errors={errors}
        />
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...questions, blank()])}>
        {t('questions.add')}
      </button>
    </fieldset>
  );
}
