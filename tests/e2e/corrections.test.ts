/**
 * Corrections and saved investigations in a real browser, once on each engine: an analyst
 * rejects a mediation that the seeds misread, merges a misspelt duplicate of Ilham Aliyev into
 * him, undoes the merge, has the article of the rejected fact ingested again (by
 * `npm run ingest` against the running server), and finds the rejection holding; then saves
 * the view as an investigation and opens it again; and last splits off a foreign minister a
 * colleague wrongly merged into his president, choosing the sentence that is about him, and
 * finds the split over GraphQL too. Screenshots go to
 * test-artifacts/e2e/<engine>/ for a person to look at.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { haveChromium, launchChromium, noteWithoutChromium } from '../helpers/chromium.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';
import {
  asAnalyst as analystQuery,
  auditSays as waitForAudit,
  signIn,
  viewCorrected as correctionLanded,
} from './analyst-page.ts';
import { ARTIFACTS, clickElement, onCy, openExplorer, SEEDS } from './explorer-page.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'test-key-0123456789abcdef';
const ALIYEV = 'person:ilham-aliyev';
const ALIEV = 'person:ilham-aliev';
const MISSPELT =
  'Azerbaijani President Ilham Aliev met Armenian Prime Minister Nikol Pashinyan in Brussels on Monday, officials said.';
const BAYRAMOV = 'person:jeyhun-bayramov';
const MIRZOYAN = 'person:ararat-mirzoyan';
const MINISTERS =
  'Azerbaijani Foreign Minister Jeyhun Bayramov met Armenian Foreign Minister Ararat Mirzoyan in Washington on Tuesday, officials said.';
noteWithoutChromium();

let server: TestServer;
let page: Page;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let artifacts: string;
const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });

const asAnalyst = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> =>
  analystQuery<T>(server.parley.url, KEY, query, variables);

/** Whether the graph holds `id`: an unknown id is answered NOT_FOUND, naming it. */
async function entityExists(id: string): Promise<boolean> {
  const response = await fetch(`${server.parley.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY },
    body: JSON.stringify({ query: `{ entity(id: "${id}") { id } }` }),
  });
  const body = (await response.json()) as {
    data: { entity: { id: string } | null } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const missing = body.errors?.find((e) => e.extensions?.code === 'NOT_FOUND');
  if (missing) {
    expect(missing.message).toContain(id);
    return false;
  }
  expect(body.errors).toBeUndefined();
  return body.data?.entity !== null;
}

const auditSays = (text: string) => waitForAudit(page, text);
const viewCorrected = () => correctionLanded(page);

function ingestCli(files: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['server/cli/ingest.ts', ...files], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PARLEY_URL: server.parley.url, PARLEY_API_KEY: KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** A correction on a cold Neo4j rewrites its articles in a JVM still warming up. */
const SLOW = 120_000;
const noChromium = haveChromium ? null : 'no Chromium';
forEachEngine('corrections in the explorer, in Chromium', noChromium, (engine) => {
  let rejected = '';
  let rejectedArticle = '';

  beforeAll(async () => {
    server = await startTestServer(SEEDS, engine, { PARLEY_API_KEY: KEY });
    artifacts = path.join(ARTIFACTS, engine);
    mkdirSync(artifacts, { recursive: true });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'when the analyst rejects a mediation edge, then it leaves the view, the trail names who and why, and it can be drawn greyed',
    async () => {
      await openExplorer(page, `${server.parley.url}/?focus=${ALIYEV}`);
      await signIn(page, 'Ana Analyst', KEY);
      rejected = await clickElement(page, `edge[type = "MEDIATED"][target = "${ALIYEV}"]`);
      await page.waitForSelector('#panel [data-correct="reject"]');
      const [citation] = (
        await asAnalyst<{ evidence: { citations: { article: { id: string } }[] }[] }>(
          `query($r: [ID!]!) { evidence(relations: $r) { citations { article { id } } } }`,
          { r: [rejected] },
        )
      ).evidence[0]!.citations;
      rejectedArticle = citation!.article.id;
      await page.fill('#panel [data-correct-why]', 'The talks were only planned');
      await page.click('#panel [data-correct="reject"]');
      await auditSays('Rejected MEDIATED');
      await viewCorrected();
      expect(await page.textContent('#audit li')).toContain('Ana Analyst');
      expect(await page.textContent('#audit li')).toContain('The talks were only planned');
      expect(await onCy(page, (cy) => cy.edges().map((e) => e.id()))).not.toContain(rejected);

      await page.check('#show-rejected');
      await page.waitForFunction(
        (id) =>
          (window as unknown as { cy: import('cytoscape').Core }).cy
            .getElementById(`rejected:${id}`)
            .nonempty(),
        rejected,
      );
      expect(
        await onCy(page, (cy) => cy.edges('.rejected').map((e) => e.data('fact') as string)),
      ).toEqual([rejected]);
      // A greyed fact answers a click with its correction, and its Undo.
      await clickElement(page, [`rejected:${rejected}`]);
      expect(await page.textContent('#panel')).toContain('The talks were only planned');
      expect(await page.locator('#panel button[data-undo]').count()).toBe(1);
      await shot('correction-rejected-greyed');
    },
    SLOW,
  );

  it(
    'when a misspelt duplicate is merged into the person, then its node goes, and undo brings it back',
    async () => {
      await asAnalyst(`mutation($i: ArticleInput!) { ingestArticle(input: $i) { written } }`, {
        i: { text: MISSPELT, url: 'https://wire.test/aliev', published: '2023-07-17' },
      });
      expect(await entityExists(ALIEV)).toBe(true);
      await openExplorer(page, `${server.parley.url}/?focus=${ALIEV}`);
      await clickElement(page, [ALIEV]);
      await page.click('#panel details.correct summary');
      await page.fill('#panel [data-correct-input="into"]', ALIYEV);
      await page.click('#panel [data-correct="merge"]');
      await auditSays('Merged Ilham Aliev into Ilham Aliyev');
      expect(await entityExists(ALIEV)).toBe(false);
      const aliases = await asAnalyst<{ entity: { aliases: string[] } }>(
        `{ entity(id: "${ALIYEV}") { aliases } }`,
      );
      expect(aliases.entity.aliases).toContain('Ilham Aliev');
      await shot('correction-merged');

      await page.click('#audit li:first-child button[data-undo]');
      await page.waitForFunction(() =>
        document.querySelector('#audit li:first-child')?.classList.contains('undone'),
      );
      expect(await page.textContent('#audit li:first-child')).toContain('undone by Ana Analyst');
      expect(await entityExists(ALIEV)).toBe(true);
    },
    SLOW,
  );

  it(
    "when the rejected fact's article is ingested again while the explorer runs, then the fact stays rejected",
    async () => {
      await asAnalyst(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: rejectedArticle });
      const { code, output } = await ingestCli([SEEDS]);
      expect(code, output).toBe(0);
      expect(output).toMatch(/Read \d+ articles: 1 written/);
      await openExplorer(page, `${server.parley.url}/?focus=${ALIYEV}`);
      expect(await onCy(page, (cy) => cy.edges().map((e) => e.id()))).not.toContain(rejected);
      const trail = await asAnalyst<{ corrections: { kind: string; articles: number }[] }>(
        `{ corrections(active: true) { kind articles } }`,
      );
      expect(trail.corrections).toEqual([{ kind: 'REJECT', articles: 1 }]);
    },
    SLOW,
  );

  it(
    'when the view is saved as an investigation, then it is listed and opens again with its nodes where they were',
    async () => {
      await openExplorer(page, `${server.parley.url}/?focus=${ALIYEV}`);
      const before = await onCy(page, (cy) =>
        cy.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')) })),
      );
      await page.fill('#investigation-name', 'Aliyev mediations');
      await page.fill('#investigation-notes', 'Check the Sochi date');
      await page.click('#investigation-save');
      await page.waitForSelector('#investigations button[data-open]');
      expect(await page.textContent('#investigations')).toContain('Aliyev mediations');

      await openExplorer(page, `${server.parley.url}/`);
      await page.waitForSelector('#investigations button[data-open]');
      await page.click('#investigations button[data-open]');
      await page.waitForFunction(() =>
        document.querySelector('#status')?.textContent?.includes('Opened the investigation'),
      );
      const after = await onCy(page, (cy) =>
        cy.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')) })),
      );
      expect(after).toEqual(before);
      expect(await page.inputValue('#investigation-notes')).toBe('Check the Sochi date');
      expect(new URL(page.url()).searchParams.get('focus')).toBe(ALIYEV);
      const exported = await onCy(
        page,
        (cy) => cy.json() as { data?: { investigation?: { name: string } } },
      );
      expect(exported.data?.investigation?.name).toBe('Aliyev mediations');
      await shot('investigation-opened');

      // A link to the investigation opens it too.
      const [{ id }] = (
        await asAnalyst<{ investigations: { id: string }[] }>(`{ investigations { id } }`)
      ).investigations as [{ id: string }];
      await page.goto(`${server.parley.url}/?investigation=${encodeURIComponent(id)}`);
      await page.waitForFunction(() =>
        document.querySelector('#status')?.textContent?.includes('Opened the investigation'),
      );
      expect(await page.inputValue('#investigation-name')).toBe('Aliyev mediations');
    },
    SLOW,
  );

  it(
    'when a wrongly merged person is split, choosing the sentence about the other, then that relation moves to a new entity, in the view and over GraphQL',
    async () => {
      // A colleague took the foreign minister for his president.
      await asAnalyst(`mutation($i: ArticleInput!) { ingestArticle(input: $i) { written } }`, {
        i: { text: MINISTERS, url: 'https://wire.test/ministers', published: '2024-05-02' },
      });
      await asAnalyst(
        `mutation { mergeEntities(from: "${BAYRAMOV}", into: "${ALIYEV}", note: { by: "A colleague" }) { id } }`,
      );
      expect(await entityExists(BAYRAMOV)).toBe(false);
      const ties = (id: string) =>
        asAnalyst<{ neighborhood: { edges: { id: string; source: string; target: string }[] } }>(
          `{ neighborhood(id: "${id}") { edges { id source target } } }`,
        ).then((d) => d.neighborhood.edges.filter((e) => [e.source, e.target].includes(MIRZOYAN)));
      const [wrong] = await ties(ALIYEV);
      expect(wrong).toBeDefined();
      const relationsOf = async (id: string) =>
        (
          await asAnalyst<{ entity: { relationCounts: { count: number }[] } }>(
            `{ entity(id: "${id}") { relationCounts { count } } }`,
          )
        ).entity.relationCounts.reduce((sum, c) => sum + c.count, 0);
      const before = await relationsOf(ALIYEV);

      await openExplorer(page, `${server.parley.url}/?focus=${ALIYEV}`);
      expect(await onCy(page, (cy) => cy.edges().map((e) => e.id()))).toContain(wrong!.id);
      // Focusing him opened his profile, with its corrections.
      await page.click('#panel details.correct summary');
      await page.click('#panel [data-correct="split-start"]');
      await page.waitForSelector('#panel .split input[type="checkbox"]');
      const offered = await page.$$eval('#panel .split input[type="checkbox"]', (boxes) =>
        boxes.map((b) => (b as HTMLInputElement).dataset.sentence ?? ''),
      );
      // The analyst chooses among all his sentences: only the one about the minister goes.
      expect(offered.length).toBeGreaterThan(1);
      expect(offered.filter((t) => t === MINISTERS)).toHaveLength(1);
      await page.check(`#panel .split input[data-relation="${wrong!.id}"]`);
      await page.fill('#panel [data-correct-input="split-name"]', 'Jeyhun Bayramov');
      await page.fill('#panel [data-correct-why]', 'The foreign minister, not the president');
      await page.click('#panel [data-correct="split"]');
      await auditSays('Split Jeyhun Bayramov off Ilham Aliyev (1 mentions)');
      await viewCorrected();
      expect(await onCy(page, (cy) => cy.edges().map((e) => e.id()))).not.toContain(wrong!.id);
      await shot('correction-split');

      expect(await entityExists(BAYRAMOV)).toBe(true);
      expect(await ties(ALIYEV)).toEqual([]);
      const moved = await ties(BAYRAMOV);
      expect(moved.map((e) => [e.source, e.target].sort())).toEqual([[BAYRAMOV, MIRZOYAN].sort()]);
      // Every other relation of his stays his.
      expect(await relationsOf(ALIYEV)).toBe(before - 1);
      const [split] = (
        await asAnalyst<{
          corrections: { kind: string; by: string; why: string; target: string }[];
        }>(`{ corrections(active: true, kinds: [SPLIT]) { kind by why target } }`)
      ).corrections;
      expect(split).toEqual({
        kind: 'SPLIT',
        by: 'Ana Analyst',
        why: 'The foreign minister, not the president',
        target: ALIYEV,
      });
    },
    SLOW,
  );
});
