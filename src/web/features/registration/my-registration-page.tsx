import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyRegistration } from '../../../contract/registration.js';
import { ActionButton } from '../../components/action-button.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import {
  myRegistrationPath,
  useCancelMyRegistration,
  useConfirmRegistration,
  useExtendOffer,
  useMyRegistration,
} from './api.js';
import { MyRegistrationEdit } from './my-registration-edit.js';
import { EventFacts, StatusText, TicketCard } from './ticket.js';
import { IslandsLink } from '../islands/my-islands-page.js';

const ACTIVE: MyRegistration['status'][] = ['pending', 'confirmed', 'waitlisted', 'offered'];

/**
 * The confirm button of a seat offered from the waitlist, and the one extension of its deadline (WCAG
 * 2.2.1). The status above says the new deadline (a polite live region); the focus goes to the confirm
 * button, the next thing to do, as the extension button goes away.
 */
function AcceptOffer({ mine, token }: { mine: MyRegistration; token: string }) {
  const { t } = useTranslation('registration');
  const confirm = useConfirmRegistration();
  const extend = useExtendOffer(token);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const extension = mine.offerExtension;
  return (
    <div className="actions-block">
      <ActionButton
        ref={acceptRef}
        type="button"
        busy={confirm.isPending}
        onClick={() => confirm.mutate(token)}
      >
        {t('mine.acceptOffer')}
      </ActionButton>
      <ErrorSummary error={confirm.error} />
      {extension && extension.used && <p>{t('mine.offerExtended')}</p>}
      {extension && !extension.used && (
        <>
          <p id="extend-offer-hint">{t('mine.extendOfferHint', { hours: extension.hours })}</p>
          <ActionButton
            type="button"
            className="secondary"
            aria-describedby="extend-offer-hint"
            busy={extend.isPending}
            onClick={() => extend.mutate(undefined, { onSuccess: () => acceptRef.current?.focus() })}
          >
            {t('mine.extendOffer', { hours: extension.hours })}
          </ActionButton>
          <ErrorSummary error={extend.error} />
        </>
      )}
    </div>
  );
}

/** Cancelling, with a confirm step; afterwards the focus goes to the result so it is heard. */
function CancelSection({ token }: { token: string }) {
  const { t } = useTranslation('registration');
  const cancel = useCancelMyRegistration(token);
  return (
    <section aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t('mine.cancelHeading')}</h2>
      <p>{t('mine.cancelText')}</p>
      <ConfirmAction
        label={t('mine.cancel')}
        question={t('mine.cancelQuestion')}
        confirmLabel={t('mine.cancelConfirm')}
        disabled={cancel.isPending}
        onConfirm={() => cancel.mutate()}
      />
      <ErrorSummary error={cancel.error} />
    </section>
  );
}

function MyRegistrationView({ mine, token }: { mine: MyRegistration; token: string }) {
  const { t } = useTranslation('registration');
  const active = ACTIVE.includes(mine.status);
  const statusRef = useRef<HTMLDivElement>(null);
  const previous = useRef(mine.status);
  // A change of state made on this page (cancelled, seat accepted) moves the focus to the new state.
  useEffect(() => {
    if (previous.current !== mine.status) {
      previous.current = mine.status;
      statusRef.current?.focus();
    }
  }, [mine.status]);
  return (
    <>
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={`notice status-panel status-panel-${mine.status}`}
      >
        <p>
          <strong>{t('mine.statusLabel')}</strong> <StatusText mine={mine} />
        </p>
      </div>
      {mine.status === 'offered' && <AcceptOffer mine={mine} token={token} />}
      <EventFacts mine={mine} />
      <TicketCard mine={mine} token={token} />
      {active && <IslandsLink token={token} />}
      {active && <MyRegistrationEdit key={mine.status} mine={mine} token={token} />}
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('mine.dataHeading')}</h2>
        <p>{t('mine.dataText')}</p>
        <p>
          <a className="button secondary" href={`${myRegistrationPath(token)}/export`} download>
            {t('mine.export')}
          </a>
        </p>
      </section>
      {active && <CancelSection token={token} />}
    </>
  );
}

/** /my-registration/:token: the personal page behind the link in every registration mail. */
export function MyRegistrationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('registration');
  usePageTitle(t('mine.title'));
  const mine = useMyRegistration(token);
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <QueryState query={mine}>{(data) => <MyRegistrationView mine={data} token={token} />}</QueryState>
    </>
  );
}
