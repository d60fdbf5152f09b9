/**
 * `npm run neo4j`: the tests' local Neo4j 5.26, for people without Docker. It builds the
 * launcher when needed (Java 17 and Maven), keeps its database in data/neo4j/ (so it survives
 * a restart), serves Bolt on 127.0.0.1:7687 and Neo4j Browser on http://127.0.0.1:7474/browser/,
 * both without authentication and on this machine only, and stops on Ctrl-C.
 * Options: --port BOLT --http PORT --data DIR --heap SIZE.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import {
  BUILD_COMMAND,
  LAUNCHER_DIR,
  hasCommand,
  startLocalNeo4j,
  whyNoLauncher,
} from './launch.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7687' },
    http: { type: 'string', default: '7474' },
    data: { type: 'string', default: 'data/neo4j' },
    heap: { type: 'string', default: '1g' },
  },
});

if (whyNoLauncher()?.includes('not built') && hasCommand('mvn', ['-v'])) {
  console.log(`Building the launcher (${BUILD_COMMAND} in tests/neo4j-server)...`);
  const build = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: LAUNCHER_DIR, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const missing = whyNoLauncher();
if (missing) {
  console.error(`Cannot start Neo4j: ${missing}.`);
  process.exit(1);
}

console.log(`Starting Neo4j 5.26 (data in ${values.data})...`);
const neo4j = await startLocalNeo4j({
  port: Number(values.port),
  browser: Number(values.http),
  dataDir: values.data,
  heap: values.heap,
  onOutput: (line) => console.log(`  ${line}`),
});
console.log(`
Neo4j is ready in ${(neo4j.startMs / 1000).toFixed(1)} s: ${neo4j.uri}, no authentication.
  Neo4j Browser:   http://127.0.0.1:${values.http}/browser/  (connect to ${neo4j.uri}, "No authentication")
  Parley on it:    NEO4J_URI=${neo4j.uri} NEO4J_PASSWORD=none npm start
  Tests on it:     NEO4J_TEST_URI=${neo4j.uri} npm test   (the tests empty the database!)
Ctrl-C stops it.`);

const stop = async () => {
  await neo4j.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
