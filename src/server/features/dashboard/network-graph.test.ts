import { describe, expect, it } from 'vitest';
import { buildOrgGraph, countReturning, emailKey } from './network-graph.js';

const info = new Map([
  ['a', { name: 'A', sector: 'oem' }],
  ['b', { name: 'B', sector: 'it' }],
  ['c', { name: 'C', sector: 'it' }],
]);

describe('buildOrgGraph', () => {
  it('weights edges by meetings, ignores meetings inside one organization and keeps the best connected', () => {
    const graph = buildOrgGraph(
      [
        { orgA: 'b', orgB: 'a' },
        { orgA: 'a', orgB: 'b' },
        { orgA: 'b', orgB: 'c' },
        { orgA: 'c', orgB: 'c' },
        { orgA: '', orgB: 'c' },
      ],
      info,
      2,
    );
    expect(graph.nodes.map((n) => [n.id, n.meetings])).toEqual([
      ['b', 3],
      ['a', 2],
    ]);
    expect(graph.edges).toEqual([{ source: 'a', target: 'b', meetings: 2, isCrossSector: true }]);
    expect(graph.omittedNodes).toBe(1);
  });
});

describe('countReturning', () => {
  it('joins registrations sharing a person id or an email, transitively', () => {
    const row = (eventId: string, personId: string | null, email: string) => ({
      eventId,
      personId,
      emailKey: emailKey(email),
      orgKey: '',
      organization: '',
      sector: 'oem',
    });
    const result = countReturning([
      row('e1', 'p1', 'one@example.org'),
      row('e2', null, ' ONE@example.org'),
      row('e3', 'p1', 'new@example.org'),
      row('e1', null, 'two@example.org'),
    ]);
    expect(result).toMatchObject({ people: 2, peopleReturning: 1, organizations: 0 });
  });
});
