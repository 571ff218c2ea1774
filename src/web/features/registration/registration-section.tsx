import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../contract/events.js';
import { useSession } from '../../app/session.js';
import { formatDateTime } from '../../components/format.js';
import { useMyEvent } from '../my-events/api.js';
import { RegisteredPanel } from '../my-events/registered-panel.js';
import { QueryState } from '../../components/query-state.js';
import { useRegistrationForm, type RegistrationCreated } from './api.js';
import { RegistrationFormView } from './registration-form.js';

interface Outcome {
  result: RegistrationCreated;
  email: string;
}

/** What happened after submitting: check your mail, or your place on the waitlist. Takes the focus. */
function OutcomePanel({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('registration');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { result, email } = outcome;
  const waitlisted = result.status === 'waitlisted';
  return (
    <div ref={ref} tabIndex={-1} className="registration-outcome">
      <h3 id="registration-outcome-heading">
        {waitlisted ? t('outcome.waitlistedHeading') : t('outcome.pendingHeading')}
      </h3>
      {waitlisted ? (
        <>
          <p>{t('outcome.waitlisted', { position: result.waitlistPosition ?? '–' })}</p>
          <p>{t('outcome.waitlistedMail', { email })}</p>
        </>
      ) : (
        <>
          <p>{t('outcome.pending', { email })}</p>
          <p className="field-hint">{t('outcome.pendingHint')}</p>
        </>
      )}
    </div>
  );
}

/** Why there is no form: the event is over, registration has not opened yet, or it is closed. */
function ClosedNote({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation('registration');
  if (event.isPast) {
    return <p className="notice">{t('closed.past')}</p>;
  }
  const opensAt = event.registrationOpensAt;
  if (opensAt && new Date(opensAt) > new Date()) {
    const date = formatDateTime(opensAt, event.timeZone, i18n.language);
    return <p className="notice">{t('closed.notYet', { date })}</p>;
  }
  return <p className="notice">{t('closed.closed')}</p>;
}

function OpenRegistration({ event }: { event: EventDetail }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useRegistrationForm(event.slug, outcome === null);
  return (
    <>
      {/* Present from the start, so the outcome placed in it is announced. */}
      <div aria-live="polite">{outcome && <OutcomePanel outcome={outcome} />}</div>
      {!outcome && (
        <QueryState query={form}>
          {(data) =>
            data.registrationOpen ? (
              <RegistrationFormView
                slug={event.slug}
                form={data}
                bookedOut={data.seatsLeft <= 0}
                onRegistered={(result, email) => setOutcome({ result, email })}
              />
            ) : (
              <ClosedNote event={event} />
            )
          }
        </QueryState>
      )}
    </>
  );
}

/**
 * The registration part of an event page: a signed-in visitor who is registered sees their status and
 * links; others see the form while registration is open, else a note why not.
 */
export function RegistrationSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation('registration');
  const session = useSession();
  const signedIn = Boolean(session.data?.person);
  const mine = useMyEvent(event.slug, signedIn);
  const open = event.registrationOpen && !event.isPast;
  let content: ReactNode;
  if (session.isPending || (signedIn && mine.isPending)) {
    content = <p role="status">{t('common:loading')}</p>;
  } else if (mine.data?.registration) {
    content = <RegisteredPanel mine={mine.data.registration} />;
  } else {
    content = open ? <OpenRegistration event={event} /> : <ClosedNote event={event} />;
  }
  return (
    <section id="registration" aria-labelledby="registration-heading" className="registration-section">
      <h2 id="registration-heading">{t('section.heading')}</h2>
      {content}
    </section>
  );
}
