// Lighthouse (12.2.3, from bench/lighthouse/, installed by `make bench`)
// on one page of the release build served locally (`address`), desktop and
// mobile presets, with Debian's Chromium: category scores and LCP, TBT,
// CLS.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../scripts/static-server.mjs';
import { CHROMIUM_ARGS } from '../e2e/helpers.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function measureLighthouse({ root, dist, address = '/', name = 'leader' }) {
  const bin = path.join(root, 'bench/lighthouse/node_modules/.bin/lighthouse');
  if (!fs.existsSync(bin)) throw new Error('Lighthouse is missing: run `make bench`, which installs it');
  // Served brotli-compressed, as any static host serves the app: the
  // simulated slow 4G of the mobile preset otherwise spends seconds on
  // bytes no real visitor downloads.
  const server = await serve(dist, { compress: true });
  const out = {};
  try {
    for (const preset of ['desktop', 'mobile']) {
      const report = path.join(root, `bench/out/lighthouse-${name}-${preset}.json`);
      fs.mkdirSync(path.dirname(report), { recursive: true });
      const args = [
        `${server.url}${address}`,
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=--headless=new --disable-dev-shm-usage ${CHROMIUM_ARGS.join(' ')}`,
        '--quiet',
      ];
      if (preset === 'desktop') args.push('--preset=desktop');
      // Asynchronously: the static server runs in this process and must
      // keep answering while Lighthouse loads the page.
      await promisify(execFile)(bin, args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
      const r = JSON.parse(fs.readFileSync(report, 'utf8'));
      const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
      out[preset] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        best_practices: score('best-practices'),
        seo: score('seo'),
        lcp_ms: r.audits['largest-contentful-paint'].numericValue,
        tbt_ms: r.audits['total-blocking-time'].numericValue,
        cls: r.audits['cumulative-layout-shift'].numericValue,
      };
    }
  } finally {
    await server.close();
  }
  return out;
}
