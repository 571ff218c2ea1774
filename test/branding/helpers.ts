import zlib from 'node:zlib';
import type { Caller, TestApp } from '../build-app.js';

/** Settings with every field: the test's network, Netzwerk Mobilität Sachsen. */
export const SAXONY_BRAND = {
  networkName: 'Netzwerk Mobilität Sachsen',
  primaryColour: '#1d5e2f',
  accentColour: '#5a2a82',
  senderName: 'Netzwerk Mobilität Sachsen – Geschäftsstelle',
  replyTo: 'kontakt@netzwerk-sachsen.example.org',
  imprintText:
    'Netzwerk Mobilität Sachsen e. V.\nMusterstraße 1, 01067 Dresden\nVR 1234, Amtsgericht Dresden',
  imprintUrl: 'https://netzwerk-sachsen.example.org/impressum',
  privacyUrl: 'https://netzwerk-sachsen.example.org/datenschutz',
  contactName: 'Katrin Beispiel',
  contactRole: 'Netzwerkmanagerin',
  contactEmail: 'katrin.beispiel@netzwerk-sachsen.example.org',
  contactPhone: '+49 351 123456-0',
};

/** Saves branding settings as the caller. */
export function saveBranding(t: TestApp, caller: Caller | null, body: object, lang = 'de') {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/branding?lang=${lang}`,
    headers: caller?.headers ?? {},
    payload: body,
  });
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) {
      crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of one colour (8-bit RGB), small enough for any upload limit. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
