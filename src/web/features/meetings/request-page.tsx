import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { MEETING_LIMITS, type MeetingCandidate } from '../../../contract/meetings.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextAreaField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useMeetingCandidate, useRequestMeeting } from './api.js';
import { ActionButton } from '../../components/action-button.js';

function RequestForm({ candidate }: { candidate: MeetingCandidate }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const request = useRequestMeeting(candidate.event.slug);
  const [message, setMessage] = useState('');
  const name = candidate.person.name;
  const errors = request.error instanceof ApiError ? request.error.fields : [];
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        request.mutate(
          { recipientId: candidate.person.personId, message },
          {
            onSuccess: () =>
              void navigate(`/events/${candidate.event.slug}/meetings`, {
                state: { done: t('request.sent', { name }) },
              }),
          },
        );
      }}
    >
      <ErrorSummary error={request.error} />
      <TextAreaField
        name="message"
        label={t('request.message')}
        hint={t('request.messageHint', { max: MEETING_LIMITS.messageMax })}
        value={message}
        onChange={setMessage}
        maxLength={MEETING_LIMITS.messageMax}
        rows={4}
        errors={errors}
      />
      <div className="actions">
        <ActionButton type="submit" busy={request.isPending}>
          {t('request.submit')}
        </ActionButton>
      </div>
    </form>
  );
}

/** /events/:slug/meetings/request/:personId: ask a person of the directory for a 1:1 meeting. */
export function RequestMeetingPage() {
  const { slug = '', personId = '' } = useParams();
  const { t } = useTranslation('meetings');
  const candidate = useMeetingCandidate(slug, personId);
  const name = candidate.data?.person.name ?? '';
  usePageTitle(t('request.title', { name }));
  return (
    <>
      <h1>{t('request.title', { name })}</h1>
      <p>
        <Link to={`/events/${slug}/networking`}>{t('request.back')}</Link>
      </p>
      <QueryState query={candidate} notFound={<p>{t('request.notFound')}</p>}>
        {(data) => (
          <>
            <p className="lead">
              {data.person.organization
                ? t('request.intro', {
                    name,
                    organization: data.person.organization,
                    event: data.event.title,
                  })
                : t('request.introNoOrg', { name, event: data.event.title })}
            </p>
            <p className="field-hint">{t('request.privacy')}</p>
            {data.existing && (
              <p className="notice">
                {t(`request.existing.${data.existing.status}`, { name })}{' '}
                <Link to={`/events/${slug}/meetings`}>{t('request.toMine')}</Link>
              </p>
            )}
            {!data.existing && !data.canRequest && <p className="notice">{t('request.notPossible')}</p>}
            {data.canRequest && <RequestForm candidate={data} />}
          </>
        )}
      </QueryState>
    </>
  );
}
