import { describe, expect, test } from 'vitest';
import { countryOfDateline } from '../../../src/core/extract/dateline-places.ts';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, lang: string, published: string): string[] {
  return extractClaims({ text, lang, published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.date}`)
    .sort();
}

describe('round 7: structures found in the opened holdouts 3 and 4', () => {
  test('a target the catalogue does not know, named as a title or an organisation, right after the verb', () => {
    expect(summary('PayPal suspended the Daily Sceptic on September 15.', 'en', '2022-09-28')).toEqual([
      'paypal suspend daily-sceptic 2022-09-15',
    ]);
    expect(summary('Twitter suspended Sceptic Media.', 'en', '2022-09-28')).toEqual([
      'x suspend sceptic-media 2022-09-28',
    ]);
    // A bare "Foo Bar" may be a private person (never named) or a place ("its San Francisco office").
    expect(summary('Twitter suspended John Smith.', 'en', '2022-09-28')).toEqual([]);
    expect(summary('Twitter shuttered its San Francisco office.', 'en', '2022-09-28')).toEqual([]);
    // Not across a comma: "said Jane Doe" is no target.
    expect(summary('Twitter suspended the account, Jane Doe said.', 'en', '2022-09-28')).toEqual([]);
  });

  test('"Authorities", "les autorités", "die Behörden" stand for the state the article named', () => {
    const en = summary(
      'Sri Lanka lifted the ban on Facebook on Thursday. Authorities had ordered internet providers on 7 March to block Facebook.',
      'en',
      '2018-03-16',
    );
    expect(en).toContain('lk-government block facebook 2018-03-07');
    const de = summary(
      'Sri Lanka hat am Donnerstag die Sperre von Facebook aufgehoben. Die Behörden hatten Facebook am 7. März gesperrt.',
      'de',
      '2018-03-16',
    );
    expect(de).toContain('lk-government block facebook 2018-03-07');
  });

  test('"lifted the ban" without a name lifts the cut the article reported', () => {
    expect(
      summary(
        'Turkey blocked Wikipedia in April 2017. The telecoms authority BTK lifted the ban on Thursday.',
        'en',
        '2019-12-27',
      ),
    ).toContain('btk reinstate wikipedia 2019-12-26');
    expect(
      summary(
        "La Turquie avait bloqué Wikipédia en avril 2017. L'autorité des télécoms BTK a levé le blocage jeudi.",
        'fr',
        '2019-12-27',
      ),
    ).toContain('btk reinstate wikipedia 2019-12-26');
  });

  test('who is ordered to lift a block does not lift it', () => {
    const claims = summary(
      "Le Brésil avait bloqué Telegram. Le juge a ordonné aux opérateurs ainsi qu'à Google et Apple de lever tout blocage.",
      'fr',
      '2023-04-30',
    );
    expect(claims.some((c) => c.startsWith('google ') || c.startsWith('apple '))).toBe(false);
  });

  test('a surname, or its possessive, is the person the article named in full', () => {
    const claims = summary(
      "Patreon removed the YouTuber Carl Benjamin. Critics said Patreon terminated Benjamin's page on 6 December.",
      'en',
      '2018-12-10',
    );
    expect(claims.every((c) => c.includes(' carl-benjamin '))).toBe(true);
    expect(claims.length).toBeGreaterThan(0);
  });

  test('"removed from the platform" names the company the article named last', () => {
    expect(
      summary(
        'Patreon is under fire. Carl Benjamin was removed from the crowdfunding service on 6 December.',
        'en',
        '2018-12-10',
      ),
    ).toEqual(['patreon remove carl-benjamin 2018-12-06']);
    expect(
      summary(
        'YouTube steht in der Kritik. Der Kanal von Attila Hildmann wurde am Montag von der Plattform gelöscht.',
        'de',
        '2020-07-01',
      ),
    ).toEqual(['youtube remove attila-hildmann 2020-06-29']);
  });

  test('a pronoun stands for the person a skipped sentence named, not for an owner in apposition', () => {
    expect(
      summary(
        "La chaîne YouTube de Dieudonné n'existe plus. YouTube, propriété de Google, l'a supprimée lundi.",
        'fr',
        '2020-06-30',
      ),
    ).toEqual(['youtube remove dieudonne 2020-06-29']);
  });

  test('a dateline names the state when the article names none', () => {
    expect(countryOfDateline('KATHMANDU - Last Thursday, the government ordered…')).toBe('NP');
    expect(countryOfDateline('MOSCOU, 17 septembre (Reuters) - Apple…')).toBe('RU');
    expect(countryOfDateline('Berlin – Die Regierung…')).toBe('DE');
    expect(countryOfDateline('BRUSSELS - The Commission…')).toBeNull();
    expect(countryOfDateline('The government said…')).toBeNull();
    expect(
      summary(
        'KATHMANDU - Last Thursday, the government ordered internet providers to block Facebook and YouTube.',
        'en',
        '2025-09-09',
      ),
    ).toEqual(['np-government block facebook 2025-09-04', 'np-government block youtube 2025-09-04']);
    expect(
      summary('COLOMBO (Reuters) - Authorities blocked Facebook on Wednesday.', 'en', '2018-03-08'),
    ).toEqual(['lk-government block facebook 2018-03-07']);
  });

  test('an act begun or decided is no plan; a decision not to act is nothing', () => {
    expect(summary('Roskomnadzor began to block LinkedIn on Thursday.', 'en', '2016-11-18')).toEqual([
      'roskomnadzor block linkedin 2016-11-17',
    ]);
    expect(
      summary("Roskomnadzor a commencé jeudi à bloquer l'accès à LinkedIn.", 'fr', '2016-11-18'),
    ).toEqual(['roskomnadzor block linkedin 2016-11-17']);
    expect(
      summary('Roskomnadsor hat am Donnerstag begonnen, LinkedIn zu sperren.', 'de', '2016-11-18'),
    ).toEqual(['roskomnadzor block linkedin 2016-11-17']);
    expect(summary('Roskomnadzor comenzó el jueves a bloquear LinkedIn.', 'es', '2016-11-18')).toEqual([
      'roskomnadzor block linkedin 2016-11-17',
    ]);
    expect(
      summary('A Roskomnadzor começou na quinta-feira a bloquear o LinkedIn.', 'pt', '2016-11-18'),
    ).toEqual(['roskomnadzor block linkedin 2016-11-17']);
    expect(summary('Roskomnadzor decided not to block LinkedIn.', 'en', '2016-11-18')).toEqual([]);
    expect(summary('Roskomnadzor threatened to block LinkedIn.', 'en', '2016-11-18')).toEqual([]);
  });

  test('a court or regulator the catalogue does not know acts under its own name', () => {
    expect(
      summary(
        'OUAGADOUGOU – Le Conseil supérieur de la communication (CSC) a suspendu jeudi les programmes de la BBC.',
        'fr',
        '2024-04-26',
      ),
    ).toEqual(['conseil-superieur-de-la-communication block bbc 2024-04-25']);
    expect(
      summary('Das Landgericht Hamburg hat den Kanal von Attila Hildmann gesperrt.', 'de', '2024-08-11'),
    ).toEqual(['landgericht-hamburg block attila-hildmann 2024-08-11']);
    // A company's name with the same head noun is no state body when it is not the subject.
    expect(summary('The Council said Twitter should suspend the account.', 'en', '2024-08-11')).toEqual([]);
  });

  test('a German compound names what is cut: "Wikipedia-Sperre", "Sellner-Kanal"', () => {
    expect(summary('Türkei hebt Wikipedia-Sperre auf', 'de', '2019-12-27')).toEqual([
      'tr-government reinstate wikipedia 2019-12-27',
    ]);
    expect(summary('YouTube löscht Sellner-Kanal', 'de', '2019-08-29')).toEqual([
      'youtube remove martin-sellner 2019-08-29',
    ]);
  });

  test('a dateline in ordinary case ("Wien –") names no party', () => {
    expect(
      summary(
        'Wien – Der YouTube-Kanal von Martin Sellner ist am Mittwoch gelöscht worden.',
        'de',
        '2019-08-29',
      ).some((c) => c.startsWith('at-government')),
    ).toBe(false);
  });

  test('the lifted cut as a passive subject without its object, in six languages', () => {
    const cases: [string, string][] = [
      ['en', 'The French government blocked TikTok on 15 May. The ban was lifted on Wednesday.'],
      ['fr', 'Le gouvernement français a bloqué TikTok le 15 mai. Le blocage a été levé mercredi.'],
      [
        'de',
        'Die französische Regierung sperrte TikTok am 15. Mai. Die Sperre wurde am Mittwoch aufgehoben.',
      ],
      ['es', 'El gobierno francés bloqueó TikTok el 15 de mayo. El bloqueo fue levantado el miércoles.'],
      ['pt', 'O governo francês bloqueou o TikTok em 15 de maio. O bloqueio foi levantado na quarta-feira.'],
      ['it', 'Il governo francese ha bloccato TikTok il 15 maggio. Il blocco è stato revocato mercoledì.'],
    ];
    for (const [lang, text] of cases) {
      expect(summary(text, lang, '2024-05-30'), lang).toEqual([
        'fr-government block tiktok 2024-05-15',
        'fr-government reinstate tiktok 2024-05-29',
      ]);
    }
    // Nothing was cut before: a lifted "measure" alone names nothing.
    expect(
      summary(
        'Le gouvernement a menacé de bloquer TikTok. La mesure a été levée mercredi.',
        'fr',
        '2024-05-30',
      ),
    ).toEqual([]);
  });

  test("a platform blocked with no agent, next to a state named just before, is that state's act", () => {
    expect(
      summary(
        'Da oggi Instagram è bloccato in Russia. Facebook era stato bloccato dallo stesso regolatore il 4 marzo. Lo stesso giorno era stato oscurato anche Twitter.',
        'it',
        '2022-03-14',
      ),
    ).toEqual([
      'ru-government block facebook 2022-03-04',
      'ru-government block instagram 2022-03-14',
      'ru-government block x 2022-03-04',
    ]);
    // An account is no platform: "His account on Twitter was reinstated" is not a state's act.
    expect(
      summary(
        'The US government sued Twitter. His account on Twitter was suspended in January.',
        'en',
        '2022-11-20',
      ).some((c) => c.startsWith('us-government')),
    ).toBe(false);
  });
});
