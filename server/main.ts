/**
 * `npm start`: Parley on the port and store the environment names, until Ctrl-C. A bad
 * configuration or an unreachable store stops it here with the reason, not a stack trace.
 */
import { isAppError } from './errors/index.ts';
import { startParley } from './app.ts';

try {
  const parley = await startParley({ log: (message) => console.log(message) });
  console.log(
    `Explorer: ${parley.url}/   GraphiQL: ${parley.url}/graphiql   GraphQL: ${parley.url}/graphql`,
  );
  const shutdown = async () => {
    await parley.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(`Parley did not start: ${error.message}`);
  process.exit(1);
}
