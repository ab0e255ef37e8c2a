import { createSeededRandom } from '../seeded-random.ts';
import type { Entity } from './schema.ts';

/**
 * A generated catalogue for the alias-growth benchmark (issue 4: time per article at 1,000, 10,000 and 100,000
 * aliases). Names are pseudo-words built from syllables by a seeded generator, so two runs build the same catalogue,
 * and they share first words with each other (as "Apple", "Apple Music", "Apple Podcasts" do) so that the trie has
 * realistic branching. Each entity gets five aliases: two one-word, two two-word and one three-word, spread over the
 * languages.
 */

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ner',
  'sta',
  'vo',
  'dri',
  'pal',
  'que',
  'zu',
  'ren',
  'tis',
  'ob',
  'gal',
  'fen',
  'hu',
  'jor',
  'wex',
  'ba',
  'cor',
  'del',
  'eph',
  'ix',
  'tro',
  'mun',
  'sel',
  'vra',
  'pin',
  'dok',
  'lia',
];
const LANGUAGE_KEYS = ['any', 'en', 'fr', 'de', 'es', 'pt', 'it'] as const;

/**
 * Generates entities carrying about `aliasCount` aliases in all (five per entity, plus the name), with ids
 * `synthetic-N`. Join them to the real catalogue to measure growth on real text.
 */
export function generateSyntheticEntities(aliasCount: number, seed = 42): Entity[] {
  const random = createSeededRandom(seed);
  const word = (): string => {
    const n = 2 + Math.floor(random() * 3);
    let out = '';
    for (let i = 0; i < n; i++) out += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return out.charAt(0).toUpperCase() + out.slice(1);
  };
  const entities: Entity[] = [];
  const nEntities = Math.max(1, Math.ceil(aliasCount / 6));
  // A pool of shared first words gives the trie the branching of real brand families.
  const heads = Array.from({ length: Math.max(8, Math.ceil(nEntities / 10)) }, word);
  for (let i = 0; i < nEntities; i++) {
    const head = heads[Math.floor(random() * heads.length)]!;
    const aliases: Record<string, string[]> = {};
    const add = (alias: string): void => {
      const lang = LANGUAGE_KEYS[Math.floor(random() * LANGUAGE_KEYS.length)]!;
      const list = aliases[lang] ?? [];
      list.push(alias);
      aliases[lang] = list;
    };
    add(word());
    add(word().toLowerCase());
    add(`${head} ${word()}`);
    add(`${word()} ${word()}`);
    add(`${head} ${word()} ${word()}`);
    entities.push({ id: `synthetic-${i}`, name: `${head} ${word()}`, kind: 'organization', aliases });
  }
  return entities;
}
