import { describe, expect, test } from 'vitest';
import { mapToFeedparser } from '../../../scrapers/conformance/map-result.ts';
import {
  expectsMarkup,
  MARKUP_REASON,
  notApplicableReason,
} from '../../../scrapers/conformance/not-applicable.ts';
import { parseFeedFixture } from './fixtures.ts';

describe('mapToFeedparser', () => {
  test('maps our names to feedparser names and leaves out what we do not produce', () => {
    const view = mapToFeedparser(parseFeedFixture('rss-2.0.xml', null, 'https://policy.example/feed'));
    expect(view.bozo).toBe(false);
    expect(view.encoding).toBe('utf-8');
    expect(view.feed).toEqual({
      title: 'Platform Policy Desk',
      link: 'https://policy.example/policy/',
      language: 'en-GB',
    });
    expect(view.entries[0]).toMatchObject({
      id: 'policy-desk-0001',
      link: 'https://policy.example/2021/01/apple-removes-parler',
      published_parsed: '2021-01-10T04:59:00.000Z',
      author: 'A. Reporter',
    });
    expect(view.entries[0]).not.toHaveProperty('source');
  });

  test('ill-formed XML and charset warnings are bozo; a date warning is not', () => {
    expect(mapToFeedparser(parseFeedFixture('truncated.xml')).bozo).toBe(true);
    expect(mapToFeedparser(parseFeedFixture('invalid-dates.xml')).bozo).toBe(false);
  });

  test("a body we refused is feedparser's empty bozo result", () => {
    expect(mapToFeedparser(null)).toEqual({ bozo: true, encoding: null, feed: {}, entries: [] });
  });
});

describe('notApplicableReason', () => {
  test.each([
    ['tests/wellformed/cdf/channel_title.xml', "feed['title'] == 'x'", {}, /CDF/],
    [
      'tests/encoding/http_text_xml_default.xml',
      "not bozo and encoding == 'us-ascii'",
      { 'content-type': 'text/xml' },
      /RFC 3023/,
    ],
    ['tests/encoding/bozo_http_text_plain.xml', 'bozo', { 'content-type': 'text/plain' }, /text\/plain/],
    [
      'tests/wellformed/base/http_item_link_base_content_location.xml',
      "entries[0]['link'] == 'x'",
      {},
      /Content-Location/,
    ],
  ])('%s is not applicable', (id, expectation, headers, reason) => {
    expect(notApplicableReason(id, expectation, null, headers)).toMatch(reason);
  });

  test('an expectation of markup is marked for the plain-text check', () => {
    expect(expectsMarkup("feed['title'] == 'Example <b>Atom</b>'")).toBe(true);
    expect(expectsMarkup("feed['title'] == '&amp;'")).toBe(true);
    expect(expectsMarkup("feed['title'] == 'Example Atom'")).toBe(false);
    expect(notApplicableReason('tests/x.xml', "feed['title'] == '<b>x</b>'", null)).toBe(MARKUP_REASON);
  });

  test('an ordinary expectation is applicable', () => {
    expect(
      notApplicableReason(
        'tests/wellformed/rss/item_title.xml',
        "entries[0]['title'] == 'Item 1 title'",
        null,
      ),
    ).toBeNull();
  });
});
