import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createEntityIndex, EntityFileSchema } from '../../../src/core/entities/index.ts';
import { parseWithFriendlyErrors } from '../../../src/core/schema-errors.ts';
import { STATE_KINDS } from '../../../src/core/taxonomy.ts';
import { loadEntitiesUncached } from '../../../src/lib/load-entities.ts';
import { readYamlDir } from '../../../src/lib/load-yaml-dir.ts';

// The real catalogue, validated file by file (the loader names the file and the field on any error).
const ENTITIES_DIR = path.resolve('data/entities');
const entities = loadEntitiesUncached(ENTITIES_DIR);
const index = createEntityIndex(entities);
const byId = new Map(entities.map((entity) => [entity.id, entity]));

/** The ids other pieces rely on (issue 4, the canonical list). */
const CANONICAL_IDS = [
  'apple',
  'google',
  'youtube',
  'meta',
  'facebook',
  'instagram',
  'whatsapp',
  'x',
  'snap',
  'snapchat',
  'amazon',
  'aws',
  'twitch',
  'microsoft',
  'github',
  'linkedin',
  'reddit',
  'discord',
  'bytedance',
  'tiktok',
  'spotify',
  'paypal',
  'stripe',
  'visa',
  'mastercard',
  'patreon',
  'gofundme',
  'shopify',
  'cloudflare',
  'godaddy',
  'tucows',
  'namecheap',
  'epik',
  'digitalocean',
  'zoho',
  'telegram',
  'vimeo',
  'pinterest',
  'substack',
  'rumble',
  'apple-podcasts',
  'parler',
  'gab',
  '8chan',
  'kiwi-farms',
  'daily-stormer',
  'infowars',
  'alex-jones',
  'donald-trump',
  'rt',
  'sputnik',
  'br-government',
  'in-government',
  'ng-government',
  'ru-government',
  'us-government',
  'cn-government',
  'tr-government',
  'ir-government',
  'roskomnadzor',
  'anatel',
  'br-supreme-court',
  'br-electoral-court',
  'in-meity',
  'btk',
  'us-supreme-court',
  'arcom',
];
const CANONICAL_PARENTS: [string, string][] = [
  ['youtube', 'google'],
  ['facebook', 'meta'],
  ['instagram', 'meta'],
  ['whatsapp', 'meta'],
  ['snapchat', 'snap'],
  ['aws', 'amazon'],
  ['twitch', 'amazon'],
  ['github', 'microsoft'],
  ['linkedin', 'microsoft'],
  ['tiktok', 'bytedance'],
  ['apple-podcasts', 'apple'],
];
const TARGET_KINDS = ['person', 'app', 'site', 'organization'];

/**
 * Aliases deliberately shared by several entities: the matcher reports the others as `alternatives` and the
 * extractor chooses by the countries the article names. Shared on purpose means: every owner is a state institution
 * of a different country ("the Supreme Court", "le gendarme des télécoms"). Any other collision is a data error.
 */
function isDeliberateCollision(ids: readonly string[]): boolean {
  const owners = ids.map((id) => byId.get(id));
  const countries = new Set(owners.map((owner) => owner?.country));
  return owners.every((owner) => owner && STATE_KINDS.includes(owner.kind)) && countries.size === ids.length;
}

describe('entity catalogue', () => {
  test('every canonical id exists', () => {
    expect(CANONICAL_IDS.filter((id) => !byId.has(id))).toEqual([]);
  });

  test.each(CANONICAL_PARENTS)('%s has parent %s', (id, parent) => {
    expect(byId.get(id)?.parent).toBe(parent);
  });

  test('ids are unique and every parent exists', () => {
    expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
    expect(
      entities.filter((entity) => entity.parent && !byId.has(entity.parent)).map((entity) => entity.id),
    ).toEqual([]);
  });

  test('at least 120 actors and 200 targets', () => {
    const nActors = entities.filter((entity) => !TARGET_KINDS.includes(entity.kind)).length;
    const nTargets = entities.filter((entity) => TARGET_KINDS.includes(entity.kind)).length;
    expect(nActors).toBeGreaterThanOrEqual(120);
    expect(nTargets).toBeGreaterThanOrEqual(200);
  });

  test('state institutions of at least 25 countries, each with its country', () => {
    const states = entities.filter((entity) => STATE_KINDS.includes(entity.kind));
    expect(states.filter((entity) => !entity.country).map((entity) => entity.id)).toEqual(['ecowas-court']);
    expect(new Set(states.map((entity) => entity.country)).size).toBeGreaterThanOrEqual(25);
  });

  test('every <cc>-government of the shared files matches its country and has aliases in all six languages', () => {
    // Research files (zz-research-*.yaml) belong to their authors and may hold a government with fewer aliases.
    const governments = readYamlDir(ENTITIES_DIR)
      .filter(({ file }) => !path.basename(file).startsWith('zz-'))
      .flatMap(({ file, data }) => parseWithFriendlyErrors(EntityFileSchema, data, file).entities)
      .filter((entity) => /^[a-z]{2}-government$/.test(entity.id));
    expect(governments.length).toBeGreaterThanOrEqual(25);
    for (const government of governments) {
      expect(government.country, government.id).toBe(government.id.slice(0, 2).toUpperCase());
      for (const lang of ['en', 'fr', 'de', 'es', 'pt', 'it'] as const) {
        expect(government.aliases[lang]?.length ?? 0, `${government.id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  test('x was named Twitter until 2023-07-23; meta was Facebook, Inc. until 2021-10-28', () => {
    expect(index.nameAt('x', '2021-01-08')).toBe('Twitter');
    expect(index.nameAt('x', '2023-07-24')).toBe('X');
    expect(index.nameAt('meta', '2021-10-28')).toBe('Facebook, Inc.');
    expect(index.nameAt('meta', '2022-01-01')).toBe('Meta');
  });

  test('the deliberate collisions include the generic supreme-court names', () => {
    const supreme = index.collisions.find(
      (collision) => collision.alias === 'supreme court' && collision.lang === 'en',
    );
    expect(supreme?.ids).toEqual(['br-supreme-court', 'in-supreme-court', 'us-supreme-court']);
    expect(isDeliberateCollision(['br-supreme-court', 'us-supreme-court'])).toBe(true);
    expect(isDeliberateCollision(['youtube', 'google'])).toBe(false);
    expect(isDeliberateCollision(['br-government', 'br-supreme-court'])).toBe(false);
  });

  test('no alias leads to two entities in one language, except the deliberate ones', () => {
    const unexpected = index.collisions.filter((collision) => !isDeliberateCollision(collision.ids));
    // The message lists every collision so that a reviewer can fix the data or add it to the deliberate list.
    expect(unexpected, JSON.stringify(unexpected, null, 1)).toEqual([]);
  });

  test('every alias holds at least one word', () => {
    const empty: string[] = [];
    for (const entity of entities) {
      for (const [lang, aliases] of Object.entries(entity.aliases)) {
        for (const alias of aliases ?? [])
          if (!/[\p{L}\p{N}]/u.test(alias)) empty.push(`${entity.id} ${lang} ${alias}`);
      }
    }
    expect(empty).toEqual([]);
  });

  test('without a date, a role next to a name takes the name: "le président américain Joe Biden"', () => {
    const text = 'Le président américain Joe Biden a signé la loi ; le président américain a parlé.';
    const mentions = index.findMentions(text, 'fr');
    expect(mentions.map((mention) => mention.id)).toEqual(['joe-biden', 'joe-biden', 'donald-trump']);
    expect(mentions[2]?.alternatives).toEqual(['joe-biden']);
  });

  test('a company filter includes its subsidiaries', () => {
    expect(index.descendantsOf('meta')).toEqual(
      expect.arrayContaining(['meta', 'facebook', 'instagram', 'whatsapp']),
    );
    expect(index.descendantsOf('amazon')).toEqual(expect.arrayContaining(['amazon', 'aws', 'twitch']));
    expect(index.isSameOrRelated('youtube', 'google')).toBe(true);
    expect(index.isSameOrRelated('youtube', 'apple')).toBe(false);
  });
});

/** Real phrasing, one table per language: the text, the article date, and the ids expected in order. */
describe('the catalogue on news phrasing', () => {
  test.each<[string, string, string, string[]]>([
    [
      'fr',
      '2021-01-11',
      "Google a retiré vendredi l'application Parler de sa boutique, et Apple a suivi samedi soir. Son hébergeur Amazon Web Services (AWS) a cessé de l'héberger. Twitter et Facebook avaient banni le président américain ; Snapchat et Twitch aussi.",
      ['google', 'parler', 'apple', 'aws', 'x', 'facebook', 'donald-trump', 'snapchat', 'twitch'],
    ],
    [
      'fr',
      '2024-08-31',
      "Le réseau social X a été suspendu au Brésil sur ordre de la justice brésilienne ; l'Anatel doit bloquer l'accès.",
      ['x', 'br-government', 'br-supreme-court', 'anatel'],
    ],
    [
      'fr',
      '2021-06-05',
      'Le gouvernement nigérian a suspendu Twitter pour une durée indéterminée.',
      ['ng-government', 'x'],
    ],
    [
      'fr',
      '2022-03-02',
      "L'Union européenne a interdit la diffusion de RT et de Sputnik ; l'Arcom a notifié les opérateurs.",
      ['council-of-the-eu', 'rt', 'sputnik', 'arcom'],
    ],
    [
      'en',
      '2024-08-30',
      "Brazil's Supreme Court justice Alexandre de Moraes ordered X blocked; X, formerly Twitter, went dark.",
      ['br-supreme-court', 'br-supreme-court', 'x', 'x'],
    ],
    ['en', '2021-06-04', 'The Nigerian government suspended Twitter indefinitely.', ['ng-government', 'x']],
    [
      'en',
      '2020-06-29',
      'Reddit banned its forum; The Donald Trump campaign and Malcolm X was not.',
      ['reddit', 'donald-trump', 'malcolm-x'],
    ],
    [
      'en',
      '2020-06-29',
      "India's IT ministry banned TikTok, WeChat and 57 other Chinese apps.",
      ['in-meity', 'tiktok', 'wechat'],
    ],
    [
      'en',
      '2019-08-05',
      'Cloudflare terminated 8chan as a customer; Epik and Voxility then cut it off.',
      ['cloudflare', '8chan', 'epik', 'voxility'],
    ],
    [
      'de',
      '2022-03-04',
      'Die russische Medienaufsicht Roskomnadsor hat Facebook gesperrt.',
      ['roskomnadzor', 'roskomnadzor', 'facebook'],
    ],
    [
      'de',
      '2021-06-05',
      'Die nigerianische Regierung hat Twitter auf unbestimmte Zeit gesperrt.',
      ['ng-government', 'x'],
    ],
    ['fr', '2021-01-08', 'Twitter a banni le président américain.', ['x', 'donald-trump']],
    ['fr', '2022-06-01', 'Le président américain Joe Biden a signé la loi.', ['joe-biden', 'joe-biden']],
    ['de', '2026-01-10', 'Die frühere Ministerin Nancy Faeser sprach.', []],
    [
      'de',
      '2025-09-05',
      'Die nepalesische Regierung sperrt Facebook, X, YouTube und Signal.',
      ['np-government', 'facebook', 'x', 'youtube', 'signal'],
    ],
    ['pt', '2024-09-01', 'O X da questão é outro: a Anatel bloqueou o X.', ['anatel', 'x']],
    [
      'de',
      '2024-07-16',
      'Bundesinnenministerin Nancy Faeser hat das Compact-Magazin verboten.',
      ['de-interior-ministry', 'de-interior-ministry', 'compact-magazin'],
    ],
    [
      'es',
      '2024-03-23',
      'El juez Santiago Pedraz, de la Audiencia Nacional, ordenó bloquear Telegram en España.',
      ['es-audiencia-nacional', 'es-audiencia-nacional', 'telegram', 'es-government'],
    ],
    [
      'es',
      '2022-03-04',
      'El gobierno ruso bloqueó Facebook y restringió el acceso a Twitter.',
      ['ru-government', 'facebook', 'x'],
    ],
    [
      'pt',
      '2024-08-30',
      'O ministro Alexandre de Moraes, do STF, determinou a suspensão do X no Brasil.',
      ['br-supreme-court', 'br-supreme-court', 'x', 'br-government'],
    ],
    [
      'pt',
      '2023-04-26',
      'A Justiça brasileira mandou suspender o Telegram; a Anatel notificou as operadoras.',
      ['br-supreme-court', 'telegram', 'anatel'],
    ],
    [
      'it',
      '2023-03-31',
      'Il Garante della privacy ha bloccato ChatGPT di OpenAI in Italia.',
      ['garante-privacy', 'openai', 'openai', 'it-government'],
    ],
    [
      'it',
      '2022-03-04',
      'Il governo russo ha bloccato Facebook; Roskomnadzor ha limitato Twitter.',
      ['ru-government', 'facebook', 'roskomnadzor', 'x'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(index.findMentions(text, lang, { date }).map((mention) => mention.id)).toEqual(expected);
  });
});
