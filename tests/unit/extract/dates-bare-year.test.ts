import { describe, expect, test } from 'vitest';
import { findDateExpressions, parseReferenceDate } from '../../../src/core/extract/dates.ts';

const reference = parseReferenceDate('2021-06-10');

function years(sentence: string): (string | null)[] {
  return findDateExpressions(sentence, 'de', reference)
    .filter((d) => d.precision === 'year')
    .map((d) => d.date);
}

describe('findDateExpressions: a German year written bare after the auxiliary', () => {
  test.each([
    ['Spotify hatte 2019 schon den Podcast entfernt.', '2019'],
    ['Der Kanal war 2018 gesperrt worden.', '2018'],
    ['Die Seite wurde bereits 2017 abgeschaltet.', '2017'],
  ])('%s', (sentence, year) => {
    expect(years(sentence)).toEqual([year]);
  });

  test('a count before a capitalised noun is not a year', () => {
    expect(years('Twitter hatte 2000 Konten gesperrt.')).toEqual([]);
  });

  test('a year after publication is not a background year', () => {
    expect(years('Die Seite wurde bereits 2030 abgeschaltet.')).toEqual([]);
  });
});
