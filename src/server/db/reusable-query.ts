import type { Compilable, CompiledQuery } from 'kysely';

/** What `build` gets in place of a value: an object, so any change to it fails or shows. */
class StandIn {
  constructor(readonly name: string) {}
  toString(): string {
    throw new Error(`reusableQuery: the value "${this.name}" must be passed to the query unchanged`);
  }
}

/** Where a parameter of the compiled template comes from: a named value of the call, or a constant. */
type Slot = { name: string } | { value: unknown };

/**
 * A Kysely query built and compiled once and then run many times with new values. Building and
 * compiling a query (operation tree, plugins, SQL text) costs several times more than running a
 * prepared statement on SQLite, so hot paths (a registration rush) reuse the compiled text.
 *
 * `build` gets stand-ins for the values and must hand each one to Kysely unchanged, as a single
 * value (no JSON.stringify, no arithmetic, no `in` lists): the template is checked once, on first
 * use. Run the result with `db.executeQuery(query(values))`, or `trx.executeQuery(...)` inside a
 * transaction. Create it per database (the SQL text depends on the dialect).
 */
export function reusableQuery<P extends object, R>(
  build: (values: P) => Compilable<R>,
): (values: P) => CompiledQuery<R> {
  let template: { compiled: CompiledQuery<R>; slots: Slot[] } | null = null;

  function compileTemplate() {
    const used = new Set<string>();
    const standIns = new Proxy({} as P, {
      get: (_target, name) => {
        used.add(String(name));
        return new StandIn(String(name));
      },
    });
    const compiled = build(standIns).compile();
    const slots: Slot[] = compiled.parameters.map((value) =>
      value instanceof StandIn ? { name: value.name } : { value },
    );
    const bound = new Set(slots.flatMap((slot) => ('name' in slot ? [slot.name] : [])));
    const unbound = [...used].filter((name) => !bound.has(name));
    if (unbound.length > 0) {
      throw new Error(`reusableQuery: ${unbound.join(', ')} not passed through as values: ${compiled.sql}`);
    }
    return { compiled, slots };
  }

  return (values) => {
    template ??= compileTemplate();
    const { compiled, slots } = template;
    return {
      ...compiled,
      parameters: slots.map((slot) =>
        'name' in slot ? (values as Record<string, unknown>)[slot.name] : slot.value,
      ),
    };
  };
}
