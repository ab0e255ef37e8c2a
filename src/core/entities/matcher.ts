import { LANGUAGES } from '../taxonomy.ts';
import { caseRuleOf, parseAlias, type TokenCase } from './alias-syntax.ts';
import { resolveByApposition } from './apposition.ts';
import { createEntityFamilies, type EntityFamilies } from './families.ts';
import { nameOfEntityAt } from './names-at-date.ts';
import type { Entity } from './schema.ts';
import { foldWord, isAcronymWord, startsWithCapital, tokenizeWords, type WordToken } from './tokens.ts';

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The alias matcher: finds the catalogue's entities in a text.
 *
 * Aliases go into a trie keyed by folded word tokens (see tokens.ts), so the time per text depends on the text's
 * length and the longest alias, not on the number of aliases: no per-alias regular expression is ever run.
 * The alias syntax is in alias-syntax.ts.
 */

/** One entity found in a text. Offsets are UTF-16 indices into the text; `end` is exclusive. */
export interface EntityMention {
  id: string;
  start: number;
  end: number;
  /** The alias that matched, as written in the catalogue (without `=` and brackets). */
  alias: string;
  /**
   * Other entities the same alias names, when it is deliberately shared ("the Supreme Court", "le gendarme des
   * télécoms"): the caller may choose among `id` and these by context (the article's country). Absent otherwise.
   */
  alternatives?: string[];
}

export interface FindMentionsOptions {
  /** The article's date (`YYYY[-MM[-DD]]`): stand-ins (a judge for a court) match only within their period. */
  date?: string | null;
}

/** An alias that leads to two entities in the same language. */
export interface AliasCollision {
  alias: string;
  lang: string;
  ids: string[];
}

export interface EntityIndex extends EntityFamilies {
  readonly entities: readonly Entity[];
  /** Number of aliases in the trie (names, earlier names, aliases and stand-ins, per language). */
  readonly aliasCount: number;
  /** Aliases that lead to more than one entity in one language; the first entity in catalogue order wins. */
  readonly collisions: readonly AliasCollision[];
  /**
   * Every entity mention in `text`, in text order, non-overlapping, the longest alias winning.
   * `lang` selects the aliases of that language plus the language-neutral ones; null or an unknown language uses all.
   */
  findMentions(text: string, lang: string | null, options?: FindMentionsOptions): EntityMention[];
  /** The entity whose alias is exactly `name` (the whole string, in any case), or null. */
  lookupName(name: string, lang: string | null): string | null;
  get(id: string): Entity | undefined;
  /** The entity's name on `date` ("Twitter" for `x` before 2023-07-24); the id itself when unknown. */
  nameAt(id: string, date: string | null | undefined): string;
}

interface AliasEntry {
  id: string;
  alias: string;
  lang: string;
  /** Per alias token: the case rule and the surface it is compared with. */
  cases: TokenCase[];
  surfaces: string[];
  /** Token indices (within the alias) of the reported mention, inclusive. */
  spanStart: number;
  spanEnd: number;
  from: string | undefined;
  until: string | undefined;
  /** Catalogue order, to break collisions deterministically. */
  order: number;
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  entries: AliasEntry[] | undefined;
}

const KNOWN_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES);

function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const x = a.slice(0, length);
  const y = b.slice(0, length);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Builds the index over a validated entity list: aliases, families, names by date.
 * Entity names and earlier names are aliases too, except a one-letter name ("X") or a two-letter word ("Ye"), which
 * only context aliases find.
 */
export function createEntityIndex(entities: readonly Entity[]): EntityIndex {
  const root: TrieNode = { next: undefined, entries: undefined };
  const byId = new Map<string, Entity>();
  let aliasCount = 0;
  let order = 0;

  function insert(
    id: string,
    raw: string,
    lang: string,
    from?: string,
    until?: string,
    isName = false,
  ): void {
    const parsed = parseAlias(raw);
    if (!parsed) return;
    let node = root;
    for (const token of parsed.tokens) {
      node.next ??= new Map();
      let child = node.next.get(token.key);
      if (!child) {
        child = { next: undefined, entries: undefined };
        node.next.set(token.key, child);
      }
      node = child;
    }
    node.entries ??= [];
    const entries = node.entries;
    // The same alias for the same entity and language (a name repeated in `aliases`) is stored once.
    if (entries.some((entry) => entry.id === id && entry.lang === lang && entry.alias === parsed.display))
      return;
    entries.push({
      id,
      alias: parsed.display,
      lang,
      cases: parsed.tokens.map((token) => caseRuleOf(token, parsed, isName)),
      surfaces: parsed.tokens.map((token) => token.surface),
      spanStart: parsed.spanStart,
      spanEnd: parsed.spanEnd,
      from,
      until,
      order: order++,
    });
    aliasCount++;
  }

  for (const entity of entities) {
    byId.set(entity.id, entity);
    // Aliases first: when an alias repeats the name, the alias's own case rule is the one kept.
    for (const [lang, aliases] of Object.entries(entity.aliases ?? {})) {
      for (const alias of aliases ?? []) insert(entity.id, alias, lang);
    }
    for (const standIn of entity.stand_ins ?? []) {
      insert(entity.id, standIn.name, standIn.lang ?? 'any', standIn.from, standIn.until);
    }
    const names = [entity.name, ...(entity.names ?? []).map((earlier) => earlier.name)];
    for (const name of names) {
      const parsed = parseAlias(name);
      // "X" is a letter and "Ye" a word: such short names are found only through their context aliases.
      const onlyToken = parsed?.tokens.length === 1 ? parsed.tokens[0]!.surface : null;
      if (onlyToken && (onlyToken.length === 1 || (onlyToken.length === 2 && !isAcronymWord(onlyToken))))
        continue;
      insert(entity.id, name, 'any', undefined, undefined, true);
    }
  }

  // Collisions are computed on first use: the extractor never asks, and a start-up should not pay for them.
  let collisions: AliasCollision[] | undefined;
  function computeCollisions(): AliasCollision[] {
    const out: AliasCollision[] = [];
    const stack: TrieNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const child of node.next?.values() ?? []) stack.push(child);
      if (!node.entries || node.entries.length < 2) continue;
      // Entries at one node share folded words; they collide when their case rules also accept the same text.
      const idsByKey = new Map<string, Set<string>>();
      for (const entry of node.entries) {
        if (entry.from !== undefined || entry.until !== undefined) continue;
        const signature = entry.cases
          .map((rule, k) => (rule === 'exact' ? entry.surfaces[k] : ''))
          .join('\u0001');
        const key = `${entry.lang}\u0000${signature}`;
        const ids = idsByKey.get(key) ?? new Set<string>();
        ids.add(entry.id);
        idsByKey.set(key, ids);
      }
      for (const [key, ids] of idsByKey) {
        const [lang, signature] = key.split('\u0000') as [string, string];
        // An alias in one language also collides with the same alias given as language-neutral to another entity.
        const merged = new Set(ids);
        if (lang !== 'any') for (const id of idsByKey.get(`any\u0000${signature}`) ?? []) merged.add(id);
        if (merged.size < 2) continue;
        const sample = node.entries.find((entry) => entry.lang === lang && ids.has(entry.id))!;
        out.push({ alias: foldWord(sample.alias), lang, ids: [...merged].sort() });
      }
    }
    return out.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : a.lang < b.lang ? -1 : 1));
  }

  function entryMatches(
    entry: AliasEntry,
    tokens: WordToken[],
    first: number,
    lang: string | null,
    date: string | null | undefined,
    ignoreCase = false,
  ): boolean {
    if (lang !== null && entry.lang !== 'any' && entry.lang !== lang) return false;
    if (date) {
      if (entry.from !== undefined && compareDates(date, entry.from) < 0) return false;
      if (entry.until !== undefined && compareDates(date, entry.until) > 0) return false;
    }
    // A one-word alias written without accents does not match a word that has them: "Uber" is not German "Über",
    // "Meta" not "Méta". Longer names keep the folding ("Lula da Silva" for "Lula da Sílva" typed either way).
    if (
      entry.surfaces.length === 1 &&
      PLAIN_ASCII.test(entry.surfaces[0]!) &&
      !PLAIN_ASCII.test(tokens[first]!.surface)
    )
      return false;
    if (ignoreCase) return true;
    for (let k = 0; k < entry.cases.length; k++) {
      const rule = entry.cases[k];
      if (rule === 'any') continue;
      const surface = tokens[first + k]!.surface;
      if (rule === 'exact') {
        if (surface !== entry.surfaces[k]) return false;
      } else if (!startsWithCapital(surface)) return false;
    }
    return true;
  }

  interface Candidate {
    first: number;
    last: number;
    entry: AliasEntry;
    alternatives: string[] | undefined;
  }

  function findCandidates(
    tokens: WordToken[],
    lang: string | null,
    date: string | null | undefined,
    ignoreCase = false,
  ): Candidate[] {
    const candidates: Candidate[] = [];
    for (let first = 0; first < tokens.length; first++) {
      let node: TrieNode | undefined = root;
      for (let position = first; position < tokens.length; position++) {
        if (position > first && tokens[position]!.breakBefore) break;
        node = node.next?.get(tokens[position]!.key);
        if (!node) break;
        if (!node.entries) continue;
        let chosen: AliasEntry | undefined;
        let nValid = 0;
        for (const entry of node.entries) {
          if (!entryMatches(entry, tokens, first, lang, date, ignoreCase)) continue;
          nValid++;
          // A language-specific alias beats a neutral one; otherwise catalogue order decides.
          if (
            !chosen ||
            (chosen.lang === 'any' && entry.lang !== 'any') ||
            ((chosen.lang === 'any') === (entry.lang === 'any') && entry.order < chosen.order)
          ) {
            chosen = entry;
          }
        }
        if (!chosen) continue;
        let alternatives: string[] | undefined;
        if (nValid > 1) {
          const chosenId = chosen.id;
          const others = node.entries
            .filter(
              (entry) => entry.id !== chosenId && entryMatches(entry, tokens, first, lang, date, ignoreCase),
            )
            .map((entry) => entry.id);
          if (others.length > 0) alternatives = [...new Set(others)];
        }
        // Every length is kept, not only the longest: a context alias ("Facebook and [X]") must not hide the
        // plain alias it starts with ("Facebook").
        candidates.push({ first, last: position, entry: chosen, alternatives });
      }
    }
    return candidates;
  }

  function findMentions(
    text: string,
    lang: string | null,
    options: FindMentionsOptions = {},
  ): EntityMention[] {
    const effectiveLang = lang !== null && KNOWN_LANGUAGES.has(lang) ? lang : null;
    const tokens = tokenizeWords(text);
    const candidates = findCandidates(tokens, effectiveLang, options.date);
    if (candidates.length === 0) return [];
    // Longest match wins across overlaps ("X, formerly Twitter" over "on X" and "Twitter"); ties go to the earlier one.
    // The mention's own words are reserved for good. Context words ("Facebook and" in "Facebook and [X]") are reserved
    // only against the same entity: "Twitter" in "X, formerly Twitter" is not a second mention of x, but "Facebook"
    // in "Facebook and X" is still a mention of facebook.
    candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
    const reserved = new Uint8Array(tokens.length);
    const contextOwner: (string | undefined)[] = new Array(tokens.length);
    const chosen: Candidate[] = [];
    for (const candidate of candidates) {
      const { entry } = candidate;
      const spanFirst = candidate.first + entry.spanStart;
      const spanLast = candidate.first + entry.spanEnd;
      let free = true;
      for (let k = spanFirst; k <= spanLast; k++) {
        if (reserved[k] || contextOwner[k] === entry.id) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      for (let k = candidate.first; k <= candidate.last; k++) {
        if (k >= spanFirst && k <= spanLast) reserved[k] = 1;
        else contextOwner[k] ??= entry.id;
      }
      chosen.push(candidate);
    }
    chosen.sort((a, b) => a.first + a.entry.spanStart - (b.first + b.entry.spanStart));
    const mentions = chosen.map(({ first, entry, alternatives }) => {
      const mention: EntityMention = {
        id: entry.id,
        start: tokens[first + entry.spanStart]!.start,
        end: tokens[first + entry.spanEnd]!.end,
        alias: entry.alias,
      };
      if (alternatives) mention.alternatives = alternatives;
      return mention;
    });
    return resolveByApposition(text, mentions);
  }

  function lookupName(name: string, lang: string | null): string | null {
    const tokens = tokenizeWords(name);
    if (tokens.length === 0) return null;
    const effectiveLang = lang !== null && KNOWN_LANGUAGES.has(lang) ? lang : null;
    // A name the caller already holds is looked up whatever its case: the case rules guard prose, not names.
    const candidates = findCandidates(tokens, effectiveLang, null, true);
    const whole = candidates.find(
      (candidate) =>
        candidate.first === 0 && candidate.last === tokens.length - 1 && candidate.entry.spanStart === 0,
    );
    return whole ? whole.entry.id : null;
  }

  const families = createEntityFamilies(entities);
  return {
    ...families,
    entities,
    aliasCount,
    get collisions() {
      collisions ??= computeCollisions();
      return collisions;
    },
    findMentions,
    lookupName,
    get: (id) => byId.get(id),
    nameAt: (id, date) => {
      const entity = byId.get(id);
      return entity ? nameOfEntityAt(entity, date) : id;
    },
  };
}

/** Re-exported for callers that fold names the way the matcher does (e.g. to key unknown targets). */
export { foldWord, parseAlias };
