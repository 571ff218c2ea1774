// The organizer rewrites and publishes the retrospective of the demo's 2020 edition (with two photos:
// one's alt text changed in place, the other moved up by keyboard); the public page shows text, photos
// in the new order with the new alt text, and figures. Then a draft of changes: saved, discarded, saved
// again and published, the public page changing only at "publish changes". axe-core on every page visited.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  beforeAll,
  describe,
  expect,
  expectNoSeriousA11yViolations,
  expectPage,
  test,
} from '../../fixtures/test.js';

const PAST_SLUG = 'industriedialog-neue-mobilitaet-2020';
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const HEADLINE = 'Rückblick: Ein Tag voller neuer Kontakte';
const ALT = 'Teilnehmende im Gespräch an einem Tisch der Gesprächsinseln';
const ALT_CHANGED = 'Zwei Teilnehmende am Tisch der Gesprächsinsel „Wasserstoff in der Logistik“';
const ALT_SECOND = 'Blick von der Empore in den vollen Saal';

describe('the retrospective', () => {
  let photoPath: string;

  beforeAll(() => {
    photoPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'retro-')), 'saal.png');
    fs.writeFileSync(photoPath, Buffer.from(PNG_BASE64, 'base64'));
  });

  // The only spec that changes the demo's retrospective.
  test('is written and published by the organizer and shown on the public page', async ({ server, open }) => {
    const page = await open({ as: 'organizer', path: '/admin/events' });
    await expectPage(page, 'Veranstaltungen verwalten');
    // From the event list to the event's overview, then to the retrospective.
    await page
      .getByRole('row')
      .filter({ hasText: '06.02.2020' })
      .getByRole('link', { name: /: Übersicht$/ })
      .click();
    await page.getByRole('link', { name: 'Rückblick und Nachbefragung' }).click();
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
    await page.getByLabel('Fotodatei').setInputFiles(photoPath);
    await page.getByLabel('Alternativtext').fill(ALT_SECOND);
    await page.getByRole('button', { name: 'Foto hochladen' }).click();
    await page.getByRole('img', { name: ALT_SECOND }).waitFor();

    // The first photo's alt text, changed in place: empty is refused naming the field, then saved.
    const photos = page.getByRole('list', { name: 'Fotos in der Reihenfolge der Seite' });
    await photos.getByRole('button', { name: `Bearbeiten: Foto „${ALT}“` }).click();
    const editForm = page.getByRole('form', { name: `Texte zu Foto „${ALT}“ ändern` });
    const altField = editForm.getByLabel('Alternativtext');
    expect(await altField.evaluate((el) => el === document.activeElement)).toBe(true);
    await altField.fill('');
    await editForm.getByRole('button', { name: 'Texte speichern' }).click();
    await editForm
      .locator('.error-summary')
      .getByRole('link', { name: 'Alternativtext: Dieses Feld ist erforderlich.' })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await altField.fill(ALT_CHANGED);
    await editForm.getByRole('button', { name: 'Texte speichern' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Die Texte zu Foto „${ALT_CHANGED}“ sind gespeichert.` })
      .waitFor();
    await photos.getByRole('img', { name: ALT_CHANGED }).waitFor();

    // The second photo moves up by keyboard; the focus stays on it and its new place is announced.
    const up = photos.getByRole('button', { name: `Nach oben: Foto „${ALT_SECOND}“` });
    await up.focus();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/retrospective/photos/order') && r.request().method() === 'PUT',
    );
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    await page
      .getByRole('status')
      .filter({ hasText: `Foto „${ALT_SECOND}“ ist jetzt an Position 1 von 2.` })
      .waitFor();
    // At the top "up" is unavailable: the focus is on the same photo's "down" button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(
      `Nach unten: Foto „${ALT_SECOND}“`,
    );
    expect(
      await photos.getByRole('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt'))),
    ).toEqual([ALT_SECOND, ALT_CHANGED]);
    await expectNoSeriousA11yViolations(page);

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
    const visitor = await open();
    await visitor.goto(`${server.url}/events/${PAST_SLUG}`);
    await visitor.getByRole('region', { name: 'Rückblick' }).getByText(HEADLINE).waitFor();
    await expectNoSeriousA11yViolations(visitor);
    await visitor.getByRole('link', { name: 'Den ganzen Rückblick lesen' }).click();
    await expectPage(visitor, HEADLINE);
    const photo = visitor.getByRole('img', { name: ALT_SECOND });
    await photo.waitFor();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // The new order and the new alt text, on screen and in print: the moved photo first.
    const articlePhotos = visitor.locator('article.retrospective figure.retro-photo img');
    const alts = () => articlePhotos.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')));
    expect(await alts()).toEqual([ALT_SECOND, ALT_CHANGED]);
    await visitor.emulateMedia({ media: 'print' });
    expect(await alts()).toEqual([ALT_SECOND, ALT_CHANGED]);
    const tops = await articlePhotos.evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().top));
    expect(tops[0]!).toBeLessThan(tops[1]!);
    expect(await visitor.getByRole('img', { name: ALT_CHANGED }).isVisible()).toBe(true);
    await visitor.emulateMedia({ media: 'screen' });
    const figures = visitor.getByRole('region', { name: 'Zahlen zur Veranstaltung' });
    await figures.getByRole('heading', { name: 'Teilnehmende' }).waitFor();
    expect(await figures.textContent()).toMatch(
      /\d+ % haben mindestens einen potenziellen Projektpartner getroffen/,
    );
    await visitor.getByText(/Fachleute aus Automobilindustrie/).waitFor();

    // Edits to the published retrospective are a draft: the public page keeps the published version
    // until the organizer publishes the changes; a discarded draft brings the published text back.
    const NEW_HEADLINE = 'Rückblick: Neue Partnerschaften über Branchengrenzen';
    const headline = page.getByLabel('Überschrift');
    await headline.fill(NEW_HEADLINE);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Als Entwurf gespeichert.' }).waitFor();
    await page.getByText('Sie haben Änderungen, die noch nicht veröffentlicht sind.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await visitor.reload();
    await expectPage(visitor, HEADLINE);
    await page.getByRole('button', { name: 'Entwurf verwerfen' }).click();
    await page.getByRole('group', { name: /unveröffentlichten Änderungen verwerfen/ }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page
      .getByRole('group', { name: /unveröffentlichten Änderungen verwerfen/ })
      .getByRole('button', { name: 'Entwurf verwerfen' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Der Entwurf wurde verworfen.' }).waitFor();
    expect(await headline.inputValue()).toBe(HEADLINE);
    await headline.fill(NEW_HEADLINE);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Als Entwurf gespeichert.' }).waitFor();
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Änderungen sind veröffentlicht.' }).waitFor();
    expect(await page.getByText('Sie haben Änderungen, die noch nicht veröffentlicht sind.').count()).toBe(0);
    await visitor.reload();
    await expectPage(visitor, NEW_HEADLINE);

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
  });
});
