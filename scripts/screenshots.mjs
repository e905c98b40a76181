// Screenshots every chart in demo/gallery.html (each element light, dark, 360 px, failing)
// and the demo article at desktop and phone widths, into screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { chartStatuses, launchBrowser } from './screenshot.mjs';
import { serveStatic } from './serve.mjs';

mkdirSync('screenshots', { recursive: true });
const { server, origin } = await serveStatic();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(`${origin}/demo/gallery.html`);
  for (const chart of await chartStatuses(page)) console.log(JSON.stringify(chart));
  for (const shot of await page.$$('.shot')) {
    const id = await shot.evaluate((el) => el.id);
    await shot.screenshot({ path: `screenshots/${id}.png` });
  }
  for (const width of [1000, 360]) {
    await page.setViewport({ width, height: 900 });
    await page.goto(`${origin}/demo/article.html`);
    await chartStatuses(page);
    await page.screenshot({ path: `screenshots/article-${width}.png`, fullPage: true });
  }
  console.log('Screenshots written to screenshots/');
} finally {
  await browser.close();
  server.close();
}
