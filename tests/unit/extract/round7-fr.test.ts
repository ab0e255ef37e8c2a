import { describe, expect, test } from 'vitest';
import { actionSummary } from './claim-summary.ts';

const PUBLISHED = '2024-06-01';

function claims(text: string, published = PUBLISHED): string[] {
  return actionSummary(text, 'fr', published);
}

describe('round 7, fr: "a commencé à bloquer", "a procédé au blocage de"', () => {
  test('the act has begun', () => {
    expect(claims('La Russie a commencé à bloquer Telegram en avril.')).toEqual([
      'ru-government block telegram',
    ]);
    expect(claims('La Russie a commencé mardi à bloquer Telegram.')).toEqual([
      'ru-government block telegram',
    ]);
    expect(claims("L'Iran commence à restreindre l'accès à Instagram.")).toEqual([
      'ir-government block instagram',
    ]);
  });

  test('near miss: a threat to begin', () => {
    expect(claims('Le Pakistan menace de commencer à bloquer X.')).toEqual([]);
  });

  test('"a procédé au blocage de", "au retrait de", "à la suspension du compte de"', () => {
    expect(claims('Roskomnadzor a procédé au blocage de LinkedIn.')).toEqual(['roskomnadzor block linkedin']);
    expect(claims("Apple a procédé au retrait de l'application Parler.")).toEqual(['apple remove parler']);
    expect(claims('Twitter a procédé à la suspension du compte de Donald Trump.')).toEqual([
      'x suspend donald-trump',
    ]);
  });
});

describe('round 7, fr: "sa décision de suspendre"', () => {
  test('a decision taken is the act', () => {
    expect(claims('La décision de YouTube de supprimer la chaîne de Dieudonné a été saluée.')).toEqual([
      'youtube remove dieudonne',
    ]);
    expect(claims('Twitter a justifié sa décision de suspendre Donald Trump.')).toEqual([
      'x suspend donald-trump',
    ]);
  });
});

describe('round 7, fr: "a mis fin à la cagnotte"', () => {
  test('a fundraiser closed', () => {
    expect(claims('PayPal a mis fin à la cagnotte de Christophe Dettinger.')).toEqual([
      'paypal remove christophe-dettinger',
    ]);
  });
});

describe('round 7, fr: the cut noun in the passive', () => {
  test('"l\'interdiction de X a été levée", "la suspension … a été annulée": a restoration', () => {
    expect(claims("L'interdiction de TikTok a été levée par le gouvernement français.")).toEqual([
      'fr-government reinstate tiktok',
    ]);
    expect(claims('La suspension du compte de Donald Trump a été annulée par Twitter.')).toEqual([
      'x reinstate donald-trump',
    ]);
  });

  test('"le blocage de X a été ordonné par": the block', () => {
    expect(claims('Le blocage de Telegram a été ordonné par le gouvernement iranien.')).toEqual([
      'ir-government block telegram',
    ]);
  });

  test('near miss: a lifting that could happen', () => {
    expect(claims("L'interdiction de TikTok pourrait être levée par le gouvernement français.")).toEqual([]);
  });
});

describe('round 7, fr: "a vu son compte suspendu"', () => {
  test('suspended, removed, restored', () => {
    expect(claims('Alain Soral a vu son compte suspendu par Twitter.')).toEqual(['x suspend alain-soral']);
    expect(claims('Dieudonné a vu sa chaîne supprimée par YouTube.')).toEqual(['youtube remove dieudonne']);
    expect(claims('Parler a vu son application rétablie par Apple.')).toEqual(['apple reinstate parler']);
  });

  test('near miss: a risk', () => {
    expect(claims('Dieudonné risque de voir sa chaîne supprimée par YouTube.')).toEqual([]);
  });
});

describe('round 7, fr: "l\'accès à X a été ralenti", possessive targets', () => {
  test('access slowed or limited: a restriction', () => {
    expect(claims("L'accès à Telegram a été ralenti par le gouvernement russe.")).toEqual([
      'ru-government restrict telegram',
    ]);
  });

  test('"ses pages", "sa chaîne" stand for the person named before', () => {
    expect(claims('Dieudonné a dénoncé une censure. Facebook avait déjà banni ses pages.')).toEqual([
      'facebook ban dieudonne',
    ]);
    expect(claims('Alain Soral a protesté. YouTube a supprimé sa chaîne.')).toEqual([
      'youtube remove alain-soral',
    ]);
  });
});

describe('round 7, fr: sanctions in other words', () => {
  test('"a écopé d\'une suspension", "a montré la porte à", "a privé X de son compte"', () => {
    expect(claims("Dr Disrespect a écopé d'une suspension de deux semaines sur Twitch.")).toEqual([
      'twitch suspend dr-disrespect',
    ]);
    expect(claims('YouTube a montré la porte à Alain Soral.')).toEqual(['youtube ban alain-soral']);
    expect(claims('Twitter a privé Donald Trump de son compte.')).toEqual(['x ban donald-trump']);
  });

  test('near miss: a risk of a suspension', () => {
    expect(claims("Alain Soral risque d'écoper d'une suspension.")).toEqual([]);
  });

  test('"a qualifié X d\'organisation extrémiste", "a inscrit X sur sa liste des sites interdits"', () => {
    expect(claims("La Russie a qualifié Meta d'organisation extrémiste.")).toHaveLength(1);
    expect(claims('Roskomnadzor a inscrit LinkedIn sur sa liste des sites interdits.')).toEqual([
      'roskomnadzor block linkedin',
    ]);
    expect(claims('Roskomnadzor a ajouté LinkedIn au registre des sites interdits.')).toEqual([
      'roskomnadzor block linkedin',
    ]);
  });

  test('near misses: a designation that could come, a group called extremist by experts', () => {
    expect(claims("La Russie pourrait qualifier Meta d'organisation extrémiste.")).toEqual([]);
    expect(claims("Le groupe a été qualifié d'extrémiste par les experts.")).toEqual([]);
  });
});

describe('round 7, fr: restorations and account limits in other words', () => {
  test('déverrouillé, rendu son compte, redonné accès, autorisé à reprendre', () => {
    expect(claims('Twitter a déverrouillé le compte de Marjorie Taylor Greene.')).toEqual([
      'x reinstate marjorie-taylor-greene',
    ]);
    expect(claims('Twitter a rendu son compte à Donald Trump.')).toEqual(['x reinstate donald-trump']);
    expect(claims('Facebook a redonné accès à Donald Trump.')).toEqual(['facebook reinstate donald-trump']);
    expect(claims('Le Brésil a autorisé Telegram à reprendre ses activités.')).toEqual([
      'br-government reinstate telegram',
    ]);
  });

  test('"a empêché X de publier": a suspension', () => {
    expect(claims('Facebook a empêché Donald Trump de publier.')).toEqual(['facebook suspend donald-trump']);
  });
});

describe('round 7, fr: a cut that ends, a service no longer given', () => {
  test('"Fin de la suspension de X", "a annoncé la fin de la suspension": a restoration', () => {
    expect(claims('Fin de la suspension de Twitter au Nigeria')).toEqual(['ng-government reinstate x']);
    expect(claims('Le Nigeria a annoncé la fin de la suspension de Twitter.')).toEqual([
      'ng-government reinstate x',
    ]);
  });

  test('near miss: an end that could be announced', () => {
    expect(claims('Le Nigeria pourrait annoncer la fin de la suspension de Twitter.')).toEqual([]);
  });

  test('"ne protège plus", "ne propose plus"', () => {
    expect(claims('Cloudflare ne protège plus 8chan.')).toEqual(['cloudflare terminate 8chan']);
    expect(claims("Apple ne propose plus l'application Parler.")).toEqual(['apple remove parler']);
  });

  test('near miss: a person who no longer performs', () => {
    expect(claims('Dieudonné ne diffuse plus ses spectacles.')).toEqual([]);
  });
});
