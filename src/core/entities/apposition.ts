import type { EntityMention } from './matcher.ts';

// Only spaces, commas, brackets and dashes between two mentions: "le président américain Joe Biden",
// "le gendarme des télécoms, l'Anatel", "the Supreme Court (STF)".
const APPOSITION_GAP = /^[\s,([\u2013\u2014-]*(?:(?:l|la|le|el|o|a|the|die|der|das|il|lo)\s*['’]?\s*)?$/iu;

/**
 * A shared alias next to a mention of one of its alternatives names that alternative: "le président américain Joe
 * Biden" is Biden whatever the stand-in periods say, "le gendarme des télécoms, l'Anatel" is Anatel.
 */
export function resolveByApposition(text: string, mentions: EntityMention[]): EntityMention[] {
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!;
    if (!mention.alternatives) continue;
    for (const neighbour of [mentions[k + 1], mentions[k - 1]]) {
      if (!neighbour || !mention.alternatives.includes(neighbour.id)) continue;
      const gap =
        neighbour.start >= mention.end
          ? text.slice(mention.end, neighbour.start)
          : text.slice(neighbour.end, mention.start);
      if (!APPOSITION_GAP.test(gap)) continue;
      const others = [mention.id, ...mention.alternatives].filter((id) => id !== neighbour.id);
      mentions[k] = { ...mention, id: neighbour.id, alternatives: others };
      break;
    }
  }
  return mentions;
}
