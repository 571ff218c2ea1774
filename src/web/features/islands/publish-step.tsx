import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../components/action-button.js';
import { useConfirmStep } from '../../components/confirm-action.js';

/**
 * Publishing with a confirm step: the organizer decides per publish whether every seated participant
 * gets a mail with their seats (off by default: organizers often announce the plan themselves).
 * Focus moves into the step and back to the trigger on cancel (also with Escape).
 */
export function PublishStep({
  disabled,
  onPublish,
}: {
  disabled: boolean;
  onPublish: (notifyParticipants: boolean) => void;
}) {
  const { t } = useTranslation('islands');
  const [notify, setNotify] = useState(false);
  const { asking, setAsking, triggerRef, focusRef: checkboxRef } = useConfirmStep<HTMLInputElement>();

  if (!asking) {
    return (
      <ActionButton
        ref={triggerRef}
        type="button"
        busy={disabled}
        onClick={() => {
          setNotify(false);
          setAsking(true);
        }}
      >
        {t('assign.action.publish')}
      </ActionButton>
    );
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setAsking(false);
    }
  };
  return (
    <div role="group" aria-labelledby="publish-question" className="confirm" onKeyDown={onKeyDown}>
      <p id="publish-question">{t('assign.publish.question')}</p>
      <div className="checkbox-row">
        <input
          ref={checkboxRef}
          type="checkbox"
          id="publish-notify"
          checked={notify}
          aria-describedby="publish-notify-hint"
          onChange={(e) => setNotify(e.target.checked)}
        />
        <label htmlFor="publish-notify">{t('assign.publish.notify')}</label>
      </div>
      <p id="publish-notify-hint" className="field-hint">
        {t('assign.publish.notifyHint')}
      </p>
      <div className="actions">
        <ActionButton
          type="button"
          busy={disabled}
          onClick={() => {
            onPublish(notify);
            setAsking(false);
          }}
        >
          {t('assign.publish.confirm')}
        </ActionButton>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t('common:form.cancel')}
        </button>
      </div>
    </div>
  );
}
