import { useMemo } from 'react';

/** Label lookups for an event's sector and competence lists (keys shown when a label is missing). */
export function useListLabels(lists: {
  sectors: { key: string; label: string }[];
  competences: { key: string; label: string }[];
}) {
  return useMemo(() => {
    const sectors = new Map(lists.sectors.map((s) => [s.key, s.label]));
    const competences = new Map(lists.competences.map((c) => [c.key, c.label]));
    return {
      sector: (key: string) => sectors.get(key) ?? key,
      competence: (key: string) => competences.get(key) ?? key,
    };
  }, [lists]);
}
export type ListLabels = ReturnType<typeof useListLabels>;
