import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { publishedEvent, register } from '../registration/helpers.js';

/** Splits CSV text the way a program that guesses "comma-separated" does (quotes respected). */
function commaCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',' || c === ';') {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

/** Issue 14, low finding: CSV exports neutralized formulas only in a cell's first character. */
describe('the registrations CSV export', () => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp('sqlite', { REGISTRATION_RATE_LIMIT: '0' });
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts no cell with a formula, read with commas or semicolons, whatever a person typed', async () => {
    const event = await publishedEvent(t, organizer);
    const organization = 'Zulieferer GmbH,=2+5+cmd|A0';
    const registered = await register(t, event.slug, { organization, lastName: '=1+1' });
    expect(registered.response.statusCode).toBe(201);
    const file = await t.app.inject({
      url: `/api/v1/admin/events/${event.id}/registrations/export.csv`,
      headers: organizer.headers,
    });
    expect(file.statusCode).toBe(200);
    const lines = file.body
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const row = lines.find((line) => line.includes('cmd|A0'));
    expect(row).toBeDefined();
    const cells = commaCells(row ?? '');
    for (const cell of cells) {
      expect(cell).not.toMatch(/^\s*[=+\-@]/);
    }
    // Read back, the person's text is all there, behind the apostrophe that keeps it text.
    expect(cells).toContain(organization);
    expect(cells).toContain("'=1+1");
  });
});
