// The exported site in headless Chromium: every page and internal link and
// anchor resolves, lemma pages have their footnotes and "Lees meer over"
// links, HET WEB lights up on hover and on keyboard focus, and axe-core finds
// no WCAG 2.1 A/AA violation on any page. SITE is the folder to serve.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const site = process.env.SITE;
const wcag = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };
let server;
let browser;
let base;

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; ++attempt) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the test server did not start');
}

async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  return page.evaluate((options) => window.axe.run(document, options).then((r) => r.violations), wcag);
}

before(async () => {
  assert.ok(site, 'SITE must name the folder of the built site');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', site],
                 { stdio: 'ignore' });
  await waitForServer(base + '/');
  browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('every page, link and anchor resolves; lemma pages have notes and links; no WCAG violations', async () => {
  const page = await browser.newPage();
  const queue = ['/'];
  const seen = new Set();
  let lemmaPages = 0;
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(base + path);
    assert.equal(response.status(), 200, `${path} does not load`);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl', `${path} is not marked Dutch`);
    // SVG links too (HET WEB): read the attribute and resolve it against the page.
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => a.getAttribute('href')));
    for (const link of links) {
      const url = new URL(link, page.url());
      if (url.origin !== base) continue;
      if (url.hash) {
        const target = url.pathname === new URL(page.url()).pathname ? page : null;
        if (target) {
          const id = decodeURIComponent(url.hash.slice(1));
          assert.ok(await page.$(`[id="${id}"]`), `${path}: anchor ${url.hash} is missing`);
        }
      }
      let next = url.pathname;
      if (next.endsWith('/index.html')) next = next.slice(0, -'index.html'.length);
      if (!seen.has(next) && !next.endsWith('.js') && !next.endsWith('.css')) queue.push(next);
    }
    if (/\/lemmas\/[a-z0-9-]+(\.html|\/)$/.test(path)) {
      ++lemmaPages;
      assert.ok(await page.$('.footnotes'), `${path}: no footnotes`);
      assert.ok((await page.$$('.lees-meer a')).length > 0 || path.includes('ondermijning')
                || path.includes('groene-gezonde') || path.includes('overheidsfinancien'),
                `${path}: no "Lees meer over" links`);
    }
    const violations = await axeViolations(page);
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`), [],
                     `${path}: accessibility`);
  }
  assert.equal(lemmaPages, 20);
  await page.close();
});

test('HET WEB lights up the links of a lemma on hover and on keyboard focus', async () => {
  const page = await browser.newPage();
  const response = await page.goto(base + '/web/').catch(() => null);
  if (!response || response.status() !== 200) await page.goto(base + '/web.html');
  const first = page.locator('.knoop').first();
  await first.hover();
  assert.ok(await page.$eval('#web', (web) => web.classList.contains('licht')));
  const lit = await page.$$eval('line.aan', (lines) => lines.length);
  assert.ok(lit > 0, 'no link lights up on hover');
  await page.mouse.move(0, 0);
  assert.equal(await page.$$eval('line.aan', (lines) => lines.length), 0);
  // The keyboard reaches the same: Tab onto a lemma.
  await page.$eval('.knoop', (node) => node.focus());
  assert.ok(await page.$$eval('line.aan', (lines) => lines.length) > 0, 'no link lights up on focus');
  await page.close();
});

test('the accessibility check can fail', async () => {
  const page = await browser.newPage();
  await page.setContent('<html><body><img src="x.png"><a href="#"></a></body></html>');
  const violations = await axeViolations(page);
  assert.ok(violations.some((v) => v.id === 'image-alt'));
  await page.close();
});
