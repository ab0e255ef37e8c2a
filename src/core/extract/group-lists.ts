import { execAll } from '../regexp-scan.ts';
import { slugify } from '../slug.ts';
import type { ClaimParty, EntityMention, ExtractEntity } from './types.ts';

/**
 * Reports often cut a group first and name its members after: "Twitter suspended the accounts of several
 * journalists. Among them: Ryan Mac of The New York Times, Drew Harwell…", "L'Inde a interdit 59 applications
 * chinoises, dont WeChat et UC Browser", "retiró varias cuentas, entre ellas las de…". This module finds the group noun
 * after a verb that named no target, the cue that opens the list, and the names in it. Pure functions.
 */

/** A plural noun for a group of targets, in the six languages. */
export const GROUP_NOUN =
  /(?<![\p{L}])(?:accounts|journalists|reporters|activists|politicians|lawmakers|commentators|influencers|figures|personalities|apps|applications|websites|sites|channels|pages|outlets|media|groups|organi[sz]ations|comptes|journalistes|militants|personnalités|applications|applis|chaînes|médias|influenceurs|élus|groupes|Konten|Accounts|Journalist(?:en|innen)|Aktivist(?:en|innen)|Politiker(?:innen)?|Apps|Anwendungen|Seiten|Webseiten|Websites|Kanäle|Medien|Gruppen|Organisationen|cuentas|periodistas|activistas|políticos|aplicaciones|sitios|páginas|canales|medios|grupos|organizaciones|perfiles|contas|jornalistas|ativistas|aplicativos|aplicações|canais|veículos|organizações|perfis|account|giornalisti|attivisti|politici|applicazioni|siti|pagine|canali|testate|gruppi|organizzazioni|profili)(?![\p{L}])/iu;

/** Opens a list of the group's members at the start of the next sentence. */
export const LIST_OPENER =
  /^(?:[\p{L}]+,?\s+){0,2}?(?:(?:the|la|die|a|l['’]) ?(?:list|liste|lista|elenco)\s+(?:\p{L}+\s+)?(?:includes?|comprend|contient|umfasst|enthält|incluye|inclui|comprende|contiene)|among (?:them|those|the)|(?:those|the accounts|the journalists|the reporters|the apps|the sites|the others)(?: [\p{L}-]+){0,3}? (?:include[ds]?|were|are)(?![\p{L}])|they include|the (?:list|others) include|parmi (?:eux|elles|lesquel(?:le)?s|ces|les)|figurent|on (?:y )?trouve|darunter|unter ihnen|betroffen (?:sind|waren)|entre (?:ellos|ellas|ellos figuran|los|las|eles|elas|os|as)|tra (?:loro|questi|queste|cui|gli|le|i)(?![\p{L}]))/iu;

/** Opens the list inside the sentence, after the group noun. */
export const LIST_INSIDE =
  /(?:[,:—–]\s*|\s)(?:including|among them|dont|notamment|parmi lesquel(?:le)?s|darunter|unter anderem|incluid[oa]s|entre (?:ellos|ellas|ellas las de|ellos los de)|incluindo|entre (?:eles|elas)|tra cui|tra i quali|tra le quali|compres[io])\s|:\s+(?=\p{Lu})/iu;

/** Before a name: it says where a member works, not who was cut ("of The New York Times", "de l'AFP", "von der Zeit"). */
const AFFILIATION_BEFORE =
  /(?:(?<![\p{L}])(?:of|at|from|for|de|du|des|von|vom|der|bei|del|da|do|di|dal|della|für)\s+(?:the\s+|la\s+|le\s+|l['’]|die\s+|el\s+|o\s+|a\s+|il\s+)?|(?<![\p{L}])[dD]['’])$/u;

const NAME = /(?<![\p{L}\p{N}@])(?:\p{Lu}[\p{Ll}’'-]+)(?:\s+(?:\p{Lu}[\p{L}’'-]+)){1,2}(?![\p{L}])/gu;

/** One capitalised word right after a common noun: "le navigateur SHAREit", "the messaging app Signal". */
const SINGLE_NAME_AFTER_NOUN = /(?<=(?<![\p{L}])\p{Ll}{3,}\s)\p{Lu}[\p{L}\p{N}]+(?![\p{L}\p{N}])/gu;

/**
 * The members a list names: catalogue entities that can be targets, and capitalised two- or three-word names the
 * catalogue does not know, each once, in order. A name followed by "'s" or by a lower-case role word and another name
 * ("CNN's Donie O'Sullivan", "the former MSNBC host Keith Olbermann") is an employer, as is a name after "of", "de"…
 */
export function namesInList(
  text: string,
  from: number,
  mentions: readonly EntityMention[],
  entityOf: (id: string) => ExtractEntity | undefined,
  canBeTarget: (entity: ExtractEntity) => boolean,
  stopWords: ReadonlySet<string>,
  lang: string,
): ClaimParty[] {
  const found: { start: number; party: ClaimParty }[] = [];
  const taken: { start: number; end: number }[] = [];
  const isEmployer = (start: number, end: number) =>
    AFFILIATION_BEFORE.test(text.slice(Math.max(from, start - 12), start)) ||
    /^['’]s?\s/u.test(text.slice(end, end + 3)) ||
    /^\s+(?!(?:of|at|from|for|de|du|des|von|vom|der|bei|del|da|do|di|dal|della|für|and|et|und|y|e|ou|or|oder|o)\s)\p{Ll}+\s+\p{Lu}/u.test(
      text.slice(end, end + 30),
    );
  for (const mention of mentions) {
    if (mention.start < from) continue;
    taken.push(mention);
    const entity = entityOf(mention.id);
    if (!entity || !canBeTarget(entity) || isEmployer(mention.start, mention.end)) continue;
    found.push({ start: mention.start, party: { id: entity.id, name: entity.name } });
  }
  NAME.lastIndex = 0;
  for (const match of execAll(NAME, text.slice(from))) {
    const start = from + (match.index ?? 0);
    const end = start + match[0].length;
    if (taken.some((span) => span.start < end && start < span.end)) continue;
    const words = match[0].split(/\s+/);
    if (words.some((word) => stopWords.has(word))) continue;
    if (isEmployer(start, end)) continue;
    const id = slugify(match[0]);
    if (id.length < 3) continue;
    found.push({ start, party: { id, name: match[0] } });
  }
  SINGLE_NAME_AFTER_NOUN.lastIndex = 0;
  // German capitalises every noun: a single capitalised word there is no name ("eine Sprecherin").
  for (const match of lang === 'de' ? [] : execAll(SINGLE_NAME_AFTER_NOUN, text.slice(from))) {
    const start = from + (match.index ?? 0);
    const end = start + match[0].length;
    if (taken.some((span) => span.start <= end && start <= span.end)) continue;
    if (found.some((f) => f.start <= start && start < f.start + f.party.name.length)) continue;
    if (stopWords.has(match[0]) || isEmployer(start, end)) continue;
    const id = slugify(match[0]);
    if (id.length < 3) continue;
    found.push({ start, party: { id, name: match[0] } });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => f.party)
    .filter((party) => !seen.has(party.id) && seen.add(party.id) !== undefined);
}
