import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { DEMO_ORGANIZER, isDatabaseEmpty, loadDemo, newDemoPassword } from '../server/demo/load-demo.js';
import { startServer } from '../server/main.js';

const USAGE = `Usage: crossdialog <command>

  serve                       start the platform (default)
  migrate                     bring the database schema up to date
  demo                        load the demo data into an empty database (prints the organizer password)
  organizer --email ADDRESS [--name NAME]
                              create an organizer, or give an existing one a new password;
                              prints the new random password once (DEMO_ORGANIZER_PASSWORD is not used)
  token create --name NAME    print a new API token with organizer rights
  token list                  list API tokens
  token revoke --id ID        revoke an API token
`;

async function withApp<T>(
  run: (built: Awaited<ReturnType<typeof buildApp>>, db: ReturnType<typeof openDatabase>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.DATABASE_URL);
  let built: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    await migrateToLatest(database.db);
    built = await buildApp({ config, database, webDir: null });
    return await run(built, database);
  } finally {
    // Closing the app closes what it opened (the live hub's Redis connections, the counters'
    // publisher); without it a command with REDIS_URL set prints its answer and never returns.
    await built?.app.close();
    await database.destroy();
  }
}

const cliActor = { kind: 'token' as const, tokenId: 'cli', role: 'organizer' as const };

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', sub, ...rest] = argv;
  switch (command) {
    case 'serve':
      await startServer();
      return;
    case 'migrate': {
      const config = loadConfig();
      const database = openDatabase(config.DATABASE_URL);
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      await database.destroy();
      return;
    }
    case 'demo':
      await withApp(async (built, database) => {
        if (!(await isDatabaseEmpty(database.db))) {
          console.error('The database is not empty; the demo is only loaded into an empty one.');
          process.exitCode = 1;
          return;
        }
        const { organizerPassword } = await loadDemo(
          built,
          database.db,
          new Date(),
          process.env.DEMO_ORGANIZER_PASSWORD,
        );
        console.log('Demo data loaded.');
        console.log(`Demo organizer: ${DEMO_ORGANIZER.email} / ${organizerPassword} (shown only now)`);
      });
      return;
    case 'organizer': {
      const { values } = parseArgs({
        args: [sub ?? '', ...rest].filter(Boolean),
        options: { email: { type: 'string' }, name: { type: 'string' } },
      });
      if (!values.email) {
        throw new Error('organizer needs --email ADDRESS');
      }
      const email = values.email;
      await withApp(async ({ services }) => {
        const password = newDemoPassword();
        const result = await services.accounts.setOrganizerPassword({ email, password, name: values.name });
        console.log(result.created ? `Organizer created: ${email}` : `New password for ${email}`);
        console.log(`Password (shown only now): ${password}`);
      });
      return;
    }
    case 'token': {
      const { values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, id: { type: 'string' } },
      });
      await withApp(async ({ services }) => {
        if (sub === 'create') {
          if (!values.name) {
            throw new Error('token create needs --name NAME');
          }
          const token = await services.accounts.issueApiToken(values.name, null);
          console.log(token.token);
        } else if (sub === 'list') {
          for (const t of await services.accounts.listApiTokens(cliActor)) {
            console.log(
              `${t.id}  ${t.prefix}…  ${t.name}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}`,
            );
          }
        } else if (sub === 'revoke') {
          if (!values.id) {
            throw new Error('token revoke needs --id ID');
          }
          await services.accounts.revokeApiToken(cliActor, values.id);
          console.log('Revoked.');
        } else {
          console.log(USAGE);
          process.exitCode = 1;
        }
      });
      return;
    }
    default:
      console.log(USAGE);
      process.exitCode = command === 'help' || command === '--help' ? 0 : 1;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
