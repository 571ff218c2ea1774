import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';

/**
 * A button that stays focusable while it cannot act (a request runs, the form is empty): aria-disabled
 * instead of disabled, so the focus does not fall to the page body, and clicks (Enter in a form too)
 * are ignored.
 */
export function ActionButton({
  busy = false,
  disabled = false,
  onClick,
  ref,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { busy?: boolean; ref?: Ref<HTMLButtonElement> }) {
  const inert = busy || disabled;
  return (
    <button
      {...props}
      ref={ref}
      aria-disabled={inert || undefined}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (inert) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
