/**
 * The generated graph the large-view suites share: 10,000 elements from
 * bench/synthetic-graph.ts (same seed, so the same graph element for element) written into a
 * fresh embedded server, the whole of it opened as one view, and what that view holds, drawn
 * or folded into a collapsed group. Which of its entities a suite acts on is read from the API,
 * never written down.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { syntheticExtractions } from '../../bench/synthetic-graph.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';
import { signIn } from './analyst-page.ts';
import { ARTIFACTS, foreignRequests, openExplorer } from './explorer-page.ts';

export const ELEMENTS = 10_000;

/** A server holding the generated graph; `env` as for startTestServer (an API key, say). */
export async function startLargeServer(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(null, 'embedded', env);
  for (const extraction of syntheticExtractions(ELEMENTS)) {
    await server.parley.store.writeExtraction(extraction);
  }
  return server;
}

/** The whole generated graph as one view: the overview raised to its largest. */
export const wholeView = (server: TestServer): string => `${server.parley.url}/?top=5000`;

export interface AnalystSession {
  server: TestServer;
  page: Page;
  /** Requests the page made to any other origin. */
  foreign: string[];
  close(): Promise<void>;
}

/**
 * An analyst at work on the generated graph: its server behind `key`, Chromium on the whole
 * view, signed in (the browser keeps who is correcting for every page after this one).
 */
export async function openAnalystSession(key: string): Promise<AnalystSession> {
  const server = await startLargeServer({ PARLEY_API_KEY: key });
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await launchChromium();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const foreign = foreignRequests(page, server.parley.url);
  await openExplorer(page, wholeView(server));
  await signIn(page, 'Ana Analyst', key);
  return {
    server,
    page,
    foreign,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One analyst session for the suite it is called in: opened before its stories, closed after;
 * `opened` receives it.
 */
export function withAnalystSession(key: string, opened: (s: AnalystSession) => void): void {
  let session: AnalystSession | undefined;
  beforeAll(async () => {
    session = await openAnalystSession(key);
    opened(session);
  }, 300_000);
  afterAll(() => session?.close());
}

type Held = { data: { id: string; type?: string } };
type Win = {
  cy: import('cytoscape').Core;
  parley: { groups: { keptElements(): Held[]; holderOf(id: string): string | null } };
};

/**
 * What the view holds, by id: `drawn` on the canvas, and `folded` into collapsed groups. The
 * drawing aids ("+N more", meta-edges, greyed rejected facts) are not part of the view.
 */
export const held = (page: Page): Promise<{ drawn: string[]; folded: string[] }> =>
  page.evaluate(() => {
    const w = window as unknown as Win;
    const aid = (type: unknown) => type === 'MORE' || type === 'META';
    return {
      drawn: w.cy
        .elements()
        .not('.rejected, .rejected-end')
        .filter((e) => !aid(e.data('type')))
        .map((e) => e.id()),
      folded: w.parley.groups
        .keptElements()
        .filter((e) => !aid(e.data.type))
        .map((e) => e.data.id),
    };
  });

/** The collapsed group `id` is folded into, or null when it is drawn (or not in view). */
export const holderOf = (page: Page, id: string): Promise<string | null> =>
  page.evaluate((n) => (window as unknown as Win).parley.groups.holderOf(n), id);
