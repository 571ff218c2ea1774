import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import { EVENT_LIMITS } from '../../../contract/events.js';
import { LOCALES, type Locale } from '../../../contract/locale.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { messagesFor, TextAreaField, TextField } from '../../components/form-fields.js';
import { ContactsEditor, SectorsEditor } from './event-form-lists.js';
import { COMMON_TIME_ZONES, draftToInput, type EventDraft } from './event-form-model.js';

interface EventFormProps {
  initial: EventDraft;
  isNew: boolean;
  error: unknown;
  errors: readonly FieldError[];
  pending: boolean;
  onSubmit: (body: Record<string, unknown>) => void;
}

function LanguagesField({ draft, update, errors }: SectionProps) {
  const { t } = useTranslation('event-form');
  const messages = messagesFor(errors, 'languages', true);
  const toggle = (locale: (typeof LOCALES)[number], on: boolean) =>
    update({ languages: on ? [...draft.languages, locale] : draft.languages.filter((l) => l !== locale) });
  return (
    <fieldset className="group" aria-describedby={messages.length ? 'languages-error' : undefined}>
      <legend>{t('languages.legend')}</legend>
      {messages.length > 0 && (
        <p id="languages-error" className="field-error">
          {messages.join(' ')}
        </p>
      )}
      {LOCALES.map((locale, index) => (
        <div className="checkbox-row" key={locale}>
          <input
            type="checkbox"
            id={index === 0 ? 'field-languages' : `field-languages-${locale}`}
            checked={draft.languages.includes(locale)}
            onChange={(e) => toggle(locale, e.target.checked)}
          />
          <label htmlFor={index === 0 ? 'field-languages' : `field-languages-${locale}`}>
            {t(`common:language.${locale}`)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The language the organizers write this event's texts in: pages mark those texts with it (lang). */
function ContentLanguageField({ draft, update }: SectionProps) {
  const { t } = useTranslation('event-form');
  return (
    <div className="field">
      <label htmlFor="field-contentLanguage">{t('contentLanguage.label')}</label>
      <p className="field-hint" id="field-contentLanguage-hint">
        {t('contentLanguage.hint')}
      </p>
      <select
        id="field-contentLanguage"
        aria-describedby="field-contentLanguage-hint"
        value={draft.contentLanguage}
        onChange={(e) => update({ contentLanguage: e.target.value as Locale })}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`common:language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface SectionProps {
  draft: EventDraft;
  update: (patch: Partial<EventDraft>) => void;
  errors: readonly FieldError[];
}

function WhenAndWhere({ draft, update, errors }: SectionProps) {
  const { t } = useTranslation('event-form');
  const zoneHint = t('when.zoneHint', { zone: draft.timeZone || 'Europe/Berlin' });
  return (
    <fieldset className="group">
      <legend>{t('when.legend')}</legend>
      <TextField
        name="timeZone"
        label={t('when.timeZone')}
        list="time-zones"
        required
        value={draft.timeZone}
        onChange={(timeZone) => update({ timeZone })}
        errors={errors}
      />
      <datalist id="time-zones">
        {COMMON_TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="form-row">
        <TextField
          name="startsAt"
          type="datetime-local"
          label={t('when.startsAt')}
          hint={zoneHint}
          required
          value={draft.startsAt}
          onChange={(startsAt) => update({ startsAt })}
          errors={errors}
        />
        <TextField
          name="endsAt"
          type="datetime-local"
          label={t('when.endsAt')}
          hint={zoneHint}
          required
          value={draft.endsAt}
          onChange={(endsAt) => update({ endsAt })}
          errors={errors}
        />
      </div>
      <div className="form-row">
        <TextField
          name="registrationOpensAt"
          type="datetime-local"
          label={t('when.opensAt')}
          hint={t('when.opensHint')}
          value={draft.registrationOpensAt}
          onChange={(v) => update({ registrationOpensAt: v })}
          errors={errors}
        />
        <TextField
          name="registrationClosesAt"
          type="datetime-local"
          label={t('when.closesAt')}
          hint={t('when.closesHint')}
          value={draft.registrationClosesAt}
          onChange={(v) => update({ registrationClosesAt: v })}
          errors={errors}
        />
      </div>
      <TextField
        name="venue.name"
        label={t('where.name')}
        required
        value={draft.venueName}
        onChange={(venueName) => update({ venueName })}
        errors={errors}
      />
      <TextField
        name="venue.address"
        label={t('where.address')}
        value={draft.venueAddress}
        onChange={(venueAddress) => update({ venueAddress })}
        errors={errors}
      />
      <TextField
        name="venue.mapUrl"
        type="url"
        label={t('where.mapUrl')}
        hint={t('where.mapHint')}
        value={draft.venueMapUrl}
        onChange={(venueMapUrl) => update({ venueMapUrl })}
        errors={errors}
      />
      <TextField
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={EVENT_LIMITS.capacityMax}
        label={t('capacity')}
        required
        value={draft.capacity}
        onChange={(capacity) => update({ capacity })}
        errors={errors}
      />
    </fieldset>
  );
}

function Texts({ draft, update, errors }: SectionProps) {
  const { t } = useTranslation('event-form');
  return (
    <fieldset className="group">
      <legend>{t('texts.legend')}</legend>
      <TextField
        name="title"
        label={t('texts.title')}
        required
        maxLength={EVENT_LIMITS.titleMax}
        value={draft.title}
        onChange={(title) => update({ title })}
        errors={errors}
      />
      <TextField
        name="subtitle"
        label={t('texts.subtitle')}
        value={draft.subtitle}
        onChange={(subtitle) => update({ subtitle })}
        errors={errors}
      />
      <TextField
        name="slug"
        label={t('texts.slug')}
        hint={t('texts.slugHint')}
        value={draft.slug}
        onChange={(slug) => update({ slug })}
        errors={errors}
      />
      <TextAreaField
        name="teaser"
        label={t('texts.teaser')}
        rows={3}
        value={draft.teaser}
        onChange={(teaser) => update({ teaser })}
        errors={errors}
      />
      <TextAreaField
        name="description"
        label={t('texts.description')}
        hint={t('texts.descriptionHint')}
        rows={12}
        value={draft.description}
        onChange={(description) => update({ description })}
        errors={errors}
      />
      <TextField
        name="topics"
        label={t('texts.topics')}
        hint={t('texts.topicsHint')}
        nested
        value={draft.topics}
        onChange={(topics) => update({ topics })}
        errors={errors}
      />
      <TextField
        name="image.url"
        type="url"
        label={t('texts.imageUrl')}
        value={draft.imageUrl}
        onChange={(imageUrl) => update({ imageUrl })}
        errors={errors}
      />
      <TextField
        name="image.alt"
        label={t('texts.imageAlt')}
        hint={t('texts.imageAltHint')}
        value={draft.imageAlt}
        onChange={(imageAlt) => update({ imageAlt })}
        errors={errors}
      />
    </fieldset>
  );
}

/** The event editor: every field of the contract, with the API's field errors beside each field. */
export function EventForm({ initial, isNew, error, errors, pending, onSubmit }: EventFormProps) {
  const { t } = useTranslation('event-form');
  const [draft, setDraft] = useState(initial);
  const update = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draftToInput(draft, isNew));
  };
  const section = { draft, update, errors };
  return (
    <form className="form form-wide" onSubmit={submit} noValidate>
      <ErrorSummary error={error} />
      <Texts {...section} />
      <WhenAndWhere {...section} />
      <LanguagesField {...section} />
      <ContentLanguageField {...section} />
      <SectorsEditor
        sectors={draft.sectors}
        onChange={(sectors) => update({ sectors, sectorsChanged: true })}
        errors={errors}
      />
      <ContactsEditor
        contacts={draft.contacts}
        onChange={(contacts) => update({ contacts })}
        errors={errors}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {isNew ? t('submitCreate') : t('submitSave')}
        </button>
      </div>
    </form>
  );
}
