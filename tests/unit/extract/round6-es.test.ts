import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published = '2021-05-18'): string[] {
  return extractClaims({ text, lang: 'es', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service}`)
    .sort();
}

describe('es round 6: returning to a store, present and past, the store is the actor', () => {
  test.each([
    [
      'Parler vuelve a la App Store cuatro meses después de su expulsión',
      ['apple reinstate parler app_store'],
    ],
    [
      'TikTok vuelve a las tiendas de Apple y Google.',
      ['apple reinstate tiktok app_store', 'google reinstate tiktok app_store'],
    ],
    [
      'TikTok volvió a las tiendas de Apple y Google.',
      ['apple reinstate tiktok app_store', 'google reinstate tiktok app_store'],
    ],
  ])('%s', (text, claims) => {
    expect(summary(text)).toEqual(claims);
  });
});

describe('es round 6: tenses and periphrases', () => {
  test.each([
    ['Twitter cierra para siempre la cuenta de Donald Trump', 'x remove donald-trump account'],
    ['Twitter acaba de suspender la cuenta de Donald Trump.', 'x suspend donald-trump account'],
    ['Meta desbloquea la cuenta de Donald Trump.', 'meta reinstate donald-trump account'],
    ['Twitter readmite a Donald Trump.', 'x reinstate donald-trump account'],
    ['Twitter limitó las funciones de la cuenta de Donald Trump.', 'x restrict donald-trump account'],
    [
      'Apple abrió la veda al retirar de su aplicación de pódcasts cinco programas de Infowars.',
      'apple remove infowars content',
    ],
    ['Tras la presión del Gobierno, Apple retiró ICEBlock de su tienda.', 'apple remove iceblock app_store'],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });

  test('imperfect in reported speech: "anunciaron que bloqueaban"', () => {
    expect(
      summary(
        'Facebook e Instagram anunciaron el jueves que bloqueaban a Donald Trump de manera indefinida.',
      ),
    ).toEqual(['facebook block donald-trump account', 'instagram block donald-trump account']);
  });

  test('"corta el acceso a" blocks', () => {
    expect(summary('Rusia corta el acceso a Instagram.', '2022-03-14')).toEqual([
      'ru-government block instagram country_access',
    ]);
  });
});

describe('es round 6: anaphora and following', () => {
  test('"había hecho lo propio" repeats the previous act', () => {
    expect(
      summary('Apple retiró Parler el 9 de enero. Un día antes, Google había hecho lo propio.', '2021-01-12'),
    ).toEqual(['apple remove parler app_store', 'google remove parler app_store']);
  });

  test('"al presidente" stands for the last target', () => {
    expect(
      summary(
        'Twitter suspendió la cuenta de Donald Trump. Facebook también bloqueó al presidente.',
        '2021-01-09',
      ),
    ).toContain('facebook block donald-trump account');
  });

  test('"sus servidores" stands for the last target', () => {
    expect(
      summary(
        'Apple retiró Parler el 9 de enero. Amazon Web Services dejó de alojar sus servidores el 10 de enero.',
        '2021-01-12',
      ),
    ).toContain('aws terminate parler hosting');
  });
});

describe('es round 6: a halted order is no claim', () => {
  test.each([
    ['Pedraz da marcha atrás y paraliza el bloqueo de Telegram en España'],
    ['El juez paralizó el bloqueo de Telegram en España.'],
  ])('%s', (text) => {
    expect(summary(text, '2024-03-25')).toEqual([]);
  });
});

describe('es round 6: withdrawing a ban is a restoration, ending a contract a termination', () => {
  test.each([
    ['Twitter retiró la suspensión de la cuenta de Donald Trump.', 'x reinstate donald-trump account'],
    ['Meta quitó el veto a Donald Trump.', 'meta reinstate donald-trump account'],
    ['GoDaddy terminó su contrato con Parler.', 'godaddy terminate parler domain'],
    ['GoDaddy cancela el dominio de Daily Stormer.', 'godaddy terminate daily-stormer domain'],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
});

describe('es round 6: accented endings after a stem, nominal forms, more verbs', () => {
  test.each([
    ['GoDaddy rescindió el dominio de Daily Stormer.', 'godaddy terminate daily-stormer domain'],
    ['YouTube desmonetizó el canal de Alex Jones.', 'youtube restrict alex-jones channel'],
    ['Facebook confirmó la eliminación de la página de Infowars.', 'facebook remove infowars account'],
    ['Cloudflare dejó de proteger a Kiwi Farms.', 'cloudflare terminate kiwi-farms cdn_security'],
    ['YouTube levanta las restricciones al canal de Donald Trump.', 'youtube reinstate donald-trump channel'],
    [
      'Turquía anunció el levantamiento del bloqueo de Wikipedia.',
      'tr-government reinstate wikipedia country_access',
    ],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
});

describe('es round 6: returning to an office is no restoration', () => {
  test.each([['Trump regresa a la Casa Blanca.'], ['Donald Trump regresó a la Casa Blanca en enero.']])(
    '%s',
    (text) => {
      expect(summary(text)).toEqual([]);
    },
  );
});

describe('es round 6: a veto imposed on a service is a ban', () => {
  test('"impuso un veto a"', () => {
    expect(summary('Rusia impuso un veto a Instagram.', '2022-03-14')).toEqual([
      'ru-government block instagram country_access',
    ]);
  });

  test('a threatened veto is no claim', () => {
    expect(summary('Trump amenazó con un veto a TikTok.', '2020-08-01')).toEqual([]);
  });
});
