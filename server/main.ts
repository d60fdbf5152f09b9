/**
 * `npm start`: Parley on the port and store the environment names, until SIGTERM or SIGINT,
 * which stop it gracefully (app.ts: requests in flight finish, the store is closed and
 * checkpointed) and exit 0; a second signal exits at once. A bad configuration or an
 * unreachable store stops it here with the reason, not a stack trace.
 */
import { isAppError } from './errors/index.ts';
import { startParley } from './app.ts';

try {
  const parley = await startParley({ log: (message) => console.log(message) });
  console.log(
    `Explorer: ${parley.url}/   GraphiQL: ${parley.url}/graphiql   GraphQL: ${parley.url}/graphql`,
  );
  const shutdown = (signal: NodeJS.Signals) => {
    console.log(`${signal}: stopping`);
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
    parley.close().then(
      () => {
        console.log('Stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`Stop failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(`Parley did not start: ${error.message}`);
  process.exit(1);
}
