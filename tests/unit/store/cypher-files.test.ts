/**
 * Every statement in cypher/ is parsed and semantically checked by Neo4j's own Cypher front
 * end (@neo4j-cypher/language-support), for Neo4j 5, offline. The embedded engine runs the
 * same files in the contract suite; this is what keeps them valid on Neo4j where no server
 * runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, QUERY_NAMES, loadQueries } from '../../../server/store/index.ts';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cypherFiles(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

const files = cypherFiles(CYPHER_DIR);
const lint = (query: string) =>
  lintCypherQuery(query, { defaultLanguage: 'CYPHER 5' })
    .diagnostics.map((d) => ({
      ...d,
      message: typeof d.message === 'string' ? d.message : d.message.value,
    }))
    .filter(isNotParamError);

describe('Cypher files checked by Neo4j 5 parser', () => {
  it('when the folder is read, then every statement the app names has a file and no file is unused', () => {
    const names = files.map((f) => path.relative(CYPHER_DIR, f).replace(/\.cypher$/, ''));
    const named = names.filter((n) => !/^((embedded|neo4j)\/)?schema\//.test(n));
    expect(named.filter((n) => !/^(embedded|neo4j)\//.test(n)).sort()).toEqual(
      [...QUERY_NAMES].sort(),
    );
    // An engine-specific file may only override a shared statement.
    for (const n of named.filter((n) => /^(embedded|neo4j)\//.test(n))) {
      expect(QUERY_NAMES).toContain(n.replace(/^\w+\//, ''));
    }
    expect(loadQueries('neo4j').schema.length).toBeLessThan(loadQueries('embedded').schema.length);
  });

  it.each(files.map((f) => [path.relative(CYPHER_DIR, f), f]))(
    'when %s is parsed, then Neo4j finds no error',
    (_name, file) => {
      const query = readFileSync(file, 'utf8');
      expect(lint(query).map((d) => d.message)).toEqual([]);
    },
  );

  it('when a statement is broken, then the check reports it', () => {
    expect(lint('MATCH (n:Entity RETURN n')).not.toEqual([]);
    expect(lint('MATCH (n) RETURN m')).not.toEqual([]);
  });
});
