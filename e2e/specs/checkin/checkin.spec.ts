import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import type { RegistrationAdmin } from '../../../src/contract/registration.js';
import { describe, expect, expectPage, launchBrowser, test, uniqueEmail } from '../../fixtures/test.js';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A fake camera film showing the ticket's QR code: the code drawn as PNG, centred on a white 640×480
 * frame, encoded as JPEG, repeated. An .mjpeg file is just JPEG frames one after another.
 */
async function qrFilm(ticketCode: string, dir: string): Promise<string> {
  const qr = PNG.sync.read(await QRCode.toBuffer(ticketCode, { type: 'png', margin: 4, scale: 8 }));
  const frame = Buffer.alloc(WIDTH * HEIGHT * 4, 255);
  const left = Math.floor((WIDTH - qr.width) / 2);
  const top = Math.floor((HEIGHT - qr.height) / 2);
  for (let y = 0; y < qr.height; y++) {
    qr.data.copy(frame, ((top + y) * WIDTH + left) * 4, y * qr.width * 4, (y + 1) * qr.width * 4);
  }
  const jpg = jpeg.encode({ width: WIDTH, height: HEIGHT, data: frame }, 90).data;
  const file = path.join(dir, 'ticket.mjpeg');
  fs.writeFileSync(file, Buffer.concat(Array.from({ length: 30 }, () => jpg)));
  return file;
}

describe('check-in at the door', () => {
  // Its own browser with a fake camera, two scans read from the film and an offline round trip.
  test(
    'checks a ticket in by its QR code, flags a second scan, and queues a check-in while offline',
    { timeout: 120_000 },
    async ({ server, organizer: api, open, onTestFinished }) => {
      // An event of its own with two participants: the device keeps every confirmed one offline.
      const event = await api.createEvent();
      const scanned = await api.addParticipant(event.id, {
        firstName: 'Jürgen',
        lastName: 'Weiß',
        email: uniqueEmail('juergen.weiss'),
        organization: 'Straßenbahn Görlitz GmbH',
        notes: 'Spricht auf dem Podium',
      });
      const offline = await api.addParticipant(event.id, {
        firstName: 'Ömer',
        lastName: 'Çelik',
        email: uniqueEmail('oemer.celik'),
        organization: 'Energie Lausitz',
        sector: 'energy',
      });
      const registration = (id: string) => api.get<RegistrationAdmin>(`/api/v1/admin/registrations/${id}`);
      // A browser whose camera films the ticket's QR code.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-checkin-'));
      const film = await qrFilm(scanned.ticketCode!, dir);
      const camera = await launchBrowser([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${film}`,
      ]);
      onTestFinished(async () => {
        await camera.close();
        fs.rmSync(dir, { recursive: true, force: true });
      });
      const page = await open({
        as: 'organizer',
        width: 360,
        browser: camera,
        path: `/admin/events/${event.id}/checkin`,
      });
      const context = page.context();
      const heading = `Check-in: ${event.title}`;
      await expectPage(page, heading);
      await page.getByText('2 Personen für den Offline-Betrieb auf diesem Gerät gespeichert.').waitFor();

      await page.getByRole('button', { name: 'Kamera starten' }).click();
      await page.getByText('Jürgen Weiß ist eingecheckt.').waitFor({ timeout: 15_000 });
      await page.getByText('Straßenbahn Görlitz GmbH').waitFor();
      await page.getByText('Spricht auf dem Podium').waitFor();
      expect(await page.locator('.checkin-warning').count()).toBe(0);
      await expectPage(page, heading);
      const first = await registration(scanned.id);
      expect(first.checkInCount).toBe(1);
      expect(first.checkedInAt).not.toBeNull();

      await page.getByRole('button', { name: 'Nächsten Code scannen' }).click();
      const warning = page
        .getByRole('status')
        .filter({ hasText: 'Achtung: Jürgen Weiß wurde bereits eingecheckt' });
      await warning.waitFor({ timeout: 15_000 });
      await expectPage(page, heading);
      await page.getByRole('button', { name: 'Kamera beenden' }).click();

      // The service worker keeps the app shell for the installed app.
      const worker = await page.evaluate(async () => {
        const ready = await navigator.serviceWorker.ready;
        return ready.active?.scriptURL ?? null;
      });
      expect(worker).toBe(`${server.url}/sw.js`);

      await context.setOffline(true);
      await page.getByText('Offline – 0 Scans warten').waitFor();
      await page.getByLabel('Name oder Organisation').fill('Çelik');
      await page.getByRole('button', { name: 'Suchen' }).click();
      await page.getByRole('button', { name: 'Einchecken: Ömer Çelik' }).click();
      await page.getByText('Ömer Çelik ist eingecheckt.').waitFor();
      await page.getByText('Offline – 1 Scan wartet').waitFor();
      await expectPage(page, heading);
      expect((await registration(offline.id)).checkedInAt).toBeNull();

      await context.setOffline(false);
      await page.getByText('Online – 1 gespeicherter Scan wurde übertragen.').waitFor({ timeout: 15_000 });
      const after = await registration(offline.id);
      expect(after.checkedInAt).not.toBeNull();
      expect(after.checkInCount).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    },
  );
});
