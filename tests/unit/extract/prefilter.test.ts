import { describe, expect, test } from 'vitest';
import { mentionsDeplatforming } from '../../../src/core/extract/prefilter.ts';

describe('mentionsDeplatforming', () => {
  test.each([
    ['en', 'Twitter permanently suspended the account.'],
    ['fr', "Google a retiré l'application de sa boutique."],
    ['de', 'Das Konto wurde gesperrt.'],
    ['es', 'La cuenta fue suspendida el viernes.'],
    ['pt', 'O aplicativo foi bloqueado no Brasil.'],
    ['it', "L'account è stato rimosso dalla piattaforma."],
    ['fr', 'Le compte a été rétabli lundi.'],
    ['de', 'Der Account wurde wieder freigeschaltet.'],
  ])('keeps a %s sentence about a cut-off or a restoration', (lang, text) => {
    expect(mentionsDeplatforming(text, lang)).toBe(true);
  });

  test.each([
    ['en', 'The company reported higher quarterly revenue on Tuesday.'],
    ['fr', 'Le temps sera ensoleillé sur toute la France.'],
    ['de', 'Die Regierung stellte den Haushalt vor.'],
    ['es', 'El presidente visitó la ciudad.'],
    ['pt', 'O presidente visitou a cidade.'],
    ['it', 'Il presidente ha visitato la città.'],
  ])('skips a %s sentence without that vocabulary', (lang, text) => {
    expect(mentionsDeplatforming(text, lang)).toBe(false);
  });

  test('an unknown or missing language checks every lexicon', () => {
    expect(mentionsDeplatforming('Das Konto wurde gesperrt.', null)).toBe(true);
    expect(mentionsDeplatforming('Das Konto wurde gesperrt.', 'nl')).toBe(true);
    expect(mentionsDeplatforming('Het weer is mooi.', null)).toBe(false);
  });

  test.each([
    ['de', 'Apple hatte Quartz aus dem App Store genommen.'],
    ['de', 'Roskomnadsor bremst Twitter aus.'],
    ['es', 'Rusia prohíbe Instagram.'],
    ['es', 'Vox recupera su cuenta de Twitter.'],
  ])('lets through the round-6 %s stems: %s', (lang, text) => {
    expect(mentionsDeplatforming(text, lang)).toBe(true);
  });
});
