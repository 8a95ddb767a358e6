import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { run } from '../ecosystem/consumer-project.js';
import { serveApp } from './serve-app.js';

const consumer = inject('consumer');
const screenshotDirectory = fileURLToPath(new URL('./output/', import.meta.url));
const proxyKey = 'mk_browser_proxy_secret_77';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// CI installs Debian's chromium (.ci/run), and there a missing browser fails the run. On a
// developer's machine without it, the test is skipped with this notice rather than failing.
const runBrowser = existsSync(chromiumPath) || Boolean(process.env.CI);
if (!runBrowser) {
  console.warn(
    `Skipping the browser test: no Chromium at ${chromiumPath}. Run apt-get install chromium, or set CHROMIUM_PATH.`,
  );
}

describe.runIf(runBrowser)('the React hooks in a real browser', { timeout: 120_000 }, () => {
  it('lists runs, opens one, and creates one with a button, through the edge proxy', async () => {
    // Build the page with Vite from the packed @maniac/react-hooks and @maniac/core tarballs.
    const app = join(consumer.directory, 'app');
    await run(
      join(consumer.directory, 'node_modules/.bin/vite'),
      ['build', app, '--config', join(app, 'vite.config.mjs')],
      {
        cwd: consumer.directory,
      },
    );
    const built = join(app, 'dist');
    const assets = await readdir(join(built, 'assets'));
    const bundle = (await Promise.all(assets.map((asset) => readFile(join(built, 'assets', asset), 'utf8')))).join(
      '\n',
    );
    expect(bundle).not.toContain(proxyKey);

    // The key-holding proxy from the packed @maniac/edge, in front of the Prism mock.
    const { createManiacProxy } = await import(join(consumer.directory, 'node_modules/@maniac/edge/dist/index.js'));
    const proxy = createManiacProxy({
      apiKey: proxyKey,
      baseURL: inject('mockURL'),
      basePath: '/api/maniac',
      allow: ['createEvaluationRun'],
    });
    const server = await serveApp(built, '/api/maniac', proxy);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const requests: string[] = [];
      page.on('request', (request) => {
        requests.push(
          `${request.method()} ${new URL(request.url()).pathname} ${request.headers().authorization ?? ''}`,
        );
      });
      await page.goto(server.url);

      await page.getByTestId('run').first().waitFor();
      expect(await page.getByTestId('run').count()).toBe(2);
      await expect.poll(() => page.getByTestId('health').textContent()).toBe('API up');
      expect(await page.getByTestId('total').textContent()).toBe('2 runs');

      await page.getByTestId('run').first().getByRole('button').click();
      await page.getByTestId('run-detail').waitFor();
      expect(await page.getByTestId('run-status').textContent()).toBe('completed');

      await page.getByRole('button', { name: 'Create run' }).click();
      await page.getByTestId('created').waitFor();
      expect(await page.getByTestId('created').textContent()).toBe('Created erun_2f9c1a7e4b (queued)');

      await mkdir(screenshotDirectory, { recursive: true });
      await page.screenshot({ path: join(screenshotDirectory, 'react-app.png'), fullPage: true });

      expect(pageErrors).toEqual([]);
      expect(requests.some((line) => line.startsWith('POST /api/maniac/v1/evaluation/runs'))).toBe(true);
      // The browser never sends, and never holds, a key.
      expect(requests.every((line) => !line.includes('Bearer'))).toBe(true);
      expect(await page.content()).not.toContain(proxyKey);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
