import { escapeHtml } from '../../markdown.js';

/** Server-made head tags of a published retrospective page, so a shared link shows its headline and lead. */
export function retrospectiveHeadTags(
  head: { title: string; description: string },
  url: string,
  siteName = 'CrossDialog',
): string {
  const description = head.description.slice(0, 300);
  return [
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta name="twitter:card" content="summary">`,
  ].join('\n    ');
}
