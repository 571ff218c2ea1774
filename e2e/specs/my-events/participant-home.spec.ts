// A participant comes back signed in: from the mailed link to "My events" (or back to the page where
// sign-in started), then to profile, meetings and a live session without signing in again. Keyboard
// only, axe-core on every page, German at 1280 px and English at 390 px.
import type { Page } from 'playwright-core';
import {
  describe,
  expect,
  expectPage,
  linkFrom,
  test as base,
  uniqueEmail,
  type OrganizerApi,
  type TestEvent,
} from '../../fixtures/test.js';

const TEXT = {
  de: {
    signIn: 'Anmelden',
    region: 'Für Teilnehmende: Anmeldelink per E-Mail',
    email: 'E-Mail-Adresse',
    mail: /^Ihr Anmeldelink/,
    action: 'Jetzt anmelden',
    myEvents: 'Meine Veranstaltungen',
    registered: 'Sie sind für diese Veranstaltung angemeldet.',
    profile: 'Mein Profil',
    profileTitle: 'Mein Profil im Teilnehmerverzeichnis',
    meetings: 'Meine Gespräche',
    live: /Wasserstoff im Schwerlastverkehr .* mitmachen/,
  },
  en: {
    signIn: 'Sign in',
    region: 'For participants: sign-in link by email',
    email: 'Email address',
    mail: /^Your sign-in link/,
    action: 'Sign in now',
    myEvents: 'My events',
    registered: 'You are registered for this event.',
    profile: 'My profile',
    profileTitle: 'My profile in the participant directory',
    meetings: 'My meetings',
    live: /Wasserstoff im Schwerlastverkehr .* join in/,
  },
};

const EMAILS = { de: uniqueEmail('oezlem.yildiz'), en: uniqueEmail('eleni.papadopoulou') };

/** An event of its own with a live keynote, a networking slot, and the two participants. */
async function seedEvent(api: OrganizerApi): Promise<TestEvent> {
  const event = await api.createEvent();
  const talk = await api.post<{ id: string }>(`/api/v1/admin/events/${event.id}/sessions`, {
    type: 'keynote',
    title: 'Wasserstoff im Schwerlastverkehr',
    startsAt: `${event.year}-02-04T10:00`,
    endsAt: `${event.year}-02-04T10:45`,
  });
  await api.put(`/api/v1/admin/sessions/${talk.id}/live-settings`, {
    qaEnabled: true,
    preApproval: false,
    guestsAllowed: false,
  });
  await api.post(`/api/v1/admin/events/${event.id}/sessions`, {
    type: 'networking',
    title: 'Gespräche unter vier Augen',
    startsAt: `${event.year}-02-04T13:00`,
    endsAt: `${event.year}-02-04T14:00`,
  });
  for (const locale of ['de', 'en'] as const) {
    await api.addParticipant(event.id, {
      firstName: locale === 'de' ? 'Özlem' : 'Ελένη',
      lastName: locale === 'de' ? 'Yıldız' : 'Παπαδοπούλου',
      email: EMAILS[locale],
      organization: 'Beispiel GmbH',
      locale,
    });
  }
  return event;
}

const test = base.extend('event', { scope: 'file' }, async ({ organizer }) => seedEvent(organizer));

describe('a participant comes back to "My events"', () => {
  /** Focuses the link or button and presses Enter, as a keyboard user does. */
  async function press(
    page: Page,
    role: 'link' | 'button',
    name: string | RegExp,
    scope = page.locator('body'),
  ) {
    const target = scope.getByRole(role, { name }).first();
    await target.focus();
    await page.keyboard.press('Enter');
  }

  test.for([
    { lang: 'de' as const, width: 1280, startAtEvent: true },
    { lang: 'en' as const, width: 390, startAtEvent: false },
  ])('$lang at $width px', async ({ lang, width, startAtEvent }, { server, event, open }) => {
    const text = TEXT[lang];
    const email = EMAILS[lang];
    const page = await open({ locale: lang, width });
    const eventPath = `/events/${event.slug}`;

    // Sign-in starts on the event page (and returns there) or on the sign-in page (and lands on My events).
    await page.goto(`${server.url}${startAtEvent ? eventPath : '/signin'}`);
    if (startAtEvent) {
      await expectPage(page, event.title);
      await press(page, 'link', text.signIn, page.getByRole('navigation'));
    }
    await expectPage(page, text.signIn);
    const region = page.getByRole('region', { name: text.region });
    await region.getByLabel(text.email).focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    const mail = await server.inbox.waitFor(email, text.mail);
    await page.goto(linkFrom(mail, text.action, server.url));

    if (startAtEvent) {
      await page.waitForURL(`${server.url}${eventPath}`);
      await expectPage(page, event.title);
      // The event page knows her: status, ticket and links instead of the registration form.
      await page.getByText(text.registered).waitFor();
      await page.locator('#ticket img').waitFor();
      expect(await page.locator('form').count()).toBe(0);
      await press(page, 'link', text.myEvents, page.getByRole('navigation'));
    }
    await page.waitForURL(`${server.url}/me/events`);
    await expectPage(page, text.myEvents);
    const card = page.getByRole('article', { name: event.title });
    await card.waitFor();

    await press(page, 'link', text.profile, card);
    await expectPage(page, text.profileTitle);
    await page.goBack();
    await expectPage(page, text.myEvents);

    await press(page, 'link', text.meetings, card);
    await expectPage(page, new RegExp(`^${text.meetings}: `));
    await page.goBack();
    await expectPage(page, text.myEvents);

    await press(page, 'link', text.live, card);
    await expectPage(page, 'Wasserstoff im Schwerlastverkehr');
    expect(new URL(page.url()).pathname).toMatch(/^\/sessions\/[^/]+\/live$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});
