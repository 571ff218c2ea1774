import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sectorColour } from '../../../contract/sector-colours.js';
import { StatusText, useStatusMessage } from '../../components/announcer.js';
import { formatInstant } from '../../components/format.js';
import type { DeskResult } from './offline-checkin.js';
import type { DeskOutcome } from './use-checkin-desk.js';

type T = TFunction<'checkin'>;

function warningOf(r: DeskResult, t: T, language: string): string | null {
  const name = `${r.firstName} ${r.lastName}`;
  if (!r.valid) {
    return t('result.invalid', { name, status: t(`status.${r.status}`) });
  }
  if (r.alreadyCheckedIn) {
    return t('result.again', { name, time: r.checkedInAt ? formatInstant(r.checkedInAt, language) : '–' });
  }
  return null;
}

/** The headline of a scan's answer: who is in, or the warning (a second check-in, no valid ticket). */
function headlineOf(outcome: NonNullable<DeskOutcome>, t: T, language: string): string {
  if (outcome.kind === 'unknown') {
    return [t('result.unknown'), outcome.message, outcome.queued ? t('result.unknownQueued') : '']
      .filter(Boolean)
      .join(' ');
  }
  const r = outcome.result;
  return warningOf(r, t, language) ?? t('result.ok', { name: `${r.firstName} ${r.lastName}` });
}

/**
 * The answer to the last scan: who it is (name, organization, sector with its badge colour, notes), and a
 * warning for a second check-in or a ticket that does not admit. The headline is a status region from the
 * start, so every scan is announced once, politely: a second scan of the same person too, though the
 * words are the same.
 */
export function CheckinResultPanel({ outcome, sectorKeys }: { outcome: DeskOutcome; sectorKeys: string[] }) {
  const { t, i18n } = useTranslation('checkin');
  const [said, say] = useStatusMessage();
  const headline = outcome ? headlineOf(outcome, t, i18n.language) : '';
  const warning =
    outcome?.kind === 'unknown' || (outcome ? warningOf(outcome.result, t, i18n.language) !== null : false);
  useEffect(() => {
    // Each scan is a new outcome object: said again even when its words are the same.
    if (outcome) {
      say(headline);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per scan, not per language switch
  }, [outcome]);
  const state = !outcome ? 'empty' : warning ? 'is-warning' : 'is-ok';
  return (
    <div className={`checkin-result ${state}`}>
      <div className={warning ? 'checkin-warning' : undefined}>
        <StatusText message={said} className={warning ? 'checkin-headline' : 'checkin-headline checkin-ok'} />
      </div>
      {outcome?.kind === 'result' && <ResultFacts result={outcome.result} sectorKeys={sectorKeys} />}
    </div>
  );
}

function ResultFacts({ result: r, sectorKeys }: { result: DeskResult; sectorKeys: string[] }) {
  const { t } = useTranslation('checkin');
  const name = `${r.firstName} ${r.lastName}`;
  return (
    <>
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
    </>
  );
}
