import { useTranslation } from 'react-i18next';
import { FIGURE_KEYS, type Figure, type FigureKey } from '../../../contract/retrospective.js';

/** Checkboxes choosing the figures; a figure that would be hidden says why. */
export function FigureChoice({
  figures,
  chosen,
  onChange,
}: {
  figures: Figure[];
  chosen: FigureKey[];
  onChange: (keys: FigureKey[]) => void;
}) {
  const { t } = useTranslation('retrospective');
  return (
    <fieldset className="retro-figure-choice">
      <legend>{t('editor.figures')}</legend>
      <p className="hint">{t('editor.figuresHint')}</p>
      {FIGURE_KEYS.map((key) => {
        const figure = figures.find((f) => f.key === key);
        const id = `figure-choice-${key}`;
        const reason = figure?.suppressed
          ? t(`editor.hidden.${figure.reason ?? 'no-data'}`, { count: figure.groupSize })
          : null;
        return (
          <div key={key} className="checkbox-row">
            <input
              id={id}
              type="checkbox"
              checked={chosen.includes(key)}
              aria-describedby={reason ? `${id}-reason` : undefined}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, key] : chosen.filter((k) => k !== key))
              }
            />
            <label htmlFor={id}>{t(`figures.${key}.title`)}</label>
            {reason && (
              <span id={`${id}-reason`} className="hint">
                {' '}
                {reason}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
