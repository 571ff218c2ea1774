import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyMeeting } from '../../../contract/meetings.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useMeetingAction, usePickSlot, useSlotOptions } from './api.js';
import { formatClock, formatSlot } from './format.js';
import { ActionButton } from '../../components/action-button.js';

function Place({ meeting, timeZone }: { meeting: MyMeeting; timeZone: string }) {
  const { t, i18n } = useTranslation('meetings');
  if (meeting.status !== 'accepted') {
    return null;
  }
  if (meeting.place) {
    const { startsAt, endsAt, tableNumber, tableLocation } = meeting.place;
    return (
      <p className="meeting-place">
        <strong>
          {t('card.place', { time: formatClock(startsAt, timeZone, i18n.language), table: tableNumber })}
        </strong>{' '}
        ({formatSlot(startsAt, endsAt, timeZone, i18n.language)}
        {tableLocation ? `, ${tableLocation}` : ''})
      </p>
    );
  }
  return (
    <p className="notice">{t(meeting.needsRescheduling ? 'card.needsRescheduling' : 'card.placePending')}</p>
  );
}

function Contact({ meeting }: { meeting: MyMeeting }) {
  const { t } = useTranslation('meetings');
  if (!meeting.contact) {
    return meeting.status === 'pending' ? <p className="field-hint">{t('card.contactAfterAccept')}</p> : null;
  }
  const { email, phone } = meeting.contact;
  return (
    <dl className="meeting-contact">
      <dt>{t('card.email')}</dt>
      <dd>
        <a href={`mailto:${email}`}>{email}</a>
      </dd>
      {phone && (
        <>
          <dt>{t('card.phone')}</dt>
          <dd>
            <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a>
          </dd>
        </>
      )}
    </dl>
  );
}

/** Picking a slot for an accepted meeting, when the organizer allows it. */
function SlotPicker({ meeting, timeZone }: { meeting: MyMeeting; timeZone: string }) {
  const { t, i18n } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  const [slotId, setSlotId] = useState('');
  const options = useSlotOptions(meeting.id, open);
  const pick = usePickSlot();
  const id = useId();
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t(meeting.place ? 'pick.change' : 'pick.open')}
      </button>
    );
  }
  const slots = options.data?.slots ?? [];
  return (
    <form
      className="slot-picker"
      onSubmit={(e) => {
        e.preventDefault();
        pick.mutate({ id: meeting.id, slotId }, { onSuccess: () => setOpen(false) });
      }}
    >
      <ErrorSummary error={pick.error} />
      {options.isPending && <p role="status">{t('common:loading')}</p>}
      {options.data && slots.length === 0 && <p>{t('pick.none')}</p>}
      {slots.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-slot`}>{t('pick.label', { name: meeting.other.name })}</label>
          <select id={`${id}-slot`} value={slotId} onChange={(e) => setSlotId(e.target.value)} required>
            <option value="">{t('pick.choose')}</option>
            {slots.map((s) => (
              <option key={s.slotId} value={s.slotId}>
                {formatSlot(s.startsAt, s.endsAt, timeZone, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        {slots.length > 0 && (
          <ActionButton type="submit" busy={pick.isPending || !slotId}>
            {t('pick.submit')}
          </ActionButton>
        )}
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('common:form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One meeting as one of its two people sees it, with what they can do next. */
export function MeetingCard({
  meeting,
  slug,
  timeZone,
  onDone,
}: {
  meeting: MyMeeting;
  slug: string;
  timeZone: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const action = useMeetingAction(slug, onDone);
  const name = meeting.other.name;
  const run = (kind: 'accept' | 'decline' | 'cancel') =>
    action.mutate({ id: meeting.id, action: kind, message: t(`done.${kind}`, { name }) });
  const headingId = `meeting-${meeting.id}`;
  return (
    <article className="meeting-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {meeting.other.organization && <p className="person-meta">{meeting.other.organization}</p>}
      <p>{t(`status.${meeting.status}.${meeting.direction}`)}</p>
      {meeting.message && (
        <blockquote className="meeting-message">
          <p>{meeting.message}</p>
        </blockquote>
      )}
      <Place meeting={meeting} timeZone={timeZone} />
      <Contact meeting={meeting} />
      <ErrorSummary error={action.error} />
      <div className="actions">
        {meeting.status === 'pending' && meeting.direction === 'incoming' && (
          <>
            <ActionButton
              type="button"
              busy={action.isPending}
              onClick={() => run('accept')}
              aria-label={t('actions.acceptLabel', { name })}
            >
              {t('actions.accept')}
            </ActionButton>
            <ActionButton
              type="button"
              className="secondary"
              busy={action.isPending}
              onClick={() => run('decline')}
              aria-label={t('actions.declineLabel', { name })}
            >
              {t('actions.decline')}
            </ActionButton>
          </>
        )}
        {(meeting.status === 'accepted' ||
          (meeting.status === 'pending' && meeting.direction === 'outgoing')) && (
          <ConfirmAction
            label={t(meeting.status === 'accepted' ? 'actions.cancel' : 'actions.withdraw')}
            ariaLabel={t(meeting.status === 'accepted' ? 'actions.cancelLabel' : 'actions.withdrawLabel', {
              name,
            })}
            question={t('actions.cancelQuestion', { name })}
            confirmLabel={t('actions.cancelConfirm')}
            disabled={action.isPending}
            onConfirm={() => run('cancel')}
          />
        )}
        {meeting.canPickSlot && <SlotPicker meeting={meeting} timeZone={timeZone} />}
      </div>
    </article>
  );
}
