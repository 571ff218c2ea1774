import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import { BRAND_CONTRAST_BACKGROUNDS, MIN_BRAND_CONTRAST } from '../../../contract/branding.js';
import { contrastRatio, formatRatio, isHexColour } from '../../../contract/colour-contrast.js';
import { TextField } from '../../components/form-fields.js';

/** The lowest contrast of a colour against the backgrounds the brand colours must read on. */
function lowestContrast(colour: string): number {
  return Math.min(...BRAND_CONTRAST_BACKGROUNDS.map((background) => contrastRatio(colour, background)));
}

/**
 * A brand colour as `#rrggbb` text with a picker beside it, and the contrast it reaches, so the
 * organizer sees before saving whether the server will take it (it checks the same numbers).
 */
export function ColourField({
  name,
  label,
  fallback,
  value,
  onChange,
  errors,
}: {
  name: 'primaryColour' | 'accentColour';
  label: string;
  /** The colour in use while the field is empty (today's default). */
  fallback: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly FieldError[];
}) {
  const { t, i18n } = useTranslation('branding');
  const effective = isHexColour(value) ? value.toLowerCase() : value === '' ? fallback : null;
  const ratio = effective ? lowestContrast(effective) : null;
  const ratioText = ratio === null ? '' : formatRatio(ratio).replace('.', i18n.language === 'de' ? ',' : '.');
  return (
    <div className="colour-field">
      <TextField
        name={name}
        label={label}
        hint={t('colours.hint', { fallback })}
        value={value}
        onChange={onChange}
        errors={errors}
        maxLength={7}
        spellCheck={false}
        autoComplete="off"
      />
      <div className="colour-check">
        <input
          type="color"
          aria-label={t('colours.picker', { label })}
          value={effective ?? fallback}
          onChange={(e) => onChange(e.target.value)}
        />
        {ratio !== null && (
          <p>
            {ratio >= MIN_BRAND_CONTRAST
              ? t('colours.contrastOk', { ratio: ratioText })
              : t('colours.contrastLow', { ratio: ratioText })}
          </p>
        )}
      </div>
    </div>
  );
}
