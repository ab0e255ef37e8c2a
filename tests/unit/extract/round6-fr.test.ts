import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published: string): string[] {
  return extractClaims({ text, lang: 'fr', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service} ${c.date}`)
    .sort();
}

describe('round 6, fr: payments cut', () => {
  test('"coupent les paiements vers"', () => {
    expect(summary('Mastercard et Visa coupent les paiements vers Pornhub', '2020-12-11')).toEqual([
      'mastercard terminate pornhub payments 2020-12-11',
      'visa terminate pornhub payments 2020-12-11',
    ]);
  });

  test('"mis fin à l\'utilisation de ses cartes"', () => {
    expect(summary("Mastercard a mis fin à l'utilisation de ses cartes sur Pornhub.", '2020-12-11')).toEqual([
      'mastercard terminate pornhub payments 2020-12-11',
    ]);
  });

  test('"a cessé en novembre 2019 de verser"', () => {
    expect(
      summary(
        'PayPal avait cessé en novembre 2019 de verser leurs revenus aux créateurs de contenus de Pornhub.',
        '2020-12-11',
      ),
    ).toEqual(['paypal terminate pornhub payments 2019-11']);
  });

  test('"a rompu ses liens avec"', () => {
    expect(summary('Mastercard a rompu ses liens avec Pornhub.', '2020-12-11')).toEqual([
      'mastercard terminate pornhub payments 2020-12-11',
    ]);
  });
});

describe('round 6, fr: reported and causative infinitives', () => {
  test('"a indiqué suspendre les paiements"', () => {
    expect(summary('Visa a indiqué suspendre les paiements vers Pornhub.', '2020-12-11')).toEqual([
      'visa suspend pornhub payments 2020-12-11',
    ]);
  });

  test('"a fait bloquer"', () => {
    expect(summary('Le gouvernement indien a fait bloquer TikTok en juin 2020.', '2020-07-01')).toEqual([
      'in-government block tiktok country_access 2020-06',
    ]);
  });

  test.each([
    ['own work', 'Plusieurs médias étrangers, dont la BBC, ont annoncé suspendre leur travail en Russie.'],
    ['own ads', 'Des annonceurs, dont Unilever, ont décidé de suspendre leurs publicités sur Facebook.'],
    [
      'own feature',
      'TikTok a annoncé mercredi suspendre « volontairement » le programme de récompenses de son application TikTok Lite.',
    ],
  ])("a possessive object is the subject's own: %s", (_name, text) => {
    expect(summary(text, '2022-03-05')).toEqual([]);
  });
});

describe('round 6, fr: more verbs', () => {
  test('"privé … de leurs revenus publicitaires" demonetises', () => {
    expect(
      summary('YouTube a privé les chaînes de RT de leurs revenus publicitaires.', '2022-03-02'),
    ).toEqual(['youtube restrict rt monetization 2022-03-02']);
  });

  test('"a fermé r/…" removes the subreddit', () => {
    expect(summary('Reddit a fermé r/The_Donald.', '2020-06-30')).toEqual([
      'reddit remove the-donald account 2020-06-30',
    ]);
  });

  test('"a radié"', () => {
    expect(summary('Patreon a radié Alain Soral.', '2020-06-30')).toEqual([
      'patreon remove alain-soral payments 2020-06-30',
    ]);
  });

  test('"en a fait autant" follows', () => {
    expect(summary('YouTube a banni Alain Soral. Twitter en a fait autant mardi.', '2020-06-30')).toEqual([
      'x ban alain-soral account 2020-06-30',
      'youtube ban alain-soral account 2020-06-30',
    ]);
  });
});

describe('round 6, fr: agents and stand-ins', () => {
  test('"sur ordre de" names the agent of a passive', () => {
    expect(summary('X a été suspendu au Brésil sur ordre de la Cour suprême.', '2024-08-31')).toEqual([
      'br-supreme-court block x country_access 2024-08-31',
    ]);
  });

  test('"la messagerie" stands for the last target', () => {
    expect(
      summary(
        'Apple a retiré Telegram de sa boutique. Google a retiré la messagerie de sa boutique.',
        '2023-04-29',
      ),
    ).toEqual(['apple remove telegram app_store 2023-04-29', 'google remove telegram app_store 2023-04-29']);
  });

  test('"pour que les fournisseurs rétablissent" is a purpose, not a restoration', () => {
    expect(
      summary(
        "Le juge de la Cour suprême Alexandre de Moraes a ordonné mardi la levée de la suspension de X au Brésil. Le magistrat a donné 24 heures à l'Anatel, le régulateur des télécommunications, pour que les fournisseurs d'accès rétablissent le service.",
        '2024-10-09',
      ),
    ).toEqual(['br-supreme-court reinstate x country_access 2024-10-08']);
  });
});

describe('round 6, fr: a threat as a noun does not cancel the act', () => {
  test('"invoquant des menaces de violence"', () => {
    expect(
      summary("Apple a retiré Parler de l'App Store, invoquant des menaces de violence.", '2021-01-11'),
    ).toEqual(['apple remove parler app_store 2021-01-11']);
  });

  test.each([
    "Apple a menacé de retirer Parler de l'App Store.",
    "Apple a menacé d'exclure Parler de l'App Store.",
  ])('a threat to act still cancels: %s', (text) => {
    expect(summary(text, '2021-01-11')).toEqual([]);
  });

  test('"a coupé l\'hébergement de"', () => {
    expect(summary("Amazon a coupé l'hébergement de Parler.", '2021-01-11')).toEqual([
      'amazon terminate parler hosting 2021-01-11',
    ]);
  });
});

describe('round 6, fr: a participle right after a name is a passive (headlines)', () => {
  test('"Parler banni de l\'App Store par Apple"', () => {
    expect(summary("Parler banni de l'App Store par Apple", '2021-01-10')).toEqual([
      'apple ban parler app_store 2021-01-10',
    ]);
  });

  test('"Telegram suspendu par la Cour suprême"', () => {
    expect(summary('Brésil : Telegram suspendu par la Cour suprême', '2022-03-18')).toEqual([
      'br-supreme-court block telegram country_access 2022-03-18',
    ]);
  });

  test('with an auxiliary the participle stays active', () => {
    expect(summary('Apple a banni Parler.', '2021-01-10')).toEqual(['apple ban parler app_store 2021-01-10']);
  });
});

describe('round 6, fr: restorations and clause boundaries', () => {
  test('"a autorisé mardi le rétablissement de"', () => {
    expect(
      summary(
        'Le magistrat de la Cour suprême a autorisé mardi le rétablissement de Telegram.',
        '2024-10-09',
      ),
    ).toEqual(['br-supreme-court reinstate telegram country_access 2024-10-08']);
  });

  test('a comma before a new subject and its verb opens a new clause', () => {
    expect(
      summary('YouTube ferme la chaîne de Dieudonné, Reddit et Twitch font aussi le ménage', '2020-06-30'),
    ).toEqual(['youtube remove dieudonne account 2020-06-30']);
  });

  test('two acts joined by a comma keep their own subjects', () => {
    expect(summary('YouTube a banni Dieudonné, Twitter a suspendu Alain Soral.', '2020-06-30')).toEqual([
      'x suspend alain-soral account 2020-06-30',
      'youtube ban dieudonne account 2020-06-30',
    ]);
  });
});

describe('round 6, fr: passives and endings', () => {
  test('"s\'est vu retirer de l\'App Store par Apple"', () => {
    expect(summary("Parler s'est vu retirer de l'App Store par Apple.", '2021-01-11')).toEqual([
      'apple remove parler app_store 2021-01-11',
    ]);
  });

  test('"le compte … a été fermé par Twitter"', () => {
    expect(summary('Le compte de Donald Trump a été fermé par Twitter.', '2021-01-11')).toEqual([
      'x remove donald-trump account 2021-01-11',
    ]);
  });

  test('an office closed is not an account closed', () => {
    expect(summary('Le bureau de Twitter au Brésil a été fermé par Elon Musk.', '2021-01-11')).toEqual([]);
  });

  test('"met fin à la suspension" restores', () => {
    expect(summary('Meta met fin à la suspension de Donald Trump', '2023-01-26')).toEqual([
      'meta reinstate donald-trump account 2023-01-26',
    ]);
  });

  test('"coupe les serveurs de"', () => {
    expect(summary('Amazon coupe les serveurs de Parler', '2021-01-11')).toEqual([
      'amazon terminate parler hosting 2021-01-11',
    ]);
  });
});

describe('round 6, fr: a comeback', () => {
  test('"fait son retour sur Facebook"', () => {
    expect(summary('Donald Trump fait son retour sur Facebook.', '2023-02-10')).toEqual([
      'facebook reinstate donald-trump account 2023-02-10',
    ]);
  });

  test('"a fait son retour dans l\'App Store"', () => {
    expect(summary("TikTok a fait son retour dans l'App Store américain jeudi.", '2023-02-10')).toEqual([
      'apple reinstate tiktok app_store 2023-02-09',
    ]);
  });
});

describe('round 6, fr: contracted stand-ins ("du site", "au réseau social")', () => {
  test('"aux créateurs de contenus du site"', () => {
    expect(
      summary(
        "Le site Pornhub perd ses moyens de paiement. Pour l'entreprise, le coup est sévère. PayPal avait déjà cessé en novembre 2019 de verser leurs revenus aux créateurs de contenus du site.",
        '2020-12-11',
      ),
    ).toEqual(['paypal terminate pornhub payments 2019-11']);
  });
});
