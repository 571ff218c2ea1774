import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from './action-button.js';
import { keepFocusFor } from './page-action.js';

/**
 * The state of a confirm step opened by a trigger button: when it opens, focus moves to the element
 * given `focusRef` (the confirm button, or the step's first field); when it closes, back to the trigger.
 */
export function useConfirmStep<T extends HTMLElement>() {
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const focusRef = useRef<T>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) {
      focusRef.current?.focus();
    } else if (wasAsking.current) {
      triggerRef.current?.focus();
    }
    wasAsking.current = asking;
  }, [asking]);
  return { asking, setAsking, triggerRef, focusRef };
}

/**
 * A destructive action with a confirm step: the first button asks, the second does it.
 * Focus moves to the confirm button and back to the trigger; when the action removes the trigger (an
 * archived row, a cancelled meeting), to `resultId` (else the page's main content), never to the body.
 */
export function ConfirmAction({
  label,
  ariaLabel,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  tone = 'danger',
  resultId,
}: {
  label: string;
  /** A fuller name for the trigger ("Archive “Title”"); it must contain the visible label. */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  /** Where focus goes if the trigger is gone after the action (id of the changed item or its heading). */
  resultId?: string;
  disabled?: boolean;
  /** "danger" for what cannot be undone (red); "safe" for a harmless step that still deserves a second look. */
  tone?: 'danger' | 'safe';
}) {
  const { t } = useTranslation();
  const { asking, setAsking, triggerRef, focusRef: confirmRef } = useConfirmStep<HTMLButtonElement>();
  if (!asking) {
    return (
      <ActionButton
        ref={triggerRef}
        type="button"
        className={tone === 'danger' ? 'danger' : 'secondary'}
        aria-label={ariaLabel}
        busy={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </ActionButton>
    );
  }
  return (
    <div role="group" aria-label={question} className="confirm">
      <p>{question}</p>
      <div className="actions">
        <ActionButton
          ref={confirmRef}
          type="button"
          className={tone === 'danger' ? 'danger' : undefined}
          busy={disabled}
          onClick={() => {
            keepFocusFor(...(resultId ? [resultId] : []));
            onConfirm();
            setAsking(false);
          }}
        >
          {confirmLabel}
        </ActionButton>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
