// Screenshots of screens at phone and desktop widths, light and dark, into
// e2e/artifacts/ (not committed), for looking at what we build.
// Usage: node scripts/screenshots.mjs '#/' '#/goals' …
import fs from 'node:fs';
import path from 'node:path';
import { launch, serveDist, WIDTHS, SCHEMES, ROOT } from '../e2e/helpers.mjs';

const hashes = process.argv.slice(2).length ? process.argv.slice(2) : ['#/'];
const outDir = path.join(ROOT, 'e2e', 'artifacts');
fs.mkdirSync(outDir, { recursive: true });
const server = await serveDist();
const browser = await launch();
for (const scheme of SCHEMES) {
  for (const [name, width] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport: { width, height: 860 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const hash of hashes) {
      await page.goto(`${server.url}/${hash}`);
      await page.waitForSelector('html[data-app="mounted"]');
      const slug = hash.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      const file = path.join(outDir, `${slug}-${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
