import { describe, expect, test } from 'vitest';
import { createDecoders } from '../../../scrapers/fetcher/body-reader.ts';
import { FetchError } from '../../../scrapers/fetcher/errors.ts';

function decoderCount(contentEncoding: string | undefined): number | string {
  try {
    const decoders = createDecoders(contentEncoding, 'http://example.org/');
    for (const decoder of decoders) decoder.destroy();
    return decoders.length;
  } catch (error) {
    return error instanceof FetchError ? error.kind : 'other error';
  }
}

describe('createDecoders', () => {
  const cases: [string | undefined, number | string][] = [
    [undefined, 0],
    ['', 0],
    ['identity', 0],
    ['gzip', 1],
    ['x-gzip', 1],
    ['GZIP', 1],
    ['deflate', 1],
    ['br', 1],
    ['gzip, br', 2],
    ['gzip, identity', 1],
    ['gzip, gzip, gzip', 'decoding'],
    ['compress', 'decoding'],
    ['zstd', 'decoding'],
  ];
  for (const [header, expected] of cases) {
    test(`Content-Encoding ${JSON.stringify(header)} → ${expected}`, () => {
      expect(decoderCount(header)).toBe(expected);
    });
  }
});
