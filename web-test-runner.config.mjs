import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, NO_BACKGROUNDING_ARGS } from './scripts/chromium-args.mjs';
import { findBrowser } from './scripts/find-browser.mjs';
import { fixtureMiddleware } from './test/helpers/fixture-server.mjs';

const executablePath = findBrowser();

/**
 * Every test file runs twice, in browsers set to UTC−8 and UTC+9, so date binning
 * and axis labels are proven not to depend on the reader's time zone.
 * Etc/GMT+8 is UTC−8 all year (POSIX sign convention, no daylight saving).
 */
const zonedChromium = (timezoneId) =>
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...NO_BACKGROUNDING_ARGS],
    },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timezoneId);
      return page;
    },
  });

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page per browser (two browsers, one per time zone, run side by side): a page in
  // the background would be throttled and its animation frames paused.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  // A file's tests may start slowly on a loaded 2-core machine: give them a minute.
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [fixtureMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [zonedChromium('Etc/GMT+8'), zonedChromium('Asia/Tokyo')],
  testFramework: { config: { timeout: 20000 } },
};
