import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function dated(text: string, lang: string, published: string): string[] {
  return extractClaims({ text, lang, published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.target.id} ${c.date} ${c.date_basis}`)
    .sort();
}

describe('extractClaims: the day a report sets once dates what follows', () => {
  test('a claimless sentence just before, in the same paragraph, gives its day', () => {
    const text =
      'How it unfolded\n\nIt started on Sunday night. Apple removed almost every podcast of Infowars from its directory.';
    expect(dated(text, 'en', '2018-08-07')).toEqual(['apple infowars 2018-08-05 relative']);
  });

  test('a lead with a cut verb and a day, but no claim of its own, dates the later cuts', () => {
    const text = [
      'Ein Tag, drei Plattformen',
      '',
      'Die großen Plattformen haben am Montag mehrere Konten aus dem rechten Spektrum entfernt.',
      '',
      'YouTube hat die Kanäle von David Duke und Richard Spencer gelöscht.',
    ].join('\n');
    expect(dated(text, 'de', '2020-06-30')).toEqual([
      'youtube david-duke 2020-06-29 relative',
      'youtube richard-spencer 2020-06-29 relative',
    ]);
  });

  test('a sentence in another paragraph does not date the claim, nor does a pluperfect background', () => {
    const text = 'Le bilan\n\nLa réunion a eu lieu mardi.\n\nTwitter avait banni le président américain.';
    expect(dated(text, 'fr', '2021-01-11')).toEqual(['x donald-trump 2021-01-11 published']);
  });

  test('"la veille" is read against the previous claim, not against publication', () => {
    const text =
      'Les médias RT et Sputnik sont interdits dans l’UE depuis mercredi. La veille déjà, YouTube avait bloqué les chaînes de RT dans toute l’Europe.';
    expect(dated(text, 'fr', '2022-03-03').filter((line) => line.startsWith('youtube'))).toEqual([
      'youtube rt 2022-03-01 relative',
    ]);
  });
});
