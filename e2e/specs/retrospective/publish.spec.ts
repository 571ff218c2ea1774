// The organizer rewrites and publishes the retrospective of the demo's 2020 edition (with a photo and
// its alt text); the public page shows text, photo and figures. axe-core on every page visited.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, newContext } from '../../fixtures/browser.js';
import { expectPage, signInAsOrganizer } from '../../fixtures/organizer.js';
import { startServer, type RunningServer } from '../../fixtures/server.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const HEADLINE = 'Rückblick: Ein Tag voller neuer Kontakte';
const ALT = 'Teilnehmende im Gespräch an einem Tisch der Gesprächsinseln';

describe('the retrospective', () => {
  let server: RunningServer;
  let browser: Browser;
  let photoPath: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    photoPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'retro-')), 'saal.png');
    fs.writeFileSync(photoPath, Buffer.from(PNG_BASE64, 'base64'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is written and published by the organizer and shown on the public page', async () => {
    const context = await newContext(browser, 'de');
    const page = await context.newPage();
    await signInAsOrganizer(page, server.url);
    await page
      .getByRole('row')
      .filter({ hasText: '06.02.2020' })
      .getByRole('link', { name: /^Rückblick zu/ })
      .click();
    await expectPage(page, 'Rückblick schreiben');

    // The demo ships it published: take it back, rewrite, add a photo, publish again.
    await page.getByRole('button', { name: 'Veröffentlichung zurücknehmen' }).click();
    await page.getByRole('status').filter({ hasText: 'zurückgenommen' }).waitFor();
    await page.getByLabel('Überschrift').fill(HEADLINE);
    await page
      .getByLabel('Vorspann')
      .fill('Zweihundert Fachleute, acht Branchen, ein Ziel: gemeinsame Projekte.');
    await page.getByRole('checkbox', { name: 'Teilnehmende' }).check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();

    await page.getByLabel('Fotodatei').setInputFiles(photoPath);
    await page.getByLabel('Alternativtext').fill(ALT);
    await page.getByRole('button', { name: 'Foto hochladen' }).click();
    await page.getByRole('img', { name: ALT }).waitFor();

    await page.getByRole('button', { name: 'Vorschau zeigen' }).click();
    await page
      .getByRole('region', { name: 'Vorschau des Rückblicks' })
      .getByRole('heading', { name: HEADLINE })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'ist veröffentlicht' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // The public event page links the retrospective; the retrospective shows text, photo, figures.
    const visitor = await (await newContext(browser, 'de')).newPage();
    await visitor.goto(`${server.url}/events/${PAST_SLUG}`);
    await visitor.getByRole('region', { name: 'Rückblick' }).getByText(HEADLINE).waitFor();
    await expectNoSeriousA11yViolations(visitor);
    await visitor.getByRole('link', { name: 'Den ganzen Rückblick lesen' }).click();
    await expectPage(visitor, HEADLINE);
    const photo = visitor.getByRole('img', { name: ALT });
    await photo.waitFor();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const figures = visitor.getByRole('region', { name: 'Zahlen zur Veranstaltung' });
    await figures.getByRole('heading', { name: 'Teilnehmende' }).waitFor();
    expect(await figures.textContent()).toMatch(
      /\d+ % haben mindestens einen potenziellen Projektpartner getroffen/,
    );
    await visitor.getByText(/Fachleute aus Automobilindustrie/).waitFor();

    // The organizer's survey results of the same event: table and chart with a text alternative.
    await page.getByRole('link', { name: 'Nachbefragung und Ergebnisse' }).click();
    await expectPage(page, 'Nachbefragung');
    await page
      .getByText('0 von 0 eingeladenen Personen haben geantwortet.')
      .or(page.getByText(/haben geantwortet/))
      .first()
      .waitFor();
    const chart = page.getByRole('img', { name: /Potenzielle Projektpartner kennengelernt/ });
    await chart.waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Potenzielle Projektpartner kennengelernt' })
        .getByRole('row')
        .count(),
    ).toBe(3);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
