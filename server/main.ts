/**
 * `npm start`: Parley on the port and store the environment names, until SIGTERM or SIGINT,
 * which stop it gracefully (app.ts: requests in flight finish, the store is closed and
 * checkpointed) and exit 0; a second signal exits at once. A bad configuration or an
 * unreachable store stops it here with the reason, not a stack trace.
 */
import { isAppError } from './errors/index.ts';
import { startParley } from './app.ts';

// The handlers are in place before the server listens: a signal that comes while it starts
// (its "Parley on" line already printed) stops it gracefully once it is up, instead of ending
// it at once with the signal's default.
let parley: Awaited<ReturnType<typeof startParley>> | null = null;
let pending: NodeJS.Signals | null = null;
const shutdown = (signal: NodeJS.Signals) => {
  if (!parley) {
    pending = signal;
    return;
  }
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
try {
  parley = await startParley({ log: (message) => console.log(message) });
  console.log(
    `Explorer: ${parley.url}/   GraphiQL: ${parley.url}/graphiql   GraphQL: ${parley.url}/graphql`,
  );
  if (pending) shutdown(pending);
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(`Parley did not start: ${error.message}`);
  process.exit(1);
}
