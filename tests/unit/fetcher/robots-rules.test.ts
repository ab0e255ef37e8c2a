import { describe, expect, test } from 'vitest';
import {
  isPathAllowedByRobots,
  matchesRobotsPattern,
  normalisePercentEncoding,
  parseRobotsTxt,
  selectRobotsPolicy,
} from '../../../scrapers/fetcher/robots-rules.ts';

function allowed(robotsTxt: string, path: string, token = 'WhoBannedWhom'): boolean {
  return isPathAllowedByRobots(selectRobotsPolicy(parseRobotsTxt(robotsTxt), token), path);
}

describe('isPathAllowedByRobots (RFC 9309 rules)', () => {
  const cases: { name: string; robots: string; path: string; expected: boolean }[] = [
    { name: 'allows everything with an empty file', robots: '', path: '/any', expected: true },
    {
      name: 'disallows a prefix for *',
      robots: 'User-agent: *\nDisallow: /private',
      path: '/private/x',
      expected: false,
    },
    {
      name: 'matches prefixes, not words',
      robots: 'User-agent: *\nDisallow: /priv',
      path: '/private',
      expected: false,
    },
    {
      name: 'allows paths outside the prefix',
      robots: 'User-agent: *\nDisallow: /private',
      path: '/public',
      expected: true,
    },
    {
      name: 'treats an empty Disallow as allow-all',
      robots: 'User-agent: *\nDisallow:',
      path: '/x',
      expected: true,
    },
    {
      name: 'disallows all with Disallow: /',
      robots: 'User-agent: *\nDisallow: /',
      path: '/feed.xml',
      expected: false,
    },
    {
      name: 'lets the longest match win (allow longer)',
      robots: 'User-agent: *\nDisallow: /news\nAllow: /news/feed',
      path: '/news/feed.xml',
      expected: true,
    },
    {
      name: 'lets the longest match win (disallow longer)',
      robots: 'User-agent: *\nAllow: /news\nDisallow: /news/drafts',
      path: '/news/drafts/1',
      expected: false,
    },
    {
      name: 'lets Allow win a tie of equal length',
      robots: 'User-agent: *\nDisallow: /page\nAllow: /page',
      path: '/page',
      expected: true,
    },
    {
      name: 'expands * in the middle',
      robots: 'User-agent: *\nDisallow: /*.php',
      path: '/a/b/index.php?x=1',
      expected: false,
    },
    {
      name: 'anchors with $',
      robots: 'User-agent: *\nDisallow: /*.php$',
      path: '/index.php?x=1',
      expected: true,
    },
    {
      name: 'anchors with $ at the exact end',
      robots: 'User-agent: *\nDisallow: /*.php$',
      path: '/index.php',
      expected: false,
    },
    {
      name: 'matches the query string too',
      robots: 'User-agent: *\nDisallow: /search?q=',
      path: '/search?q=ban',
      expected: false,
    },
    {
      name: 'uses our group and ignores * when our token is named',
      robots: 'User-agent: *\nDisallow: /\n\nUser-agent: WhoBannedWhom\nDisallow: /private',
      path: '/feed.xml',
      expected: true,
    },
    {
      name: 'matches our product token case-insensitively',
      robots: 'User-agent: whobannedwhom\nDisallow: /x',
      path: '/x',
      expected: false,
    },
    {
      name: 'matches a user-agent line carrying a version',
      robots: 'User-agent: WhoBannedWhom/1.0\nDisallow: /x',
      path: '/x',
      expected: false,
    },
    {
      name: 'ignores groups of other crawlers',
      robots: 'User-agent: Googlebot\nDisallow: /',
      path: '/x',
      expected: true,
    },
    {
      name: 'merges two groups naming our token',
      robots: 'User-agent: WhoBannedWhom\nDisallow: /a\n\nUser-agent: WhoBannedWhom\nDisallow: /b',
      path: '/b/1',
      expected: false,
    },
    {
      name: 'shares a group among consecutive user-agent lines',
      robots: 'User-agent: Googlebot\nUser-agent: WhoBannedWhom\nDisallow: /shared',
      path: '/shared',
      expected: false,
    },
    {
      name: 'starts a new group at a user-agent line after rules',
      robots: 'User-agent: WhoBannedWhom\nDisallow: /a\nUser-agent: Other\nDisallow: /b',
      path: '/b',
      expected: true,
    },
    {
      name: 'ignores comments',
      robots: 'User-agent: * # all\nDisallow: /x # not x',
      path: '/x',
      expected: false,
    },
    {
      name: 'reads CRLF line endings',
      robots: 'User-agent: *\r\nDisallow: /x\r\n',
      path: '/x',
      expected: false,
    },
    { name: 'reads keys in any case', robots: 'USER-AGENT: *\nDISALLOW: /x', path: '/x', expected: false },
    {
      name: 'ignores rules before any user-agent',
      robots: 'Disallow: /\nUser-agent: *\nAllow: /',
      path: '/x',
      expected: true,
    },
    {
      name: 'always allows /robots.txt',
      robots: 'User-agent: *\nDisallow: /',
      path: '/robots.txt',
      expected: true,
    },
    {
      name: 'compares percent-encodings in one form',
      robots: 'User-agent: *\nDisallow: /caf%c3%a9',
      path: '/caf%C3%A9/menu',
      expected: false,
    },
    {
      name: 'encodes non-ASCII patterns',
      robots: 'User-agent: *\nDisallow: /café',
      path: '/caf%C3%A9',
      expected: false,
    },
    {
      name: 'skips sitemap and crawl-delay lines',
      robots: 'User-agent: *\nCrawl-delay: 5\nSitemap: /s.xml\nDisallow: /x',
      path: '/x',
      expected: false,
    },
  ];
  for (const testCase of cases) {
    test(testCase.name, () => {
      expect(allowed(testCase.robots, testCase.path)).toBe(testCase.expected);
    });
  }
});

describe('matchesRobotsPattern', () => {
  test('finishes quickly on a pathological pattern', () => {
    const pattern = `/${'*a'.repeat(200)}b`;
    const path = `/${'a'.repeat(5000)}`;
    const started = performance.now();
    expect(matchesRobotsPattern(pattern, path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
  test('treats a pattern without $ as a prefix', () => {
    expect(matchesRobotsPattern('/a', '/abc')).toBe(true);
    expect(matchesRobotsPattern('/a$', '/abc')).toBe(false);
  });
});

describe('normalisePercentEncoding', () => {
  test('upper-cases escapes, decodes unreserved ones and encodes non-ASCII', () => {
    expect(normalisePercentEncoding('/a%2fb')).toBe('/a%2Fb');
    expect(normalisePercentEncoding('/%7Euser')).toBe('/~user');
    expect(normalisePercentEncoding('/é')).toBe('/%C3%A9');
  });
});
