import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createExtractorIndex, extractClaims } from '../../../src/core/extract/index.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/extract/fr-seed-parler.txt');

describe('extractClaims on the seed case (issue 4, our own French article)', () => {
  const claims = extractClaims(
    { text: readFileSync(FIXTURE, 'utf8'), lang: 'fr', published: '2021-01-11' },
    createExtractorIndex(),
  );
  const find = (actor: string, target: string) =>
    claims.find((c) => c.actor.id === actor && c.target.id === target);

  test('Google removes Parler from its store on Friday 2021-01-08', () => {
    expect(find('google', 'parler')).toMatchObject({
      action: 'remove',
      service: 'app_store',
      date: '2021-01-08',
      date_precision: 'day',
      date_basis: 'relative',
    });
  });

  test('Apple follows on Saturday evening: the same action, dated 2021-01-09, with a lower confidence', () => {
    const apple = find('apple', 'parler');
    expect(apple).toMatchObject({ action: 'remove', service: 'app_store', date: '2021-01-09' });
    expect(apple!.confidence).toBeLessThan(find('google', 'parler')!.confidence);
  });

  test('Amazon Web Services stops hosting Parler on 2021-01-10 at 23:59', () => {
    expect(find('aws', 'parler')).toMatchObject({
      action: 'terminate',
      service: 'hosting',
      date: '2021-01-10',
      date_basis: 'stated',
      time: '23:59',
    });
  });

  test.each(['x', 'facebook', 'snapchat', 'twitch'])(
    '%s bans Donald Trump, dated by publication',
    (actor) => {
      const claim = find(actor, 'donald-trump');
      expect(claim).toBeDefined();
      expect(['ban', 'suspend']).toContain(claim!.action);
      expect(claim).toMatchObject({ service: 'account', date: '2021-01-11', date_basis: 'published' });
    },
  );

  test('the fear of retaliation gives nothing, and nothing else comes out', () => {
    expect(claims.some((c) => /craindre/.test(c.evidence))).toBe(false);
    expect(claims).toHaveLength(7);
  });

  test('every claim quotes its sentence and has a confidence in [0, 1]', () => {
    for (const claim of claims) {
      expect(claim.evidence.length).toBeGreaterThan(10);
      expect(claim.confidence).toBeGreaterThan(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
    }
  });
});
