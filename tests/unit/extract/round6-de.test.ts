import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published = '2022-11-21'): string[] {
  return extractClaims({ text, lang: 'de', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service}`)
    .sort();
}

describe('de round 6: separable restorations keep the object outside the verb', () => {
  test.each([
    ['YouTube gibt den Kanal von Donald Trump wieder frei.', 'youtube reinstate donald-trump channel'],
    ['YouTube gab Trumps Kanal am Freitag wieder frei.', 'youtube reinstate donald-trump channel'],
    ['Facebook schaltet das Konto von Donald Trump wieder frei.', 'facebook reinstate donald-trump account'],
    ['Twitter holte Donald Trump nach zwei Jahren zurück.', 'x reinstate donald-trump account'],
    ['Twitter hat Donald Trump im November zurückgeholt.', 'x reinstate donald-trump account'],
    ['Twitter hat das Konto von Donald Trump wieder freigegeben.', 'x reinstate donald-trump account'],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
});

describe('de round 6: cuts', () => {
  test('barred from uploading is a restriction', () => {
    expect(
      summary('YouTube hat RT DE für eine Woche vom Hochladen neuer Videos ausgeschlossen.', '2021-09-29'),
    ).toEqual(['youtube restrict rt account']);
  });

  test.each([
    ['Cloudflare hat dem Forum Kiwi Farms den Schutz entzogen.'],
    ['Nach wochenlangem Druck hat Cloudflare dem Forum Kiwi Farms den Schutz entzogen.'],
  ])('withdrawing protection terminates: %s', (text) => {
    expect(summary(text, '2022-09-05')).toEqual(['cloudflare terminate kiwi-farms cdn_security']);
  });

  test('pressure that is only pressure still cancels', () => {
    expect(summary('Apple steht unter Druck, die App HKmap.live aus dem App Store zu entfernen.')).toEqual(
      [],
    );
  });

  test('"kündigte die Zusammenarbeit" ends the service to the last target', () => {
    expect(
      summary(
        'Cloudflare hat Kiwi Farms gesperrt. DDoS-Guard kündigte am Montag die Zusammenarbeit.',
        '2022-09-06',
      ),
    ).toContain('ddos-guard terminate kiwi-farms cdn_security');
  });

  test('"verhängte eine Sperre gegen" suspends', () => {
    expect(summary('Twitter verhängte eine zwölfstündige Sperre gegen Donald Trump.')).toEqual([
      'x suspend donald-trump account',
    ]);
  });

  test('"sperren lassen": the one who has it blocked blocks', () => {
    expect(
      summary('Roskomnadsor hat 2018 bereits den Messenger Telegram sperren lassen.', '2021-03-11'),
    ).toEqual(['roskomnadzor block telegram country_access']);
  });

  test('present tense "löscht"', () => {
    expect(summary('Facebook löscht das Konto von Donald Trump.')).toEqual([
      'facebook remove donald-trump account',
    ]);
  });
});

describe('de round 6: separable verbs whose particle changes the meaning are no cut', () => {
  test.each([
    ['Das Außenministerium kündigte Vergeltungsmaßnahmen gegen die Deutsche Welle in Russland an.'],
    ['Die Zeitung warf Apple vor, Randalierern zu helfen.'],
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  test('"kündigte die Zusammenarbeit" without the particle still terminates', () => {
    expect(summary('DDoS-Guard kündigte Kiwi Farms am Montag die Zusammenarbeit.', '2022-09-06')).toEqual([
      'ddos-guard terminate kiwi-farms cdn_security',
    ]);
  });
});

describe('de round 6: more forms', () => {
  test('"beschränkt" restricts', () => {
    expect(summary('YouTube hat den Kanal von Donald Trump beschränkt.')).toEqual([
      'youtube restrict donald-trump channel',
    ]);
  });

  test('"Kanäle von RT": the owner after "von" is the target, not an agent', () => {
    expect(summary('YouTube sperrt deutsche Kanäle von RT', '2021-09-29')).toEqual([
      'youtube suspend rt channel',
    ]);
  });

  test('present "lässt … wieder zu"', () => {
    expect(summary('Apple lässt Parler wieder in den App Store zu.')).toEqual([
      'apple reinstate parler app_store',
    ]);
  });
});

describe('de round 6: nominal forms, present tenses and restored access', () => {
  test.each([
    ['Facebook bestätigte die Löschung der Seite von Infowars.', 'facebook remove infowars account'],
    ['Russland verbietet Instagram.', 'ru-government block instagram country_access'],
    [
      'Der Zugang zu Wikipedia ist in der Türkei wieder möglich.',
      'tr-government reinstate wikipedia country_access',
    ],
    ['Apple ließ die App Parler nach Änderungen wieder zu.', 'apple reinstate parler app_store'],
    ['Meta hebt Donald Trump Sperre auf.', 'meta reinstate donald-trump account'],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });

  test('"Facebook zog nach" after a comma is not a second target of the first actor', () => {
    expect(summary('Twitter hat Donald Trump gesperrt, Facebook zog nach.')).not.toContain(
      'x suspend facebook account',
    );
    expect(summary('Twitter sperrt Donald Trump – Facebook folgt.')).not.toContain(
      'x suspend facebook account',
    );
  });
});
