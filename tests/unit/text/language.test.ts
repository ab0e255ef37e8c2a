import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from '../../../scrapers/text/language.ts';

describe('detectLanguage', () => {
  test.each([
    ['Apple removes Parler from its App Store after the riot', 'en'],
    ['Apple retire Parler de son magasin d’applications après les violences', 'fr'],
    ['Amazon kündigt dem sozialen Netzwerk Parler die Server', 'de'],
    ['Google retira la aplicación Parler de su tienda tras los disturbios', 'es'],
    ['Tribunal determina a suspensão do X em todo o território brasileiro', 'pt'],
    ['Il garante blocca temporaneamente l’applicazione in tutta Italia', 'it'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('too short or another language → null', () => {
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('Роскомнадзор заблокировал доступ к социальной сети')).toBeNull();
  });
});

describe('normalizeLanguageTag', () => {
  test.each([
    ['fr-FR', 'fr'],
    ['en_US', 'en'],
    ['PT-br', 'pt'],
    ['ru', null],
    ['', null],
    [null, null],
  ])('%j → %j', (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});
