import { PHOTO_TYPES, RETROSPECTIVE_LIMITS, type PhotoType } from '../../../contract/retrospective.js';
import { fieldError } from '../../errors.js';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The image type the file's first bytes say, or null for anything else. */
export function sniffImageType(bytes: Buffer): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

/**
 * Decodes and checks an uploaded photo: valid base64, at most photoBytesMax, and really a JPEG, PNG
 * or WebP of the declared type (the bytes decide, not the name). Throws a 422 naming `dataBase64`.
 */
export function decodePhoto(dataBase64: string, declared: PhotoType): Buffer {
  const compact = dataBase64.replace(/\s+/g, '');
  if (!BASE64.test(compact)) {
    throw fieldError('dataBase64', 'retrospective.photo_unreadable');
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > RETROSPECTIVE_LIMITS.photoBytesMax) {
    throw fieldError('dataBase64', 'retrospective.photo_too_large', {
      maximum: Math.round(RETROSPECTIVE_LIMITS.photoBytesMax / (1024 * 1024)),
    });
  }
  const actual = sniffImageType(bytes);
  if (!actual || !PHOTO_TYPES.includes(actual) || actual !== declared) {
    throw fieldError('dataBase64', 'retrospective.photo_type');
  }
  return bytes;
}
