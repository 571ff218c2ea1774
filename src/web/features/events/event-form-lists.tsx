import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import { messagesFor, TextField } from '../../components/form-fields.js';
import { EMPTY_CONTACT, type ContactDraft, type SectorDraft } from './event-form-model.js';

/** Replaces item `index` of a list with a changed copy. */
function patchAt<T>(list: T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

/** The sectors participants choose from: key plus German and English label; add, edit, remove. */
export function SectorsEditor({
  sectors,
  onChange,
  errors,
}: {
  sectors: SectorDraft[];
  onChange: (sectors: SectorDraft[]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('event-form');
  const listErrors = messagesFor(errors, 'sectors');
  return (
    <fieldset className="group">
      <legend>{t('sectors.legend')}</legend>
      <p className="field-hint">{t('sectors.hint')}</p>
      {listErrors.length > 0 && <p className="field-error">{listErrors.join(' ')}</p>}
      {sectors.map((sector, index) => (
        <fieldset key={index} className="repeat-item">
          <legend>{t('sectors.item', { number: index + 1, label: sector.de || sector.key })}</legend>
          <div className="form-row">
            <TextField
              name={`sectors.${index}.key`}
              label={t('sectors.key')}
              required
              value={sector.key}
              onChange={(key) => onChange(patchAt(sectors, index, { key }))}
              errors={errors}
            />
            <TextField
              name={`sectors.${index}.label.de`}
              label={t('sectors.labelDe')}
              lang="de"
              required
              value={sector.de}
              onChange={(de) => onChange(patchAt(sectors, index, { de }))}
              errors={errors}
            />
            <TextField
              name={`sectors.${index}.label.en`}
              label={t('sectors.labelEn')}
              lang="en"
              required
              value={sector.en}
              onChange={(en) => onChange(patchAt(sectors, index, { en }))}
              errors={errors}
            />
          </div>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(sectors.filter((_, i) => i !== index))}
          >
            {t('sectors.remove', { label: sector.de || sector.key || index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...sectors, { key: '', de: '', en: '' }])}
      >
        {t('sectors.add')}
      </button>
    </fieldset>
  );
}

/** Contact persons shown on the event page: a repeatable group of fields. */
export function ContactsEditor({
  contacts,
  onChange,
  errors,
}: {
  contacts: ContactDraft[];
  onChange: (contacts: ContactDraft[]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('event-form');
  const field = (index: number, key: keyof ContactDraft, label: string, type = 'text', required = false) => (
    <TextField
      name={`contacts.${index}.${key}`}
      label={label}
      type={type}
      required={required}
      value={contacts[index]?.[key] ?? ''}
      onChange={(value) => onChange(patchAt(contacts, index, { [key]: value }))}
      errors={errors}
    />
  );
  return (
    <fieldset className="group">
      <legend>{t('contacts.legend')}</legend>
      {contacts.length === 0 && <p>{t('contacts.none')}</p>}
      {contacts.map((contact, index) => (
        <fieldset key={index} className="repeat-item">
          <legend>{t('contacts.item', { number: index + 1 })}</legend>
          <div className="form-row">
            {field(index, 'name', t('contacts.name'), 'text', true)}
            {field(index, 'role', t('contacts.role'))}
          </div>
          <div className="form-row">
            {field(index, 'phone', t('contacts.phone'), 'tel')}
            {field(index, 'email', t('contacts.email'), 'email')}
          </div>
          <div className="form-row">
            {field(index, 'photoUrl', t('contacts.photoUrl'), 'url')}
            {field(index, 'photoAlt', t('contacts.photoAlt'))}
          </div>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            {t('contacts.remove', { name: contact.name || index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...contacts, { ...EMPTY_CONTACT }])}
      >
        {t('contacts.add')}
      </button>
    </fieldset>
  );
}
