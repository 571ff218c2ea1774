import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { decodePhoto, sniffImageType } from './photo-check.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

function fieldKey(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.fields[0]?.key : 'not an AppError';
  }
  return undefined;
}

describe('photo checks', () => {
  it('recognizes JPEG, PNG and WebP by their first bytes, nothing else', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(WEBP)).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });

  it('decodes a valid photo and refuses bad base64, a wrong type and an oversized file', () => {
    expect(decodePhoto(PNG.toString('base64'), 'image/png').equals(PNG)).toBe(true);
    expect(fieldKey(() => decodePhoto('no base64!', 'image/png'))).toBe('retrospective.photo_unreadable');
    expect(fieldKey(() => decodePhoto(PNG.toString('base64'), 'image/webp'))).toBe(
      'retrospective.photo_type',
    );
    const huge = Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)]);
    expect(fieldKey(() => decodePhoto(huge.toString('base64'), 'image/jpeg'))).toBe(
      'retrospective.photo_too_large',
    );
  });
});
