/**
 * What the suites of corrections and saved investigations do as an analyst, on the seeded graph
 * and on the generated one alike: give a name and the API key once (the browser keeps them),
 * wait for the audit trail to name a correction and for the corrected view to be read again,
 * save a view and wait for one to open, move a node by hand, and ask GraphQL with the key,
 * failing on any error.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { locate, settle } from './explorer-page.ts';

/** Gives the Corrections section a name and the API key, as an analyst types them. */
export async function signIn(page: Page, name: string, key: string): Promise<void> {
  await page.fill('#analyst', name);
  await page.fill('#api-key', key);
  await page.locator('#api-key').dispatchEvent('change');
  await page.locator('#analyst').dispatchEvent('change');
}

/** Waits until the audit trail's newest entry reads `text`. */
export const auditSays = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction(
    (t) => document.querySelector('#audit li')?.textContent?.includes(t) ?? false,
    text,
  );

/**
 * Waits for a correction (or, with `title` 'Correction undone', its undo) to land in the view:
 * the page reads the view again after the trail, and says so in the panel once it has. A view of
 * thousands of elements takes a while to read and lay out: `timeout` gives it longer.
 */
export async function viewCorrected(
  page: Page,
  { title = 'Correction made', timeout }: { title?: string; timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector('#panel h2')?.textContent === t,
    title,
    timeout ? { timeout } : {},
  );
  await settle(page);
  // The note reads as the trail does: what was done on one line, who and when below it.
  const lines = await page.evaluate(() => {
    const top = (s: string) => document.querySelector(`#panel .${s}`)?.getBoundingClientRect();
    const [summary, meta] = [top('summary'), top('meta')];
    return summary && meta ? { summaryBottom: summary.bottom, metaTop: meta.top } : null;
  });
  expect(lines).not.toBeNull();
  expect(lines!.metaTop).toBeGreaterThanOrEqual(lines!.summaryBottom - 1);
}

/** GraphQL with the API key; any error fails the test. */
export async function asAnalyst<T>(
  url: string,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Saves the view under `name` with `notes`, and waits for the list to show it. */
export async function saveInvestigation(page: Page, name: string, notes: string): Promise<void> {
  await page.fill('#investigation-name', name);
  await page.fill('#investigation-notes', notes);
  await page.click('#investigation-save');
  // Saved, or refused with the server's reason in the panel.
  await page.waitForFunction(
    (n) =>
      document.querySelector('#status')?.textContent?.includes(`Saved the investigation "${n}"`) ||
      document.querySelector('#panel .error') !== null,
    name,
    { timeout: 60_000 },
  );
  const refused = await page.locator('#panel .error').count();
  expect(refused, (await page.textContent('#panel')) ?? '').toBe(0);
  expect(await page.locator('#investigations button[data-open]').allTextContents()).toContain(name);
}

/** Waits for the investigation `name` to be open: its view read, laid out and put back. */
export const investigationOpened = (page: Page, name: string): Promise<unknown> =>
  page.waitForFunction(
    (n) =>
      document.querySelector('#status')?.textContent?.includes(`Opened the investigation "${n}"`),
    name,
    { timeout: 90_000 },
  );

/**
 * Drags a node by (dx, dy) pixels with the mouse, where it is drawn; tried again if a slow
 * frame of a large view took the drag for a pan.
 */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const at = () =>
    page.evaluate(
      (n) =>
        (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById(n).position(),
      id,
    );
  const from = await at();
  for (let attempt = 0; attempt < 3; attempt++) {
    const { x, y } = await locate(page, [id]);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 12 });
    await page.mouse.up();
    const to = await at();
    if (Math.hypot(to.x - from.x, to.y - from.y) > 10) return;
  }
  throw new Error(`Three drags left ${id} where it was`);
}
