import { describe, expect, test } from 'vitest';
import { createEntityIndex, type Entity, parseAlias } from '../../../src/core/entities/index.ts';

// A small catalogue written for these tests, so each rule is pinned independently of the real data.
const ENTITIES: Entity[] = [
  {
    id: 'x',
    name: 'X',
    names: [{ name: 'Twitter', until: '2023-07-23' }],
    kind: 'platform',
    aliases: {
      any: ['Twitter', '[X] (formerly Twitter)', '[X], formerly Twitter'],
      en: ['on [X]', 'Facebook and [X]'],
      fr: ['le réseau social [X]', 'sur [X]'],
    },
  },
  { id: 'parler', name: 'Parler', kind: 'app', aliases: { fr: ["l'application Parler"] } },
  { id: 'facebook', name: 'Facebook', kind: 'platform', aliases: {} },
  { id: 'kanye-west', name: 'Ye', kind: 'person', aliases: { en: ['rapper [Ye]'] } },
  { id: 'the-donald', name: 'r/The_Donald', kind: 'site', aliases: { any: ['The_Donald'] } },
  { id: 'amazon', name: 'Amazon', kind: 'host', aliases: {} },
  {
    id: 'aws',
    name: 'Amazon Web Services',
    kind: 'host',
    parent: 'amazon',
    aliases: { any: ['AWS'], fr: ["le service d'hébergement d'Amazon"] },
  },
  { id: 'apple', name: 'Apple', kind: 'app_store', aliases: { any: ['App Store'] } },
  { id: 'arcom', name: 'Arcom', kind: 'regulator', country: 'FR', aliases: {} },
  { id: 'rt', name: 'RT', kind: 'site', aliases: { any: ['Russia Today'] } },
  { id: 'youtube', name: 'YouTube', kind: 'platform', parent: 'google', aliases: { any: ['youtube'] } },
  { id: 'google', name: 'Google', kind: 'platform', aliases: { any: ['Google Play'] } },
  {
    id: 'br-supreme-court',
    name: 'Supreme Federal Court',
    kind: 'court',
    country: 'BR',
    aliases: { any: ['STF'], fr: ['la justice brésilienne'], en: ['the Supreme Court'] },
    stand_ins: [{ name: 'Alexandre de Moraes', from: '2017-03-22' }],
  },
  { id: 'us-supreme-court', name: 'US Supreme Court', kind: 'court', aliases: { en: ['the Supreme Court'] } },
  {
    id: 'ru-government',
    name: 'Government of Russia',
    kind: 'government',
    aliases: {
      de: ['russische Regierung', 'russischen Regierung'],
      es: ['gobierno ruso'],
      it: ['governo russo'],
    },
  },
  {
    id: 'br-government',
    name: 'Government of Brazil',
    kind: 'government',
    aliases: { pt: ['governo brasileiro'], fr: ['gouvernement brésilien'] },
  },
  { id: 'roskomnadzor', name: 'Roskomnadzor', kind: 'regulator', aliases: { de: ['Roskomnadsor'] } },
  { id: 'visa', name: 'Visa', kind: 'payments', aliases: {} },
  { id: 'disrespect', name: 'Dr Disrespect', kind: 'person', aliases: { any: ['Dr. Disrespect'] } },
  { id: 'network-solutions', name: 'Network Solutions', kind: 'registrar', aliases: {} },
  { id: 'free-fire', name: 'Garena Free Fire', kind: 'app', aliases: { any: ['=Free Fire'] } },
];
const index = createEntityIndex(ENTITIES);

/** The mentions as `id:surface` strings, which is what each case states. */
function mentionsOf(text: string, lang: string | null, date?: string): string[] {
  return index.findMentions(text, lang, { date }).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

describe('findMentions', () => {
  test.each<[string, string | null, string, string[]]>([
    // Longest match wins.
    [
      'longest alias over its prefix',
      'en',
      'Amazon Web Services cut Parler off.',
      ['aws:Amazon Web Services', 'parler:Parler'],
    ],
    ['the shorter name where the longer is absent', 'en', 'Amazon said nothing.', ['amazon:Amazon']],
    [
      'store names',
      'en',
      'It left the App Store and Google Play.',
      ['apple:App Store', 'google:Google Play'],
    ],
    // Case rules.
    ['acronym only as written', 'en', 'AWS and aws and Aws.', ['aws:AWS']],
    [
      'RT as written, not the letters in a word or lower case',
      'en',
      'RT was banned; art, rt and Rt are not.',
      ['rt:RT'],
    ],
    [
      'a capitalised one-word alias needs a capital',
      'fr',
      'Parler veut parler de Parler.',
      ['parler:Parler', 'parler:Parler'],
    ],
    [
      'a capitalised one-word alias matches in an all-caps headline',
      'en',
      'APPLE BANS PARLER',
      ['apple:APPLE', 'parler:PARLER'],
    ],
    [
      'a lower-case alias matches in any case',
      'en',
      'youtube and YOUTUBE and YouTube',
      ['youtube:youtube', 'youtube:YOUTUBE', 'youtube:YouTube'],
    ],
    [
      'Visa the company but not a travel visa',
      'en',
      'Visa stopped payments; his visa expired.',
      ['visa:Visa'],
    ],
    [
      'a multi-word name keeps its capitals',
      'en',
      'Network Solutions dropped it; network solutions vendors did not.',
      ['network-solutions:Network Solutions'],
    ],
    [
      'a multi-word alias matches in any case',
      'fr',
      'LA JUSTICE BRÉSILIENNE a tranché.',
      ['br-supreme-court:LA JUSTICE BRÉSILIENNE'],
    ],
    [
      'an exact alias (=) keeps its case',
      'en',
      'Free Fire was banned; a free fire zone is not.',
      ['free-fire:Free Fire'],
    ],
    // X only in its safe contexts.
    ['bare X is never a mention', 'en', 'X marks the spot; the x axis; Malcolm X.', []],
    [
      'a two-letter name only in context',
      'en',
      'Ye olde shop sold records by the rapper Ye.',
      ['kanye-west:Ye'],
    ],
    [
      'the underscore joins a community name',
      'en',
      'Reddit banned The_Donald, not the Donald fans.',
      ['the-donald:The_Donald'],
    ],
    ['X, formerly Twitter', 'en', 'X, formerly Twitter, suspended him.', ['x:X']],
    ['X (formerly Twitter)', 'en', 'X (formerly Twitter) suspended him.', ['x:X']],
    ['on X', 'en', 'He was banned on X.', ['x:X']],
    ['le réseau social X', 'fr', 'Le réseau social X a suspendu le compte.', ['x:X']],
    ['a context alias of one language only in that language', 'en', 'Le réseau social X a suspendu.', []],
    ['Twitter is x', 'en', 'Twitter banned Trump.', ['x:Twitter']],
    // Word boundaries: accents and apostrophes.
    ["apostrophe elision: l'Arcom", 'fr', "Selon l'Arcom, c'est fait.", ['arcom:Arcom']],
    ['typographic apostrophe: d’Apple', 'fr', 'Le magasin d’Apple a retiré l’application.', ['apple:Apple']],
    ['no match inside a longer word', 'en', 'Appleseed and Twitterverse and Parlerish.', []],
    [
      'diacritics folded on multi-word aliases',
      'fr',
      'le gouvernement bresilien a agi',
      ['br-government:gouvernement bresilien'],
    ],
    [
      'an alias spanning a clause boundary does not match',
      'en',
      'It hit Amazon. Web Services came later.',
      ['amazon:Amazon'],
    ],
    ['U.S.-style abbreviations do not break an alias', 'en', 'Russia Today was banned.', ['rt:Russia Today']],
    [
      "a title's full stop does not end the sentence",
      'en',
      'Twitch banned Dr. Disrespect.',
      ['disrespect:Dr. Disrespect'],
    ],
    // Languages.
    [
      'de: demonym, inflected',
      'de',
      'Die russischen Regierung und Roskomnadsor sperrten Telegram.',
      ['ru-government:russischen Regierung', 'roskomnadzor:Roskomnadsor'],
    ],
    ['es: demonym', 'es', 'El gobierno ruso bloqueó la red.', ['ru-government:gobierno ruso']],
    ['it: demonym', 'it', 'Il governo russo ha bloccato.', ['ru-government:governo russo']],
    ['pt: demonym', 'pt', 'O governo brasileiro suspendeu.', ['br-government:governo brasileiro']],
    [
      'fr: apposition',
      'fr',
      "Son hébergeur, le service d'hébergement d'Amazon, a coupé.",
      ["aws:le service d'hébergement d'Amazon"],
    ],
    ['a language alias is ignored in another language', 'es', 'Die russische Regierung.', []],
    [
      'null language uses every language',
      null,
      'Die russische Regierung.',
      ['ru-government:russische Regierung'],
    ],
    ['an unknown language uses every language', 'nl', 'Il governo russo.', ['ru-government:governo russo']],
  ])('%s', (_name, lang, text, expected) => {
    expect(mentionsOf(text, lang)).toEqual(expected);
  });

  test('longest wins across overlapping context aliases: "on X, formerly Twitter" is one mention', () => {
    const text = 'He posted on X, formerly Twitter, all day.';
    const mentions = index.findMentions(text, 'en');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.id).toBe('x');
    expect(mentions[0]?.alias).toMatch(/^X.*formerly Twitter/);
    expect(text.slice(mentions[0]!.start, mentions[0]!.end)).toBe('X');
  });

  test('context words are not a second mention of the same entity, but stay mentions of another one', () => {
    expect(mentionsOf('X, formerly Twitter, and Facebook and X.', 'en')).toEqual([
      'x:X',
      'facebook:Facebook',
      'x:X',
    ]);
  });

  test('offsets are UTF-16 indices into the original text', () => {
    const text = 'Émoji 🚫 : Roskomnadzor a bloqué.';
    const [mention] = index.findMentions(text, 'fr');
    expect(mention?.id).toBe('roskomnadzor');
    expect(text.slice(mention!.start, mention!.end)).toBe('Roskomnadzor');
  });

  test('a stand-in matches only inside its period when the date is known', () => {
    const text = 'Alexandre de Moraes ordered the suspension.';
    expect(mentionsOf(text, 'en', '2024-08-30')).toEqual(['br-supreme-court:Alexandre de Moraes']);
    expect(mentionsOf(text, 'en', '2016-05-01')).toEqual([]);
    expect(mentionsOf(text, 'en')).toEqual(['br-supreme-court:Alexandre de Moraes']);
  });

  test('a shared alias next to one of its alternatives becomes that alternative', () => {
    const [court, stf] = index.findMentions('The Supreme Court (STF) ruled.', 'en');
    expect(court).toMatchObject({ id: 'br-supreme-court' });
    const [usCourt] = index.findMentions('the Supreme Court, US Supreme Court, ruled.', 'en');
    expect(usCourt).toMatchObject({ id: 'us-supreme-court', alternatives: ['br-supreme-court'] });
    expect(stf?.id).toBe('br-supreme-court');
  });

  test('a deliberately shared alias reports its alternatives', () => {
    const [mention] = index.findMentions('The ruling of the Supreme Court stands.', 'en');
    expect(mention?.id).toBe('br-supreme-court');
    expect(mention?.alternatives).toEqual(['us-supreme-court']);
  });
});

describe('lookupName', () => {
  test.each<[string, string | null, string | null]>([
    ['Twitter', 'en', 'x'],
    ['amazon web services', 'en', 'aws'],
    ['Amazon Web Services Inc', 'en', null],
    ['NETWORK solutions', 'en', 'network-solutions'],
    ['X', 'en', null],
    ['gobierno ruso', 'es', 'ru-government'],
    ['gobierno ruso', 'fr', null],
  ])('%s (%s) → %s', (name, lang, expected) => {
    expect(index.lookupName(name, lang)).toBe(expected);
  });
});

describe('nameAt', () => {
  test.each<[string, string | null, string]>(
    [
      ['2021-01-08', 'Twitter'],
      ['2023-07-23', 'Twitter'],
      ['2023-07-24', 'X'],
      ['2023-07', 'Twitter'],
      ['2024', 'X'],
      [null, 'X'],
    ].map(([date, name]) => ['x', date, name] as [string, string | null, string]),
  )('%s on %s is %s', (id, date, expected) => {
    expect(index.nameAt(id, date)).toBe(expected);
  });
  test('an unknown id is its own name', () => {
    expect(index.nameAt('nobody', '2020-01-01')).toBe('nobody');
  });
});

describe('families', () => {
  test('familyOf walks up the parent chain', () => {
    expect(index.familyOf('aws')).toEqual(['aws', 'amazon']);
    expect(index.familyOf('amazon')).toEqual(['amazon']);
  });
  test('descendantsOf includes the entity and its subsidiaries', () => {
    expect(index.descendantsOf('google').sort()).toEqual(['google', 'youtube']);
    expect(index.descendantsOf('youtube')).toEqual(['youtube']);
  });
  test.each<[string, string, boolean]>([
    ['aws', 'amazon', true],
    ['amazon', 'aws', true],
    ['youtube', 'youtube', true],
    ['youtube', 'amazon', false],
    ['unknown-a', 'unknown-b', false],
  ])('isSameOrRelated(%s, %s) is %s', (a, b, expected) => {
    expect(index.isSameOrRelated(a, b)).toBe(expected);
  });
  test('rootOf and isSameFamily', () => {
    expect(index.rootOf('youtube')).toBe('google');
    expect(index.isSameFamily('youtube', 'google')).toBe(true);
    expect(index.isSameFamily('youtube', 'aws')).toBe(false);
  });
});

describe('parseAlias', () => {
  test('brackets mark the mention inside its context', () => {
    const parsed = parseAlias('le réseau social [X]');
    expect(parsed?.display).toBe('le réseau social X');
    expect([parsed?.spanStart, parsed?.spanEnd]).toEqual([3, 3]);
  });
  test('= marks an exact alias', () => {
    expect(parseAlias('=Free Fire')?.exact).toBe(true);
  });
  test('an alias without a word is refused', () => {
    expect(parseAlias(' - ')).toBeNull();
  });
});

describe('collisions', () => {
  test('an alias given to two entities in one language is reported', () => {
    expect(index.collisions).toEqual([
      { alias: 'the supreme court', lang: 'en', ids: ['br-supreme-court', 'us-supreme-court'] },
    ]);
  });
});
