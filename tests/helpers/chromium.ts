/**
 * Debian's Chromium through playwright-core, launched the one way that works on this kind of
 * machine: headless, no sandbox (root), no GPU, no background networking (its connections are
 * refused here), and a fresh profile folder passed as the first argument, not as a flag.
 * Shared by the end-to-end tests and the render benchmark.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

/** Says once per suite why its browser tests will skip on this machine. */
export function noteWithoutChromium(): void {
  if (!haveChromium)
    console.warn(`[e2e] skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
}

export async function launchChromium(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(path.join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
