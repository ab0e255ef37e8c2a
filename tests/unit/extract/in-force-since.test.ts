import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, lang: string, published: string): string[] {
  return extractClaims({ text, lang, published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.date}`)
    .sort();
}

describe('extractClaims: a lifted measure "in force since" a date also reports the cut', () => {
  test.each([
    ['en', 'Discord lifted the suspension of Gab on Monday, a measure in place since 12 January.'],
    ['fr', 'Discord a levé lundi la suspension de Gab, en vigueur depuis le 12 janvier.'],
    ['de', 'Discord hob am Montag die Sperre von Gab auf, die seit dem 12. Januar galt.'],
    ['es', 'Discord levantó el lunes la suspensión de Gab, vigente desde el 12 de enero.'],
    ['pt', 'O Discord revogou na segunda-feira a suspensão do Gab, em vigor desde 12 de janeiro.'],
    ['it', 'Discord ha revocato lunedì la sospensione di Gab, in vigore dal 12 gennaio.'],
  ])('%s', (lang, text) => {
    expect(summary(text, lang, '2021-02-16')).toEqual([
      'discord reinstate gab 2021-02-15',
      'discord suspend gab 2021-01-12',
    ]);
  });

  test('without the phrase, a lifting is only a restoration', () => {
    expect(summary('Discord lifted the suspension of Gab on Monday.', 'en', '2021-02-16')).toEqual([
      'discord reinstate gab 2021-02-15',
    ]);
  });
});

describe('extractClaims: a block in force "since" a date, its target given by a noun or pronoun', () => {
  test.each([
    [
      'en',
      'Roskomnadzor lifted the block on Telegram on Thursday. The service had been blocked in the country since April 16.',
    ],
    [
      'fr',
      'Roskomnadzor a levé jeudi le blocage de Telegram. Le service était bloqué dans le pays depuis le 16 avril.',
    ],
    [
      'es',
      'Roskomnadzor levantó el jueves el bloqueo de Telegram. El servicio estaba bloqueado en el país desde el 16 de abril.',
    ],
    [
      'it',
      'Roskomnadzor ha revocato giovedì il blocco di Telegram. Il servizio era bloccato nel Paese dal 16 aprile.',
    ],
  ])('%s', (lang, text) => {
    expect(summary(text, lang, '2020-06-19')).toEqual([
      'roskomnadzor block telegram 2020-04-16',
      'roskomnadzor reinstate telegram 2020-06-18',
    ]);
  });
});
