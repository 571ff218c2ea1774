import { describe, expect, expectPage, test, uniqueEmail } from '../../fixtures/test.js';

const PEOPLE = [
  { firstName: 'Özlem', lastName: 'Yıldız', organization: 'Ärztehaus Šumava' },
  { firstName: 'Łukasz', lastName: 'Wróbel', organization: 'Logistyka Wrocław' },
  { firstName: 'Ελένη', lastName: 'Παπαδοπούλου', organization: 'Πανεπιστήμιο Θεσσαλίας' },
  { firstName: 'Иван', lastName: 'Петров', organization: 'Завод Север' },
  { firstName: 'Jiří', lastName: 'Dvořák', organization: 'Strojírny Plzeň' },
  { firstName: 'Ahmet', lastName: 'Ünal', organization: 'Zulieferer Chemnitz' },
];
// What the desk types, as people say their names, and whom it must find.
const TYPED: [string, string][] = [
  ['Özlem', 'Özlem Yıldız'],
  ['özlem', 'Özlem Yıldız'],
  ['Ozlem', 'Özlem Yıldız'],
  ['Oezlem', 'Özlem Yıldız'],
  ['Ünal', 'Ahmet Ünal'],
  ['Ärztehaus', 'Özlem Yıldız'],
  ['Łukasz', 'Łukasz Wróbel'],
  ['Lukasz', 'Łukasz Wróbel'],
  ['Ελένη', 'Ελένη Παπαδοπούλου'],
  ['ελενη', 'Ελένη Παπαδοπούλου'],
  ['Петров', 'Иван Петров'],
  ['Šumava', 'Özlem Yıldız'],
  ['dvorak', 'Jiří Dvořák'],
];

describe('the check-in desk finds names as people say them', () => {
  test('finds each of them by keyboard, online and offline, and checks one in', async ({
    organizer,
    open,
  }) => {
    // An event of its own: the desk's list holds these six and no one else's guests.
    const event = await organizer.createEvent();
    for (const [i, person] of PEOPLE.entries()) {
      await organizer.addParticipant(event.id, { ...person, email: uniqueEmail(`gast${i}`) });
    }
    const page = await open({ as: 'organizer', path: `/admin/events/${event.id}/checkin` });
    const context = page.context();
    const heading = `Check-in: ${event.title}`;
    await expectPage(page, heading);
    await page.getByText(/Personen für den Offline-Betrieb auf diesem Gerät gespeichert/).waitFor();

    const search = page.getByLabel('Name oder Organisation');
    const find = async (typed: string, name: string) => {
      await search.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: `Einchecken: ${name}` }).waitFor({ timeout: 5_000 });
    };
    for (const [typed, name] of TYPED) {
      await find(typed, name);
    }
    await expectPage(page, heading);

    // Without a network the device's own list folds the same way.
    await context.setOffline(true);
    await page
      .getByText(/Offline/)
      .first()
      .waitFor();
    await find('OEZLEM', 'Özlem Yıldız');
    await find('wrobel', 'Łukasz Wróbel');
    await context.setOffline(false);

    await find('Dvořák', 'Jiří Dvořák');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Einchecken: Jiří Dvořák',
    );
    await page.keyboard.press('Enter');
    await page.getByText('Jiří Dvořák ist eingecheckt.').waitFor();
    await expectPage(page, heading);
  });
});
