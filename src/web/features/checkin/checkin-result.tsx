import { useTranslation } from 'react-i18next';
import { sectorColour } from '../../../contract/sector-colours.js';
import { formatInstant } from '../../components/format.js';
import type { DeskOutcome } from './use-checkin-desk.js';

/**
 * The answer to the last scan, announced by screen readers: who it is (name, organization, sector with its
 * badge colour, notes), and a loud warning for a second check-in or a ticket that does not admit.
 */
export function CheckinResultPanel({ outcome, sectorKeys }: { outcome: DeskOutcome; sectorKeys: string[] }) {
  const { t, i18n } = useTranslation('checkin');
  if (!outcome) {
    return <div aria-live="polite" className="checkin-result empty" />;
  }
  if (outcome.kind === 'unknown') {
    return (
      <div aria-live="assertive" className="checkin-result">
        <div role="alert" className="checkin-warning">
          <p className="checkin-headline">{t('result.unknown')}</p>
          {outcome.message && <p>{outcome.message}</p>}
          {outcome.queued && <p>{t('result.unknownQueued')}</p>}
        </div>
      </div>
    );
  }
  const r = outcome.result;
  const name = `${r.firstName} ${r.lastName}`;
  const warning = !r.valid
    ? t('result.invalid', { name, status: t(`status.${r.status}`) })
    : r.alreadyCheckedIn
      ? t('result.again', { name, time: r.checkedInAt ? formatInstant(r.checkedInAt, i18n.language) : '–' })
      : null;
  return (
    <div aria-live="polite" className={`checkin-result ${warning ? 'is-warning' : 'is-ok'}`}>
      {warning ? (
        <div role="alert" className="checkin-warning">
          <p className="checkin-headline">{warning}</p>
        </div>
      ) : (
        <p className="checkin-headline checkin-ok">{t('result.ok', { name })}</p>
      )}
      <dl className="facts reg-facts">
        <div>
          <dt>{t('result.name')}</dt>
          <dd>{name}</dd>
        </div>
        <div>
          <dt>{t('result.organization')}</dt>
          <dd>{r.organization}</dd>
        </div>
        <div>
          <dt>{t('result.sector')}</dt>
          <dd>
            <span
              className="sector-swatch"
              style={{ background: sectorColour(sectorKeys, r.sector) }}
              aria-hidden="true"
            />
            {r.sectorLabel}
          </dd>
        </div>
        {r.notes && (
          <div>
            <dt>{t('result.notes')}</dt>
            <dd>{r.notes}</dd>
          </div>
        )}
      </dl>
      {r.queued && <p className="hint">{t('result.queued')}</p>}
    </div>
  );
}
