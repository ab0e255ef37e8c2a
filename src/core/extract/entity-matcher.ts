import type { EntityKind } from '../taxonomy.ts';
import type { EntityMention, ExtractEntity, ExtractEntityIndex } from './types.ts';

/** An entity with its aliases by language (`any` for names shared by every language), as the catalogue holds them. */
export interface MatchableEntity extends ExtractEntity {
  aliases?: Partial<Record<string, readonly string[] | undefined>>;
}

// A word before a possessive "'s" stands alone ("Kanye West's" → "Kanye", "West"); an elided article or preposition is
// a token of its own ("L'Inde", "dall'App Store"); hyphens split ("Twitter-Konto"). Aliases go through the same rule.
const TOKEN_PATTERN =
  /[\p{L}\p{N}]+(?:[&._][\p{L}\p{N}]+)*(?=['’]s(?![\p{L}\p{N}]))|\p{L}{1,5}['’](?=\p{L})|[\p{L}\p{N}]+(?:[&._][\p{L}\p{N}]+)*\.?|&/gu;
const MAX_ALIAS_TOKENS = 6;

function normaliseAliasKey(tokens: readonly string[]): string {
  return tokens.join(' ').replaceAll('’', "'");
}

function tokenizeAlias(alias: string): string[] {
  return [...alias.matchAll(TOKEN_PATTERN)].map((match) => match[0]);
}

/**
 * A token n-gram alias matcher: every alias becomes a key of a hash map, and a text is scanned once with windows of up
 * to six tokens, so the cost per article does not grow with the number of aliases.
 * Aliases with a capital letter match with their case (Apple the company, not an apple; X, not a letter x);
 * aliases written all in lower case ("la justice brésilienne") match in any case.
 * Longest match wins; overlapping shorter matches are dropped.
 */
export function createSimpleEntityIndex(entities: readonly MatchableEntity[]): ExtractEntityIndex {
  const byId = new Map<string, ExtractEntity>();
  const exactKeys = new Map<string, string>();
  const foldedKeys = new Map<string, string>();
  for (const entity of entities) {
    byId.set(entity.id, entity);
    const allAliases = new Set<string>([entity.name]);
    for (const list of Object.values(entity.aliases ?? {})) for (const alias of list ?? []) allAliases.add(alias);
    for (const alias of allAliases) {
      const tokens = tokenizeAlias(alias);
      if (tokens.length === 0 || tokens.length > MAX_ALIAS_TOKENS) continue;
      const key = normaliseAliasKey(tokens);
      if (/\p{Lu}/u.test(alias)) {
        if (!exactKeys.has(key)) exactKeys.set(key, entity.id);
        // At a sentence start the first letter is a capital ("L'Union européenne" for the alias "l'Union européenne").
        const capitalised = key.charAt(0).toUpperCase() + key.slice(1);
        if (!exactKeys.has(capitalised)) exactKeys.set(capitalised, entity.id);
      } else if (!foldedKeys.has(key.toLowerCase())) foldedKeys.set(key.toLowerCase(), entity.id);
    }
  }
  return {
    get: (id) => byId.get(id),
    findMentions(text: string): EntityMention[] {
      const tokens = [...text.matchAll(TOKEN_PATTERN)];
      const mentions: EntityMention[] = [];
      let index = 0;
      while (index < tokens.length) {
        let found: EntityMention | null = null;
        let foundLength = 0;
        const maxLength = Math.min(MAX_ALIAS_TOKENS, tokens.length - index);
        for (let length = maxLength; length >= 1 && found === null; length--) {
          const words: string[] = [];
          for (let k = 0; k < length; k++) words.push(tokens[index + k]![0]);
          const key = normaliseAliasKey(words);
          let id = exactKeys.get(key);
          // A trailing full stop belongs to the sentence, not to the name ("… from Parler.").
          if (id === undefined && key.endsWith('.')) id = exactKeys.get(key.slice(0, -1));
          if (id === undefined) id = foldedKeys.get(key.toLowerCase());
          if (id === undefined && key.endsWith('.')) id = foldedKeys.get(key.toLowerCase().slice(0, -1));
          if (id !== undefined) {
            const first = tokens[index]!;
            const last = tokens[index + length - 1]!;
            let end = (last.index ?? 0) + last[0].length;
            if (last[0].endsWith('.') && !key.endsWith('.')) end -= 1;
            if (text[end - 1] === '.' && exactKeys.get(key) === undefined && foldedKeys.get(key) === undefined) end -= 1;
            found = { id, start: first.index ?? 0, end };
            foundLength = length;
          }
        }
        if (found) {
          mentions.push(found);
          index += foundLength;
        } else index += 1;
      }
      return mentions;
    },
  };
}

/** Kinds that only ever receive an action in our domain. */
export const TARGET_ONLY_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['person', 'app', 'site', 'organization']);
