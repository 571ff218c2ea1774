// Regenerates docs/screenshot-events.png: the demo's public events page at 1280×800 in Chromium.
// Run from the repository root: `npx tsx docs/screenshot.ts` (needs Debian's chromium, see README.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/fixtures/browser.js';
import { startServer } from '../test/server-process.js';

const OUTPUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshot-events.png');

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/events`);
  // Wait for the event cards, not only the frame, so the picture shows the demo data.
  await page.getByText('ausgebucht').first().waitFor();
  await page.screenshot({ path: OUTPUT });
  console.log(`Saved ${path.relative(process.cwd(), OUTPUT)}`);
} finally {
  await browser.close();
  await server.stop();
}
