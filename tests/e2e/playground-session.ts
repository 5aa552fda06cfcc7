import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningPlayground, startPlayground } from '../../scripts/playground.js';
import type { TeamsDeps } from '../../src/adapters/teams/deps.js';
import { createTeamsMount } from '../../src/adapters/teams/mount.js';
import { parseConfig } from '../../src/config.js';
import type { Core } from '../../src/core/core.js';
import { createLogger } from '../../src/logger.js';
import { type RunningServer, startHttpServer } from '../../src/server/http-server.js';

// The bot on 127.0.0.1 (port 0), the real Agents Playground against it in a temporary folder,
// and headless Debian Chromium on the Playground's web UI.

export const CHROMIUM = '/usr/bin/chromium';
/** The Playground's simulated user. */
export const PLAYGROUND_USER_AAD = '00000000-0000-0000-0000-0000000000020';

export interface PlaygroundSession {
  page: Page;
  playground: RunningPlayground;
  server: RunningServer;
  /** The Teams adapter's dependencies (its proactive ports), to message the Playground from the bot side. */
  deps: TeamsDeps;
  shotsDir: string;
  close(): Promise<void>;
}

export async function startPlaygroundSession(core: Core): Promise<PlaygroundSession> {
  const logger = createLogger('warn');
  // As `npm run playground` runs it: TEAMS_DEV=1 in development mode, where staff messages come to the local user.
  const config = parseConfig({ NODE_ENV: 'development', PORT: '0', TEAMS_DEV: '1' });
  const mount = createTeamsMount(config, core, logger);
  const server = await startHttpServer({ port: 0, host: '127.0.0.1', logger, mounts: [mount] });
  let playground: RunningPlayground | undefined;
  let browser: Browser | undefined;
  const shotsDir = await mkdtemp(join(tmpdir(), 'hjertebot-e2e-shots-'));
  const close = async () => {
    await browser?.close();
    await playground?.stop();
    await server.close();
    await rm(shotsDir, { recursive: true, force: true });
  };
  try {
    playground = await startPlayground({ botEndpoint: `${server.url}/api/messages`, openBrowser: false });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
    return { page, playground, server, deps: mount.deps, shotsDir, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Types into the Playground's compose box (a Lexical editor, not an <input>) and sends. */
export async function say(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-lexical-editor="true"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
