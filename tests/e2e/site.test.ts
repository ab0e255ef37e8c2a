import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildFixtureSite, chromiumArgs, FIXTURE_ROOT, serveStatic } from './site-fixture.ts';

/**
 * The site in a real browser (issue 7 "Browser tests"): Debian's chromium through playwright-core, one fixture build
 * shared by every test, served on 127.0.0.1 port 0. Screenshots go to tests/artifacts/ (git-ignored); the README's
 * screenshots in docs/screenshots/ are taken from a build of the real data the same way.
 */
const ARTIFACTS = path.resolve('tests/artifacts');

let context: BrowserContext;
let page: Page;
let baseUrl: string;
let closeServer: () => Promise<void>;
let userDataDir: string;
let fixtureWorkDir: string;
const consoleErrors: string[] = [];

/** The fixture's events by actor, read from the YAML files themselves (not from the site). */
function fixtureEventIdsByActors(actors: string[]): string[] {
  const dir = path.join(FIXTURE_ROOT, 'curated');
  return readdirSync(dir)
    .map((name) => parse(readFileSync(path.join(dir, name), 'utf8')) as { id: string; actor: string })
    .filter((event) => actors.includes(event.actor))
    .map((event) => event.id)
    .sort();
}

async function axeViolations(target: Page): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  // evaluate() runs through the DevTools protocol, which the page's CSP does not govern (an injected <script> would be
  // refused, as it should be).
  const axeSource = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await target.evaluate(axeSource);
  const violations = await target.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe.run();
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

beforeAll(async () => {
  const site = await buildFixtureSite();
  fixtureWorkDir = site.workDir;
  const server = await serveStatic(site.outDir);
  baseUrl = server.url;
  closeServer = server.close;
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'wbw-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs(userDataDir).filter(
      (arg) => !arg.startsWith('--user-data-dir') && arg !== '--headless',
    ),
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await closeServer?.();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (fixtureWorkDir) rmSync(fixtureWorkDir, { recursive: true, force: true });
});

describe('timeline', () => {
  test('filtering by a company changes the URL, survives a reload and lists only that family', async () => {
    await page.goto(`${baseUrl}/`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'timeline.png'), fullPage: true });
    await page.selectOption('select[name=company]', 'google');
    await page.waitForURL(/\?company=google$/);
    await page.reload();
    await expect.poll(() => page.inputValue('select[name=company]')).toBe('google');
    await page.waitForSelector('#filtered-events:not([hidden]) li');
    const shown = await page.$$eval('#filtered-events li a', (links) =>
      links.map((link) =>
        decodeURIComponent(new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]!),
      ),
    );
    expect(shown.sort()).toEqual(fixtureEventIdsByActors(['google', 'youtube']));
    expect(await page.isHidden('#static-events')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'timeline-google.png') });

    // Back goes to the unfiltered timeline, forward returns to the filter.
    await page.goBack();
    await expect.poll(() => page.isVisible('#static-events')).toBe(true);
    await page.goForward();
    await expect.poll(() => page.inputValue('select[name=company]')).toBe('google');
  });

  test('the filters work from the keyboard and combine', async () => {
    await page.goto(`${baseUrl}/`);
    await page.focus('select[name=year]');
    // A closed <select> changes its value with the arrow keys and fires "change" at each step; the years are listed
    // newest first, so the last one is the fixture's 2021.
    await page.keyboard.press('End');
    await page.waitForURL(/year=2021/);
    const year = await page.inputValue('select[name=year]');
    expect(year).toBe('2021');
    await page.focus('select[name=company]');
    await page.selectOption('select[name=company]', 'x');
    await page.waitForURL(/company=x/);
    expect(page.url()).toContain(`year=${year}`);
    await page.waitForSelector('#filtered-events:not([hidden]) li');
    // The list from the year alone is already on screen when the company is chosen: wait until the status line and
    // the list agree again, i.e. the combined filter has been applied, before reading them.
    const readList = () =>
      page.$$eval('#filtered-events li time', (times) =>
        times.map((time) => time.getAttribute('datetime') ?? ''),
      );
    await expect
      .poll(async () => {
        const status = (await page.textContent('#filter-status')) ?? '';
        return status.includes(`${(await readList()).length} event`);
      })
      .toBe(true);
    const dates = await readList();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date.startsWith(year)).toBe(true);
    expect(await page.textContent('#filter-status')).toContain(`${dates.length} event`);
  });
});

describe('event page', () => {
  test('shows its sources with publisher, language and quote', async () => {
    await page.goto(`${baseUrl}/events/2021-01-09-apple-removes-parler/`);
    const sources = await page.$$eval('ol.sources li', (items) =>
      items.map((item) => ({
        text: item.textContent ?? '',
        rel: item.querySelector('a')?.getAttribute('rel') ?? '',
        lang: item.querySelector('blockquote')?.getAttribute('lang') ?? '',
      })),
    );
    expect(sources).toHaveLength(2);
    expect(sources[1]!.text).toContain('Journal Exemple');
    expect(sources[1]!.lang).toBe('fr');
    expect(sources[0]!.rel).toBe('noopener noreferrer nofollow');
    expect(await page.textContent('main')).toContain('Report a correction');
    expect(await page.textContent('main')).toContain('Apple restored Parler');
  });
});

describe('search', () => {
  test('finds Parler', async () => {
    await page.goto(`${baseUrl}/search/?q=parler`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20_000 });
    // Pagefind's UI shows five results at first; the target page competes with five event pages about Parler.
    if (await page.isVisible('.pagefind-ui__button')) {
      await page.click('.pagefind-ui__button');
      await expect
        .poll(() => page.$$eval('.pagefind-ui__result-link', (anchors) => anchors.length))
        .toBeGreaterThan(5);
    }
    const links = await page.$$eval('.pagefind-ui__result-link', (anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname),
    );
    expect(links).toContain('/targets/parler/');
  });
});

describe('target page', () => {
  test('lists Google, Apple and Amazon in order with the gaps, then the returns', async () => {
    await page.goto(`${baseUrl}/targets/parler/`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'parler.png'), fullPage: true });
    const actors = await page.$$eval('.cascade .step-actor', (items) =>
      items.map((item) => item.textContent),
    );
    expect(actors.slice(0, 3)).toEqual(['Google', 'Apple', 'Amazon Web Services']);
    const gaps = await page.$$eval('.cascade .gap', (items) => items.map((item) => item.textContent));
    expect(gaps.slice(0, 2)).toEqual(['+1 day', '+1 day']);
    expect(await page.textContent('.cascade')).toContain('lasted 128 days');
  });
});

describe('accessibility and layout', () => {
  const pages = [
    '/',
    '/events/2021-01-10-aws-terminates-parler-hosting/',
    '/companies/google/',
    '/targets/parler/',
    '/stats/',
  ];
  test.each(pages)('axe finds no serious or critical violation on %s', async (pathname) => {
    await page.goto(`${baseUrl}${pathname}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.each(pages)('%s holds at 375 px wide', async (pathname) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}${pathname}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.screenshot({ path: path.join(ARTIFACTS, `narrow-${pathname.replaceAll('/', '_')}.png`) });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(width).toBeLessThanOrEqual(375);
  });

  test('the stats page draws its charts', async () => {
    await page.goto(`${baseUrl}/stats/`);
    await page.waitForFunction(() => document.querySelectorAll('canvas').length > 0);
    const drawn = await page.$$eval('canvas', (canvases) =>
      canvases.map((canvas) => (canvas as HTMLCanvasElement).width > 0),
    );
    expect(drawn.every(Boolean)).toBe(true);
  });
});

describe('console', () => {
  test('no page logged an error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
