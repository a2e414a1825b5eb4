// The exported site in headless Chromium, as a reader sees it at 1280 and at 390 px
// wide: every page and internal link and anchor resolves and has the right <title>;
// the home page is a cover with the reading guide, the contents and a colophon; HET WEB
// names every lemma beside its letter; DE LIJST is an index; lemma pages have their
// footnotes and "Lees meer over" links; the menu stays on one line and tap targets are
// at least 24 × 24 px on a phone; axe-core finds no WCAG 2.1 A/AA violation and no
// WCAG 2.2 target-size violation on any page at either width. Screenshots of the main
// pages go to SHOTS. SITE is the folder to serve, EDITION the edition.yaml it was made from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const site = process.env.SITE;
const shots = process.env.SHOTS;
const label = process.env.SITE_LABEL ?? 'site';
const wcag = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true } },
};
const wide = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
let server;
let browser;
let base;
let pretty; // Hugo's folders (/web/) rather than files (web.html)

// The fields of edition.yaml the cover and colophon show (flat "key: value" lines).
function editionInfo() {
  const info = {};
  for (const line of readFileSync(process.env.EDITION, 'utf8').split('\n')) {
    const match = /^(title|year|edition|publisher|council_period):\s*"?(.*?)"?\s*$/.exec(line);
    if (match) info[match[1]] = match[2];
  }
  return info;
}

function url(name) {
  if (name === 'home') return base + '/';
  if (name.startsWith('lemmas/')) return base + '/' + name + (pretty ? '/' : '.html');
  return base + '/' + name + (pretty ? '/' : '.html');
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(address) {
  for (let attempt = 0; attempt < 100; ++attempt) {
    try {
      const response = await fetch(address);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the test server did not start');
}

async function axeResults(page) {
  if (!(await page.evaluate(() => Boolean(window.axe))))
    await page.addScriptTag({ path: require.resolve('axe-core') });
  return page.evaluate((options) => window.axe.run(document, options), wcag);
}

function describe(violations) {
  return violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target).join(' | ')}`);
}

// Elements smaller than 24 × 24 CSS px among those a finger has to hit.
async function smallTargets(page, selector) {
  return page.$$eval(selector, (elements) => elements
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
    .map(({ element, box }) => `${element.textContent.trim().slice(0, 30)} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`));
}

async function screenshot(page, name) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${label}-${name}.png`), fullPage: true });
}

before(async () => {
  assert.ok(site, 'SITE must name the folder of the built site');
  assert.ok(process.env.EDITION, 'EDITION must name the edition.yaml of the site');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', site],
                 { stdio: 'ignore' });
  await waitForServer(base + '/');
  pretty = (await fetch(base + '/web/')).ok;
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

test('every page, link, anchor and title is right; lemma pages have notes and links; no WCAG violations at 1280 and 390 px', async () => {
  const page = await browser.newPage({ viewport: wide });
  const edition = editionInfo();
  const queue = ['/'];
  const seen = new Set();
  let lemmaPages = 0;
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    await page.setViewportSize(wide);
    const response = await page.goto(base + path);
    assert.equal(response.status(), 200, `${path} does not load`);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl', `${path} is not marked Dutch`);
    // The <title>: the page's own heading, then the edition; the home page the edition alone.
    const title = await page.title();
    if (path === '/') {
      assert.equal(title, edition.title, `${path}: title`);
    } else {
      const heading = await page.$eval('main h1', (h1) => {
        const copy = h1.cloneNode(true);
        copy.querySelectorAll('.letter, .nummer').forEach((badge) => badge.remove());
        return copy.textContent.trim();
      });
      assert.equal(title, `${heading} — ${edition.title}`, `${path}: title`);
    }
    // SVG links too (HET WEB): read the attribute and resolve it against the page.
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => a.getAttribute('href')));
    for (const link of links) {
      const target = new URL(link, page.url());
      if (target.origin !== base) continue;
      if (target.hash && target.pathname === new URL(page.url()).pathname) {
        const id = decodeURIComponent(target.hash.slice(1));
        assert.ok(await page.$(`[id="${id}"]`), `${path}: anchor ${target.hash} is missing`);
      }
      let next = target.pathname;
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
    for (const viewport of [wide, phone]) {
      await page.setViewportSize(viewport);
      const results = await axeResults(page);
      assert.deepEqual(describe(results.violations), [], `${path} at ${viewport.width} px: accessibility`);
      const ran = [...results.passes, ...results.inapplicable, ...results.incomplete].map((r) => r.id);
      assert.ok(ran.includes('target-size'), 'the target-size rule did not run');
    }
  }
  assert.equal(lemmaPages, 20);
  await page.close();
});

test('the home page is a cover with the reading guide, the contents and a colophon', async () => {
  const edition = editionInfo();
  const page = await browser.newPage({ viewport: wide });
  await page.goto(url('home'));
  const cover = await page.$eval('.omslag', (c) => ({
    title: c.querySelector('h1')?.textContent.trim(),
    publisher: c.querySelector('.uitgever')?.textContent.trim(),
    period: c.querySelector('.periode')?.textContent.trim(),
    edition: c.querySelector('.editie')?.textContent.trim(),
    year: c.querySelector('.jaar')?.textContent.trim(),
  }));
  assert.deepEqual(cover, { title: edition.title, publisher: edition.publisher, period: edition.council_period,
                            edition: 'Derde editie', year: edition.year });
  assert.equal(edition.edition, '3');
  // The reading guide (the introduction) comes after the cover, before the contents.
  const order = await page.$$eval('main > *', (sections) => sections.map((s) => s.className));
  assert.deepEqual(order, ['omslag', 'leeswijzer', 'inhoudsopgave', 'colofon']);
  assert.ok((await page.textContent('.leeswijzer')).includes('Hoe lees je dit document?'));
  // The contents: the rode draden numbered 1–3, the twenty lemmas with letters A–T.
  const threads = await page.$$eval('.inhoudsopgave .draden a', (as) => as.map((a) => ({
    number: a.querySelector('.nummer').textContent.trim(), title: a.querySelector('.titel').textContent.trim() })));
  assert.deepEqual(threads.map((t) => t.number), ['1', '2', '3']);
  assert.ok(threads.every((t) => t.title.length > 3));
  const lemmas = await page.$$eval('.inhoudsopgave .lemmas a', (as) => as.map((a) => ({
    letter: a.querySelector('.letter').textContent.trim(), title: a.querySelector('.titel').textContent.trim() })));
  assert.deepEqual(lemmas.map((l) => l.letter), [...'ABCDEFGHIJKLMNOPQRST']);
  assert.ok(lemmas.every((l) => l.title.length > 3));
  assert.ok(lemmas.some((l) => l.letter === 'O' && l.title === 'Ambt onder druk'));
  const navigation = await page.$$eval('.inhoudsopgave .navigeren a', (as) => as.map((a) => a.textContent.trim()));
  assert.deepEqual(navigation, ['HET WEB', 'DE LIJST']);
  // The colophon: publisher, year, edition, the tool and the date the site was made.
  const colophon = await page.textContent('.colofon');
  for (const part of [edition.publisher, edition.year, 'Derde editie', 'Gemaakt met Trendweb Studio', edition.council_period])
    assert.ok(colophon.includes(part), `the colophon lacks ${part}`);
  const made = await page.getAttribute('.colofon time', 'datetime');
  assert.match(made, /^\d{4}-\d{2}-\d{2}$/);
  await page.close();
});

test('HET WEB names every lemma beside its letter, legibly, and nothing is clipped or overlaps', async () => {
  const page = await browser.newPage({ viewport: wide });
  await page.goto(url('web'));
  for (const viewport of [wide, phone]) {
    await page.setViewportSize(viewport);
    const nodes = await page.$$eval('.knoop', (knopen) => knopen.map((knoop) => {
      const title = knoop.querySelector('.titel');
      const box = title.getBoundingClientRect();
      const circle = knoop.querySelector('circle').getBoundingClientRect();
      return {
        letter: knoop.querySelector('.teken').textContent.trim(),
        label: knoop.getAttribute('aria-label'),
        title: [...title.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
        // The size the title is drawn at on the screen, in CSS px.
        size: parseFloat(getComputedStyle(title).fontSize) * title.getScreenCTM().a,
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
        circle: { width: circle.width, height: circle.height },
      };
    }));
    assert.equal(nodes.length, 20);
    for (const node of nodes) {
      assert.ok(node.label.startsWith(`${node.letter} ${node.title}`), `${node.letter}: the title beside it is "${node.title}"`);
      assert.ok(node.size >= 12, `${node.letter} at ${viewport.width} px: title drawn at ${node.size.toFixed(1)} px`);
      assert.ok(node.circle.width >= 24 && node.circle.height >= 24, `${node.letter} at ${viewport.width} px: target ${node.circle.width} px`);
    }
    const svg = await page.$eval('.web svg', (s) => {
      const box = s.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    });
    for (const [i, a] of nodes.entries()) {
      assert.ok(a.box.left >= svg.left - 0.5 && a.box.right <= svg.right + 0.5, `${a.letter}: title outside the web`);
      for (const b of nodes.slice(i + 1)) {
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left
          || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        assert.ok(apart, `the titles of ${a.letter} and ${b.letter} overlap at ${viewport.width} px`);
      }
    }
    // The rode draden: numbered, each label inside its button.
    const threads = await page.$$eval('.draad', (buttons) => buttons.map((button) => {
      const rect = button.querySelector('rect').getBoundingClientRect();
      const text = button.querySelector('text').getBoundingClientRect();
      return { text: button.querySelector('text').textContent, fits: text.left >= rect.left && text.right <= rect.right
        && text.top >= rect.top && text.bottom <= rect.bottom };
    }));
    assert.deepEqual(threads.map((t) => t.text[0]), ['1', '2', '3']);
    for (const thread of threads) assert.ok(thread.fits, `"${thread.text}" is clipped at ${viewport.width} px`);
  }
  // The list of links stands beside the web on a wide screen, below it on a phone.
  await page.setViewportSize(wide);
  const beside = await page.evaluate(() => document.querySelector('.verwijzingen').getBoundingClientRect().left
    >= document.querySelector('.web').getBoundingClientRect().right);
  assert.ok(beside, 'the list of links is not beside HET WEB');
  assert.equal(await page.$$eval('.verwijzingen li', (items) => items.length), 20);
  await page.close();
});

test('HET WEB lights up the links of a lemma on hover and on keyboard focus', async () => {
  const page = await browser.newPage({ viewport: wide });
  await page.goto(url('web'));
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

test('DE LIJST is an index: letter groups in order, each title with its lemma letter', async () => {
  const page = await browser.newPage({ viewport: wide });
  await page.goto(url('lijst'));
  const groups = await page.$$eval('.register .groep', (sections) => sections.map((section) => ({
    letter: section.querySelector('h2').textContent.trim(),
    entries: [...section.querySelectorAll('li a')].map((a) => ({
      title: a.querySelector('.titel').textContent.trim(), letter: a.querySelector('.letter').textContent.trim() })),
  })));
  assert.ok(groups.length >= 10, `only ${groups.length} letter groups`);
  const headings = groups.map((g) => g.letter);
  assert.deepEqual(headings, [...headings].sort((a, b) => a.localeCompare(b, 'nl')));
  const entries = groups.flatMap((g) => g.entries);
  assert.equal(entries.length, 20);
  assert.deepEqual(entries.map((e) => e.letter).sort(), [...'ABCDEFGHIJKLMNOPQRST']);
  const titles = entries.map((e) => e.title);
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'nl')));
  for (const group of groups) {
    for (const entry of group.entries)
      assert.equal(entry.title.normalize('NFD')[0].toUpperCase(), group.letter, `${entry.title} under ${group.letter}`);
  }
  // The jump links to the groups.
  assert.deepEqual(await page.$$eval('.beginletters a', (as) => as.map((a) => a.textContent.trim())), headings);
  assert.ok(await page.$('.register ul li a .letter'));
  assert.equal(await page.$('main ul.lijst'), null);
  await page.close();
});

test('at 390 px the menu stays on one line and tap targets are at least 24 × 24 px', async () => {
  const page = await browser.newPage({ viewport: phone });
  for (const name of ['home', 'web', 'lijst', 'lemmas/ambt-onder-druk']) {
    await page.goto(url(name));
    const menu = await page.$$eval('header nav li', (items) => items.map((item) => {
      const range = document.createRange();
      range.selectNodeContents(item.querySelector('a'));
      return { text: item.textContent.trim(), lines: range.getClientRects().length, top: item.getBoundingClientRect().top };
    }));
    assert.equal(menu.length, 3);
    for (const item of menu) assert.equal(item.lines, 1, `${name}: "${item.text}" wraps`);
    assert.ok(menu.every((item) => Math.abs(item.top - menu[0].top) < 1), `${name}: the menu takes more than one line`);
    const small = await smallTargets(page, 'header nav a, .knop, .inhoudsopgave ol a, .beginletters a, .register a, '
      + '.verwijzingen a, .knoop circle, .draad rect, .lees-meer a');
    assert.deepEqual(small, [], `${name}: targets smaller than 24 px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: the page is ${overflow} px wider than the screen`);
  }
  await page.close();
});

test('screenshots of home, a lemma, HET WEB and DE LIJST at 1280 and 390 px', async () => {
  const page = await browser.newPage({ viewport: wide });
  for (const viewport of [wide, phone]) {
    await page.setViewportSize(viewport);
    for (const [name, shot] of [['home', 'home'], ['lemmas/van-mobiliteit-naar-bereikbaarheid', 'lemma'],
                                ['web', 'web'], ['lijst', 'lijst']]) {
      await page.goto(url(name));
      await screenshot(page, `${shot}-${viewport.width}`);
    }
  }
  await page.close();
});

test('the accessibility check can fail, on a missing text and on a tap target that is too small', async () => {
  const page = await browser.newPage({ viewport: wide });
  await page.setContent('<html lang="nl"><head><title>t</title></head><body><main><img src="x.png"><a href="#"></a>'
    + '<p><button style="width:12px;height:12px;padding:0">a</button><button style="width:12px;height:12px;padding:0">b</button></p>'
    + '</main></body></html>');
  const { violations } = await axeResults(page);
  assert.ok(violations.some((v) => v.id === 'image-alt'));
  assert.ok(violations.some((v) => v.id === 'target-size'), describe(violations).join('\n'));
  await page.close();
});
