import type { FastifyReply } from 'fastify';

/**
 * The Content-Disposition of a download (RFC 6266): an ASCII `filename` every client understands,
 * plus `filename*` in UTF-8 (RFC 8187) when the name has other letters ("Rückblick.csv"). A raw
 * non-Latin-1 character in a header would make Node throw, so the name never goes in unencoded.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  if (ascii === fileName) {
    return `attachment; filename="${ascii}"`;
  }
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a file to download: its type, its name, and `no-store`, since exports hold personal data that
 * no browser or proxy cache should keep. `contentType` may be left out for JSON the route serializes.
 */
export function sendDownload<T>(
  reply: FastifyReply,
  download: { body: T; fileName: string; contentType?: string },
): FastifyReply {
  if (download.contentType) {
    reply.header('content-type', download.contentType);
  }
  return reply
    .header('content-disposition', attachmentDisposition(download.fileName))
    .header('cache-control', 'no-store')
    .send(download.body);
}
