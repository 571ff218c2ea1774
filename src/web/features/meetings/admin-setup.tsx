import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingBlock, MeetingSetup } from '../../../contract/meetings.js';
import { MEETING_LIMITS } from '../../../contract/meetings.js';
import { ApiError } from '../../app/api.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useSetupChange } from './api.js';
import { formatSlot } from './format.js';
import { ActionButton } from '../../components/action-button.js';

type Change = ReturnType<typeof useSetupChange>;

function BlockRow({ block, timeZone, change }: { block: MeetingBlock; timeZone: string; change: Change }) {
  const { t, i18n } = useTranslation('meetings');
  const [minutes, setMinutes] = useState(String(block.slotMinutes));
  const id = `block-${block.sessionId}-minutes`;
  return (
    <tr>
      <th scope="row">{block.title}</th>
      <td>{formatSlot(block.startsAt, block.endsAt, timeZone, i18n.language)}</td>
      <td>{block.room || '–'}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate({ kind: 'block', sessionId: block.sessionId, slotMinutes: Number(minutes) });
          }}
        >
          <label htmlFor={id}>{t('admin.slotMinutesLabel', { title: block.title })}</label>
          <input
            id={id}
            type="number"
            min={MEETING_LIMITS.slotMinutesMin}
            max={MEETING_LIMITS.slotMinutesMax}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
          <ActionButton type="submit" className="secondary" busy={change.isPending}>
            {t('admin.save')}
          </ActionButton>
        </form>
      </td>
      <td>
        {block.slots.length === 0
          ? t('admin.noSlotsInBlock')
          : block.slots.map((s) => formatSlot(s.startsAt, s.endsAt, timeZone, i18n.language)).join(', ')}
      </td>
    </tr>
  );
}

function TablesForm({ change }: { change: Change }) {
  const { t } = useTranslation('meetings');
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('20');
  const [location, setLocation] = useState('');
  const errors = change.error instanceof ApiError ? change.error.fields : [];
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate({
          kind: 'add-tables',
          body: { fromNumber: Number(from), toNumber: Number(to), location },
        });
      }}
    >
      <div className="meeting-tables-form">
        <TextField
          name="fromNumber"
          label={t('admin.fromNumber')}
          type="number"
          value={from}
          onChange={setFrom}
          errors={errors}
        />
        <TextField
          name="toNumber"
          label={t('admin.toNumber')}
          type="number"
          value={to}
          onChange={setTo}
          errors={errors}
        />
        <TextField
          name="location"
          label={t('admin.location')}
          hint={t('admin.locationHint')}
          value={location}
          onChange={setLocation}
          errors={errors}
        />
      </div>
      <ActionButton type="submit" busy={change.isPending}>
        {t('admin.addTables')}
      </ActionButton>
    </form>
  );
}

/** Meeting blocks (networking sessions) with their slot length, the tables, and self-picking. */
export function MeetingSetupSections({ setup, eventId }: { setup: MeetingSetup; eventId: string }) {
  const { t } = useTranslation('meetings');
  const change = useSetupChange(eventId);
  const zone = setup.event.timeZone;
  return (
    <>
      <section aria-labelledby="blocks-heading">
        <h2 id="blocks-heading">{t('admin.blocks')}</h2>
        <p className="field-hint">{t('admin.blocksIntro')}</p>
        <ErrorSummary error={change.error} />
        {setup.blocks.length === 0 ? (
          <p className="notice">{t('admin.noBlocks')}</p>
        ) : (
          <TableScroll label={t('admin.blocks')}>
            <table>
              <caption>{t('admin.blocksCaption', { zone })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.block')}</th>
                  <th scope="col">{t('admin.time')}</th>
                  <th scope="col">{t('admin.room')}</th>
                  <th scope="col">{t('admin.slotMinutes')}</th>
                  <th scope="col">{t('admin.slots')}</th>
                </tr>
              </thead>
              <tbody>
                {setup.blocks.map((b) => (
                  <BlockRow
                    key={`${b.sessionId}-${b.slotMinutes}`}
                    block={b}
                    timeZone={zone}
                    change={change}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="tables-heading">
        <h2 id="tables-heading">{t('admin.tables', { count: setup.tables.length })}</h2>
        <TablesForm change={change} />
        {setup.tables.length > 0 && (
          <ul className="meeting-tables">
            {setup.tables.map((table) => {
              const label = t('admin.tableName', { number: table.number });
              return (
                <li key={table.id}>
                  {label}
                  {table.location ? ` (${table.location})` : ''}{' '}
                  <ConfirmAction
                    label={t('admin.deleteTable')}
                    ariaLabel={t('admin.deleteTableLabel', { table: label })}
                    question={t('admin.deleteTableQuestion', { table: label })}
                    confirmLabel={t('admin.deleteTableConfirm')}
                    onConfirm={() => change.mutate({ kind: 'delete-table', id: table.id })}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="self-pick-heading">
        <h2 id="self-pick-heading">{t('admin.selfPickHeading')}</h2>
        <p>{t(setup.selfPickAllowed ? 'admin.selfPickOn' : 'admin.selfPickOff')}</p>
        <ActionButton
          type="button"
          className="secondary"
          busy={change.isPending}
          onClick={() => change.mutate({ kind: 'self-pick', allowed: !setup.selfPickAllowed })}
        >
          {t(setup.selfPickAllowed ? 'admin.selfPickDisable' : 'admin.selfPickEnable')}
        </ActionButton>
      </section>
    </>
  );
}
