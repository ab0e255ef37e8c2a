import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, lang: string, published: string): string[] {
  return extractClaims({ text, lang, published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service} ${c.date}`)
    .sort();
}

describe('extractClaims: suspending or overturning the order that cut is a restoration', () => {
  test.each([
    [
      'pt',
      'O Supremo Tribunal Federal suspendeu a decisão que bloqueava o Telegram no Brasil.',
      'br-supreme-court',
    ],
    [
      'es',
      'La Audiencia Nacional suspendió la decisión que bloqueaba Telegram en España.',
      'es-audiencia-nacional',
    ],
    ['fr', 'La justice française a suspendu la décision qui bloquait Telegram en France.', 'fr-government'],
    [
      'it',
      'Il tribunale italiano ha sospeso il provvedimento che bloccava Telegram in Italia.',
      'it-government',
    ],
    [
      'en',
      'A British court overturned the order that blocked Telegram in the United Kingdom.',
      'gb-government',
    ],
  ])('%s', (lang, text, actor) => {
    const claims = summary(text, lang, '2023-05-01');
    expect(claims).toEqual([`${actor} reinstate telegram country_access 2023-05-01`]);
  });

  test('French present tense "annule le blocage" lifts, it does not block', () => {
    expect(
      summary("Le Conseil d'État annule le blocage de TikTok en Nouvelle-Calédonie.", 'fr', '2024-05-31'),
    ).toEqual(['fr-conseil-d-etat reinstate tiktok country_access 2024-05-31']);
  });
});

describe('extractClaims: blocking the enforcement of a law is not a deplatforming', () => {
  test.each([
    ['en', 'A federal judge blocked Montana from enforcing a law that would ban TikTok in the state.'],
    ['es', 'Un juez federal bloqueó la aplicación de la ley que prohibía TikTok en Montana.'],
    ['fr', "Un juge fédéral a bloqué l'application de la loi qui interdisait TikTok au Montana."],
  ])('%s', (lang, text) => {
    expect(summary(text, lang, '2023-12-01')).toEqual([]);
  });
});

describe('extractClaims: targets', () => {
  test("an organisation that only qualifies a person's name is not a target", () => {
    expect(
      summary(
        'YouTube sperrte am Montag den Kanal von Ex-Ku-Klux-Klan-Führer David Duke.',
        'de',
        '2023-12-06',
      ),
    ).toEqual(['youtube suspend david-duke channel 2023-12-04']);
  });

  test("a people as the target stands for its country's access to the platform", () => {
    expect(summary('Nigerians back on Twitter as government lifts ban.', 'en', '2022-01-14')).toEqual([
      'ng-government reinstate x country_access 2022-01-14',
    ]);
  });
});

describe('extractClaims: dates', () => {
  test.each([
    [
      'de',
      'Twitter hat am Montag das Konto von Alex Jones gesperrt. Auch Facebook sperrte das Konto von Alex Jones.',
    ],
    [
      'es',
      'Twitter suspendió el lunes la cuenta de Alex Jones. Facebook también suspendió la cuenta de Alex Jones.',
    ],
  ])("%s: a later sentence continuing the same action takes the first sentence's day", (lang, text) => {
    expect(summary(text, lang, '2023-12-06')).toEqual([
      'facebook suspend alex-jones account 2023-12-04',
      'x suspend alex-jones account 2023-12-04',
    ]);
  });

  test('a later claim on another target keeps the publication date', () => {
    const claims = summary(
      'Twitter hat am Montag das Konto von Alex Jones gesperrt. Facebook sperrte das Konto von Milo Yiannopoulos.',
      'de',
      '2023-12-06',
    );
    expect(claims).toContain('x suspend alex-jones account 2023-12-04');
    expect(claims.some((c) => c.startsWith('facebook') && c.endsWith('2023-12-06'))).toBe(true);
  });

  test.each([
    ['de', 'Twitter hatte Alex Jones im Jahr 2018 gesperrt.'],
    ['es', 'Twitter suspendió a Alex Jones en el año 2018.'],
  ])('%s: "im Jahr 2018" dates a background event to its year', (lang, text) => {
    expect(summary(text, lang, '2023-12-06')).toEqual(['x suspend alex-jones account 2018']);
  });
});

describe('extractClaims: restrictions', () => {
  test.each([
    ['fr', 'Google a désindexé le site RT France en mars 2022.', 'google restrict rt'],
    ['it', 'Facebook ha limitato la pagina di CasaPound nel 2019.', 'facebook restrict casapound'],
    ['en', 'Reddit placed The_Donald in read-only mode in 2019.', 'reddit restrict the-donald'],
    ['en', 'Spotify geo-blocked the podcast of Alex Jones in Germany.', 'spotify restrict alex-jones'],
  ])('%s: %s', (lang, text, expected) => {
    const claims = summary(text, lang, '2023-05-01');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.startsWith(expected)).toBe(true);
  });
});

describe('extractClaims: an order to others to block is a block by the one who orders', () => {
  test.each([
    [
      'en',
      'Roskomnadzor ordered internet providers to block LinkedIn in Russia.',
      'roskomnadzor block linkedin',
    ],
    ['pt', 'A Anatel determinou às operadoras que bloqueiem o X no Brasil.', 'anatel block x'],
    [
      'it',
      'Il governo italiano ha ordinato agli operatori di bloccare Telegram in Italia.',
      'it-government block telegram',
    ],
  ])('%s', (lang, text, expected) => {
    expect(summary(text, lang, '2023-04-01')).toEqual([`${expected} country_access 2023-04-01`]);
  });

  test('a call on others to block stays cancelled', () => {
    expect(summary('Activists called on internet providers to block LinkedIn.', 'en', '2023-04-01')).toEqual(
      [],
    );
  });
});

describe('extractClaims: a frozen page or account is restricted, not cut', () => {
  test.each([
    ['en', 'Facebook froze the page of Nicolás Maduro for 30 days.'],
    ['es', 'Facebook congeló durante 30 días la página de Nicolás Maduro.'],
    ['de', 'Facebook hat die Seite von Nicolás Maduro für 30 Tage eingefroren.'],
  ])('%s', (lang, text) => {
    expect(summary(text, lang, '2021-03-28')).toEqual([
      'facebook restrict nicolas-maduro account 2021-03-28',
    ]);
  });
});

describe('extractClaims: Spanish "enero" is a month for the weekday fast path too', () => {
  test('"En enero" dates the claim to January', () => {
    expect(summary('En enero, YouTube suspendió el canal de Alex Jones.', 'es', '2023-05-01')).toEqual([
      'youtube suspend alex-jones channel 2023-01',
    ]);
  });
});

describe('extractClaims: a state named in one sentence, a country-wide block in the next', () => {
  test.each([
    [
      'pt',
      'O Tribunal Superior Eleitoral perdeu a paciência com o Telegram. O aplicativo foi bloqueado em todo o país.',
      'br-electoral-court',
    ],
    ['es', 'La Conatel actuó contra Telegram. La plataforma quedó bloqueada en todo el país.', 've-conatel'],
    [
      'en',
      "Brazil's Supreme Court ruled against Telegram. The platform was blocked across the country.",
      'br-supreme-court',
    ],
  ])('%s', (lang, text, actor) => {
    expect(summary(text, lang, '2024-08-31')).toEqual([`${actor} block telegram country_access 2024-08-31`]);
  });

  test('without a country-wide phrase the unnamed platform stays unread', () => {
    expect(
      summary("Brazil's Supreme Court ruled against Telegram. The platform was blocked.", 'en', '2024-08-31'),
    ).toEqual([]);
  });
});
