import { BRANDING_LIMITS, type LogoType } from '../../../contract/branding.js';
import { fieldError } from '../../errors.js';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The raster type the file's first bytes say (PNG or JPEG), or null for anything else (SVG too). */
export function sniffLogoType(bytes: Buffer): LogoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return 'image/png';
  }
  return null;
}

/**
 * Decodes and checks an uploaded logo: valid base64, at most logoBytesMax, and really a PNG or JPEG
 * of the declared type (the bytes decide, not the name). Throws a 422 naming `dataBase64`.
 */
export function decodeLogo(dataBase64: string, declared: LogoType): Buffer {
  const compact = dataBase64.replace(/\s+/g, '');
  if (!BASE64.test(compact)) {
    throw fieldError('dataBase64', 'branding.logo_unreadable');
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > BRANDING_LIMITS.logoBytesMax) {
    throw fieldError('dataBase64', 'branding.logo_too_large', {
      maximum: Math.round(BRANDING_LIMITS.logoBytesMax / 1024),
    });
  }
  if (sniffLogoType(bytes) !== declared) {
    throw fieldError('dataBase64', 'branding.logo_type');
  }
  return bytes;
}
