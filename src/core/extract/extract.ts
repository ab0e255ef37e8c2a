import { execAll } from '../regexp-scan.ts';
import { slugify } from '../slug.ts';
import { ACTION_CLASS, type Action, type EntityKind, type Service, STATE_KINDS } from '../taxonomy.ts';
import { DEMONYM_COUNTRY } from './builtin-entities.ts';
import {
  datePublishedClaimsFromEarlierClaims,
  datePublishedClaimsFromNarrativeDay,
  datePublishedClaimsFromNextSentences,
  datePublishedClaimsFromSameAct,
} from './claim-dates.ts';
import { type CompiledLexicon, getCompiledLexicon } from './compiled-lexicon.ts';
import { countryOfDateline, datelineStart } from './dateline-places.ts';
import {
  type DateExpression,
  findDateExpressions,
  findTimeExpressions,
  parseReferenceDate,
  type ReferenceDate,
  type TimeExpression,
} from './dates.ts';
import { GROUP_NOUN, LIST_INSIDE, LIST_OPENER, namesInList } from './group-lists.ts';
import { mentionsDeplatforming } from './prefilter.ts';
import { splitSentences } from './sentences.ts';
import type {
  ClaimParty,
  EntityMention,
  ExtractEntity,
  ExtractEntityIndex,
  ExtractedClaim,
  ExtractInput,
} from './types.ts';
import { findVerbs, type VerbMatch } from './verbs.ts';

/** Bumped whenever the rules change what comes out, so `wbw update --reextract` knows what to redo. */
export const EXTRACTOR_VERSION = 7;

/** Time spent per stage, for the benchmark. */
export interface ExtractProfile {
  sentences: number;
  sentencesPassingPrefilter: number;
  msEntityMatching: number;
  msDateParsing: number;
  msTotal: number;
}

type MentionRole = 'pre' | 'post' | 'agent' | 'source' | 'locative' | 'ignored';

/** A clause opening that names earlier or other actors: "after", "like", "following" in the six languages. */
const COMPARISON_BEFORE =
  /(?:^|[,;]\s*)(?:nach|after|following|like|unlike|après|comme|à l['’]instar d[e']|suivant|wie|tras|después de|como|após|depois d[eo]|dopo|come)\s+(?:(?:the|le|la|les|l['’]|dem|der|den|die|el|los|las|o|os|a|as|il|lo|gli)\s*)?$/iu;

interface RoledMention extends EntityMention {
  entity: ExtractEntity;
  role: MentionRole;
}

interface ArticleMemory {
  lastTarget: ClaimParty | null;
  /** True while lastState comes only from the dateline: the text has named no state yet. */
  stateFromDateline: boolean;
  /** Sentences read since the text last named a state (0 in the sentence that names it). */
  sentencesSinceState: number;
  /** A person named in a sentence the pre-filter skipped, before any target: "l'", "son", "ihn" may be them. */
  primedPerson: ClaimParty | null;
  lastClaims: ExtractedClaim[];
  /** The last app or site the article named outside an actor's place, for "the app", "a aplicação", "die Seite". */
  lastThing: ClaimParty | null;
  /** The actor of the article's last claim, for "It stopped protecting…". */
  lastActor: ClaimParty | null;
  /** Countries the article has named so far, to choose among an alias's alternatives ("the Supreme Court"). */
  countries: Set<string>;
  /** Per country, the first regulator or court the article names. */
  institutions: Map<string, ExtractEntity>;
  /** The last government, regulator or court the article named, for "the platform was blocked across the country". */
  lastState: ExtractEntity | null;
  /** The last platform, app or site named outside a store, for "la plataforma" in a state's country-wide block. */
  lastNamedThing: ClaimParty | null;
  /** The last company (not a state, not a target-only kind) the article named, for "the San Francisco company". */
  lastCompany: ExtractEntity | null;
  nextCompany: ExtractEntity | null;
  /** People named in full so far, by surname: a later "Benjamin" or "Benjamin's page" is the same person. */
  people: Map<string, ClaimParty>;
  /** A cut of a group whose members the next sentence may list ("…the accounts of several journalists. Among them:"). */
  pendingGroup: {
    text: string;
    emit: (parties: ClaimParty[], evidence: string) => void;
    /** Sentences it still waits for its list ("La liste comprend aussi…" may come two sentences later). */
    ttl: number;
  } | null;
}

interface SentenceContext {
  text: string;
  /** The article's first sentence (its headline when it has one): "the same day" never refers to a claim there. */
  headline: string | undefined;
  /** The publication day (`YYYY-MM-DD`) for time-bound stand-ins in entity matching, or null. */
  articleDate: string | null;
  /** Date expressions of the article's sentences parsed so far, by sentence text (a lead repeats its headline). */
  dateCache: Map<string, DateExpression[]>;
  lexicon: CompiledLexicon;
  index: ExtractEntityIndex;
  reference: ReferenceDate | null;
  dates: DateExpression[] | null;
  times: TimeExpression[] | null;
  serviceWords: ServiceWordMatch[] | null;
  profile: ExtractProfile | null;
  /** The article's people by surname (ArticleMemory.people). */
  people: Map<string, ClaimParty>;
}

const STATE_KIND_SET = new Set(STATE_KINDS);

/**
 * Kinds that only ever receive an action in our domain. Apps are not among them: TikTok, Telegram or WhatsApp are
 * apps that a state blocks and platforms that ban accounts; the clause decides which.
 */
const TARGET_ONLY_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['person', 'site', 'organization']);

function now(): number {
  return performance.now();
}

function isActorCapable(entity: ExtractEntity): boolean {
  return !TARGET_ONLY_KINDS.has(entity.kind);
}

function isState(entity: ExtractEntity | undefined): boolean {
  return entity !== undefined && STATE_KIND_SET.has(entity.kind);
}

/** An account noun right before a participle: "comptes bannis", "cuentas suspendidas", "contas suspensas", "account sospesi". */
const ACCOUNT_NOUN_BEFORE =
  /(?<![\p{L}])(?:comptes?|profils?|chaînes|pages|cuentas?|perfiles|canales|contas?|perfis|canais|páginas|account|profili|canali|pagine|accounts|profiles|channels|Konten|Profile|Kanäle)\s+$/iu;

/**
 * "Twitter a rétabli plusieurs comptes bannis": after a restoration, a cut participle that follows an account noun
 * describes the accounts (an adjective), it is not a second act; left in, it would turn the restoration into a ban.
 */
function dropAdjectivalParticiples(text: string, verbs: VerbMatch[]): VerbMatch[] {
  const firstRestore = verbs.findIndex((verb) => verb.rule.action === 'reinstate');
  if (firstRestore < 0) return verbs;
  return verbs.filter(
    (verb, position) =>
      verb.rule.action === 'reinstate' ||
      (!(
        ACCOUNT_NOUN_AFTER.test(text.slice(verb.end, verb.end + 20)) &&
        DETERMINER_BEFORE.test(text.slice(Math.max(0, verb.start - 20), verb.start))
      ) &&
        (position < firstRestore ||
          !ACCOUNT_NOUN_BEFORE.test(text.slice(Math.max(0, verb.start - 30), verb.start)))),
  );
}

/** A quantifier or article before that participle: "several banned accounts", "mehrere andere gesperrte Konten". */
const DETERMINER_BEFORE =
  /(?<![\p{L}])(?:several|many|some|other|the|its|their|dozens of|mehrere|andere|einige|zahlreiche|viele|die|der|den|seine|ihre)\s+$/iu;
/** A participle right before an account noun ("gesperrte Konten", "banned accounts") describes the accounts. */
const ACCOUNT_NOUN_AFTER = /^\s*(?:Konten|Accounts|Profile|accounts|profiles|channels)(?![\p{L}])/u;

/** "both stores", "les deux boutiques", "beiden App-Stores": the two stores of the article's earlier claims act again. */
const BOTH_STORES =
  /(?<![\p{L}])(?:both (?:app )?stores|the two (?:app )?stores|(?:des |les )?deux (?:boutiques|magasins|stores)|beiden? (?:App-?)?Stores?|ambas (?:las )?tiendas|las dos tiendas|(?:ambas|as duas) (?:as )?lojas|(?:das|nas) duas lojas|(?:entrambi gli|dai due|i due) (?:store|negozi))(?![\p{L}])/iu;
/** "both companies", "les deux groupes", "beide Konzerne": the two actors of the article's earlier claims act again. */
const BOTH_COMPANIES =
  /(?<![\p{L}])(?:both companies|the two companies|both (?:tech )?giants|the two (?:tech )?giants|both platforms|the two platforms|les deux plateformes|beide Plattformen|ambas plataformas|las dos plataformas|as duas plataformas|entrambe le piattaforme|le due piattaforme|les deux (?:groupes|sociétés|entreprises|géants)|beiden? (?:Konzerne|Unternehmen|Firmen)|ambas (?:empresas|compañías)|las dos (?:empresas|compañías)|(?:as duas|ambas as) empresas|(?:le due|entrambe le) (?:società|aziende))(?![\p{L}])/iu;

/**
 * The two actors a "both stores" / "both companies" phrase stands for: the last two distinct actors of the article's
 * claims so far (for stores, of its store claims), or nothing when the article has not named two.
 */
function actorsOfBothPhrase(
  clause: string,
  claims: readonly ExtractedClaim[],
  memory: ArticleMemory,
  index: ExtractEntityIndex,
): ExtractEntity[] {
  const stores = BOTH_STORES.test(clause);
  if (!stores && !BOTH_COMPANIES.test(clause)) return [];
  const earlier = claims.length > 0 ? claims : memory.lastClaims;
  const ids: string[] = [];
  for (let k = earlier.length - 1; k >= 0 && ids.length < 2; k--) {
    const claim = earlier[k]!;
    if (stores && claim.service !== 'app_store') continue;
    if (!ids.includes(claim.actor.id)) ids.push(claim.actor.id);
  }
  if (ids.length < 2) return [];
  return ids
    .reverse()
    .map((id) => index.get(id))
    .filter((entity): entity is ExtractEntity => entity !== undefined);
}

/** "other accounts", "weitere Konten", "autres comptes": more items of the kind the previous claim was about. */
const OTHER_ITEMS_BEFORE =
  /(?<![\p{L}])(?:other|further|autres|andere|anderen|weitere|otras|otros|outras|outros|altri|altre)\s+(?:\p{L}+\s+){0,2}(?:accounts?|comptes?|Konten|Accounts|cuentas|contas|account|profil[se]?|profiles|perfiles|perfis|profili|apps?|applications|Apps|aplicaciones|aplicativos|applicazioni|pages|Seiten|páginas|pagine|channels|chaînes|Kanäle|canales|canais|canali)(?![\p{L}])/iu;

interface ServiceWordMatch {
  start: number;
  end: number;
  service: Service;
  actor: string | undefined;
}

/** Every service word of a sentence, found once and shared by its claims. */
function findServiceWords(context: SentenceContext): ServiceWordMatch[] {
  if (context.serviceWords) return context.serviceWords;
  const { lexicon, text } = context;
  const found: ServiceWordMatch[] = [];
  lexicon.serviceScan.lastIndex = 0;
  for (const match of execAll(lexicon.serviceScan, text)) {
    for (let group = 1; group < match.length; group++) {
      const ruleIndex = lexicon.serviceGroupRule[group]!;
      if (match[group] === undefined || ruleIndex < 0) continue;
      const rule = lexicon.serviceWords[ruleIndex]!;
      const start = match.index ?? 0;
      found.push({ start, end: start + match[0].length, service: rule.service, actor: rule.actor });
      break;
    }
  }
  context.serviceWords = found;
  return found;
}

function findBoundaries(sentence: string, lexicon: CompiledLexicon): number[] {
  const boundaries: number[] = [];
  lexicon.clauseBoundary.lastIndex = 0;
  for (const match of execAll(lexicon.clauseBoundary, sentence)) boundaries.push(match.index ?? 0);
  return boundaries;
}

function getDates(context: SentenceContext): DateExpression[] {
  if (context.dates === null) {
    const started = now();
    let dates = context.dateCache.get(context.text);
    if (dates === undefined) {
      dates = findDateExpressions(context.text, context.lexicon.lang, context.reference);
      context.dateCache.set(context.text, dates);
    }
    context.dates = dates;
    context.times = findTimeExpressions(context.text);
    if (context.profile) context.profile.msDateParsing += now() - started;
  }
  return context.dates;
}

interface ClaimDate {
  date: string | null;
  date_precision: ExtractedClaim['date_precision'];
  date_basis: ExtractedClaim['date_basis'];
  time: string | null;
}

function publishedDate(reference: ReferenceDate | null): ClaimDate {
  if (!reference) return { date: null, date_precision: null, date_basis: null, time: null };
  const date = `${reference.year}-${String(reference.month).padStart(2, '0')}-${String(reference.day).padStart(2, '0')}`;
  return { date, date_precision: 'day', date_basis: 'published', time: null };
}

/** The date of a claim: the expression inside its clause nearest the verb, else the sentence's only one, else publication. */
function dateForClaim(
  context: SentenceContext,
  verb: { start: number; end: number },
  segment: [number, number],
): ClaimDate {
  const dates = getDates(context);
  const inSegment = dates.filter((d) => d.start >= segment[0] && d.start < segment[1]);
  // Outside its clause, only a date that opens the sentence before it counts ("Na sexta-feira, a Google retirou…");
  // a date in a later clause belongs to that clause ("…, after taking down episodes last week").
  // A relative clause about the target keeps the fact's date ("…a cessé d'héberger Parler, qui n'est plus accessible
  // depuis le dimanche 10 janvier à 23h59").
  const relativeNext =
    RELATIVE_CLAUSE.test(context.text.slice(segment[1], segment[1] + 12)) ||
    ATTRIBUTION_CLAUSE.test(context.text.slice(segment[1], segment[1] + 60));
  const outside = dates.filter((d) => d.end <= segment[0] || (relativeNext && d.start >= segment[1]));
  const candidates =
    inSegment.length > 0 ? inSegment : outside.length === 1 && dates.length === 1 ? outside : [];
  if (candidates.length === 0) return publishedDate(context.reference);
  let best = candidates[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = candidate.start >= verb.end ? candidate.start - verb.end : verb.start - candidate.end;
    // A stated full date beats a vaguer one a little nearer ("banned in 2018" vs "on Friday" in one clause is rare).
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // The time stated with the chosen date ("dimanche 10 janvier à 23h59"), else one in the verb's own clause.
  const allTimes = context.times ?? [];
  const nearDate = allTimes.filter((t) => t.start <= best.end + 20 && t.end >= best.start - 20);
  const times =
    nearDate.length > 0 ? nearDate : allTimes.filter((t) => t.start >= segment[0] && t.end <= segment[1]);
  const time = best.precision === 'day' && times.length > 0 ? times[0]!.time : null;
  return { date: best.date, date_precision: best.precision, date_basis: best.basis, time };
}

/**
 * "die Blockade von Telegram", "le blocage de Telegram", "o bloqueio do Telegram": after a cut noun, "von/de/do" names
 * what was cut, not the store it was taken from (German capitalises every noun, so the noun itself looks like a name).
 */
const CUT_NOUN_OF =
  /(?<![\p{L}])(?:Sperre|Sperrung|Blockade|Verbot|Suspendierung|Rückkehr|blocage|suspension|interdiction|bannissement|bloqueo|suspensión|prohibición|bloqueio|suspensão|proibição|banimento|blocco|sospensione|divieto|block|ban)\s+(?:von|vom|des|der|de|du|d['’]|del|do|da|di|del|della|dello|dell['’]|of|on)\s*(?:(?:dem|der|den|la|le|l['’]|el|o|a|the)\s+)?$/iu;

/** "darunter die von X", "including those of X", "tra cui quelli di X": a list of targets, not an agent. */
const LIST_OF_BEFORE =
  /(?<![\p{L}])(?:darunter|including|notamment|entre (?:ellas|ellos|elas|eles)|tra cui|tra questi)\s+(?:(?:die|der|those|ceux|celles|las|los|as|os|quelli|quelle)\s+)?(?:von|vom|of|de|du|des|d['’]|da|do|di|del|della)?\s*$/iu;

/** "die Konten von X wurden gesperrt", "les comptes de X": the owner of the accounts, not the agent of the passive. */
const ACCOUNT_OF_BEFORE =
  /(?<![\p{L}])(?:Konten|Konto|Accounts?|Profile?|Kanal|Kanäle|comptes?|cuentas?|contas?|account|profili?)\s+(?:von|vom|de|du|des|d['’]|da|do|di|del|della|dell['’])\s*$/iu;

/**
 * "Infowars, the outlet run by Alex Jones", "le site fondé par …", "il portale gestito da …": the owner named in an
 * apposition describes the target, it is neither a target nor the agent of a passive.
 */
const OWNER_BY_BEFORE =
  /(?<![\p{L}])(?:(?:run|founded|owned|operated|created|acquired|bought|purchased|taken over) by|(?:dirigé|fondé|détenu|animé|créé|racheté|acheté|acquis)e?s? par|(?:geleitet|gegründet|betrieben|übernommen|gekauft) (?:von|durch)|(?:dirigid|fundad|cread|comprad|adquirid)[oa]s? por|(?:gestit|fondat|guidat|creat|acquistat|comprat|rilevat)[oaie] da|(?:pertencente|que pertence) a|propriedade de)\s*$/iu;

/** "X, de Elon Musk", "X, di Elon Musk", "Elon Musk's X": the owner named beside a platform is not a party. */
const OWNER_AFTER_PLATFORM = /^\s*,\s*(?:de|di|von|da|do|of)\s+$/u;

/**
 * "pro-Trump", "anti-Google", "after the invasion of Ukraine", "nach dem Einmarsch in die Ukraine": a name inside a
 * modifier or an event named after a country is no party.
 */
const NAME_IN_MODIFIER_BEFORE =
  /(?:(?<![\p{L}])(?:pro|anti)-|(?<![\p{L}])(?:invasion of|war in|invasion de l['’]|invasion de la|guerre en|Invasion (?:der|in die)|Einmarsch in (?:die|den)|Krieg in (?:der|die)?|invasión de|guerra en|invasão d[aoe]|guerra na|invasione dell['’]|invasione della|guerra in)\s*)$/iu;

/** A block halted before it took effect ("suspende o bloqueio antes de entrar em vigor") never cut anyone. */
const BEFORE_IN_FORCE =
  /(?<![\p{L}])(?:before (?:it|they) (?:took|takes|could take|had taken) effect|avant (?:son|leur) entrée en vigueur|avant d['’]entrer en vigueur|bevor (?:sie|es|er) in Kraft (?:trat|tritt|treten)|antes de (?:que )?(?:entrar|entrara|entre) en vigor|antes de (?:entrar|que entrasse) em vigor|prima che entr\p{L}+ in vigore|prima dell['’]entrata in vigore)/iu;

const SELF_ACTOR =
  /(?<![\p{L}])(?:o próprio|a própria|el propio|la propia|il proprio|la propria|the company itself|itself|lui-même|elle-même|(?:das Unternehmen|der Konzern|die Plattform) selbst|la propia empresa|a própria empresa|la stessa azienda)(?![\p{L}])/iu;

/** Sales of a product or a policy as the object: a product ban or a policy withdrawn, not a cut-off. */
const SALES_OR_POLICY_OBJECT =
  /^\s*(?:\p{L}+\s+){0,3}?(?:sales? of|la vente d|le commerce d|den Verkauf|(?:el|la) (?:venta|comercialización) d|a (?:venda|comercialização) d|la (?:vendita|commercializzazione) d|(?:its |the )?(?:\p{L}+ )?policy|(?:sa |la )(?:\p{L}+ )?politique|(?:seine |die )?Richtlinie|(?:su |la )(?:\p{L}+ )?política|(?:sua |a )(?:\p{L}+ )?política|(?:sua |la )(?:\p{L}+ )?politica)(?![\p{L}])/iu;

/** Where a cut only lowers visibility: playlists, recommendations, search results. */
const VISIBILITY_PLACES =
  /(?<![\p{L}])(?:playlists?|recommendations?|search results|trending|recommandations|suggestions|Empfehlungen|Suchergebnisse\p{L}*|recomendaciones|listas de reproducción|recomendações|listas de reprodução|suggerimenti|raccomandazioni)(?![\p{L}])/iu;

/** The owner of what follows, or its fans: "its Chinese owner, ByteDance", "supporters of Donald Trump". */
const OWNER_OR_FANS_BEFORE =
  /(?<![\p{L}])(?:owner|parent company|propriété d[eu]|propriétaire|maison mère|Mutterkonzern|Eigentümer(?:in)?|matriz|propietari[oa]|dona|controladora|proprietari[oa]|casa madre|società madre|supporters of|fans of|followers of|partisans d[eu]|sympathisants d[eu]|Anhänger(?:n)? (?:von|des|der)|seguidores de|simpatizantes de|apoiadores de|sostenitori di|simpatizzanti di)(?:\s+\p{L}+){0,3}[\s,]*$/iu;

/** "after criticism from Beijing", "nach Kritik aus Peking", "sous la pression de Moscou": who pushed, not who acted. */
/** "A pedido da Polícia Federal, o STF bloqueou…": who asked, not who acted. */
const REQUESTED_BY_BEFORE =
  /(?<![\p{L}])(?:at the request of(?: the)?|à la demande (?:de la|du|des|de l['’]|de|d['’])|sur demande (?:de la|du|de)|auf (?:Antrag|Bitte|Drängen) (?:von|der|des)|a petición (?:de la|del|de)|a pedido (?:da|do|das|dos|de)|su richiesta (?:del|della|dei|di))\s*$/iu;

const PRESSURE_FROM_BEFORE =
  /(?<![\p{L}])(?:criticism|pressure|demands?|requests?|complaints?|Kritik|Druck|Forderung\p{L}*|Beschwerde\p{L}*|critiques?|pressions?|demandes?|plaintes?|críticas?|presi(?:ón|ones)|pedidos?|quejas?|pressão|pressões|reclamações|critiche|pressioni|richiest\p{L}+|lamentele)\s+(?:\p{L}+\s+){0,2}?(?:from|by|aus|von|de|du|des|d['’]|del|da|do|di|dal|dalla)\s*(?:the\s+|la\s+|le\s+|l['’]|den\s+|der\s+)?$/iu;

const REASON_BEFORE = /(?<![\p{L}])(?:for|pour|per|por|wegen|para|because of)\s*["«“„»]\s*$/iu;
const PLACE_BEFORE = /(?<![\p{L}])(?:in|en|na|no|nos|nas|nel|nella|im|em|dans)\s+$/u;
const GROUP_NOUN_NEXT = new RegExp(`^\\s+${GROUP_NOUN.source}`, 'iu');

const GROUP_THEN_RELATIVE = new RegExp(
  `${GROUP_NOUN.source}\\s+(?:who|that|which|qui|que|die|welche|quienes|que|che|cui)\\s`,
  'iu',
);

function roleMentions(
  sentence: string,
  mentions: readonly EntityMention[],
  index: ExtractEntityIndex,
  lexicon: CompiledLexicon,
  pivot: number,
  segment: [number, number],
  passive: boolean,
): RoledMention[] {
  const roled: RoledMention[] = [];
  // Owners ignored before their product ("Meta's WhatsApp"): the product does not inherit their role.
  const ownersBeforeProduct = new Set<number>();
  // Names ignored for the phrase before them ("after the invasion of Ukraine, Roskomnadzor…"): a comma after them ends
  // the phrase, so the next name is not a member of the same list.
  const phraseIgnored = new Set<number>();
  for (const mention of mentions) {
    if (mention.start < segment[0] || mention.end > segment[1]) continue;
    const entity = index.get(mention.id);
    if (!entity) continue;
    const before = sentence.slice(Math.max(segment[0], mention.start - 30), mention.start);
    let role: MentionRole = mention.start < pivot ? 'pre' : 'post';
    const previous = roled[roled.length - 1];
    // "Removed from the App Store" names the store; "la suspension du réseau social X" names the target: a store
    // reading needs a passive or something named between the verb and it.
    const somethingBetween =
      roled.some((m) => m.start >= pivot && m.end <= mention.start) ||
      /\p{Lu}/u.test(sentence.slice(pivot, mention.start).replace(/^\S*\s*/, ''));
    if (
      previous &&
      !ownersBeforeProduct.has(previous.start) &&
      !(phraseIgnored.has(previous.start) && sentence.slice(previous.end, mention.start).includes(',')) &&
      lexicon.listGap.test(sentence.slice(previous.end, mention.start)) &&
      previous.role !== 'pre' &&
      previous.role !== 'post'
    ) {
      role = previous.role;
    } else if (
      passive &&
      (LIST_OF_BEFORE.test(before) || (!isActorCapable(entity) && ACCOUNT_OF_BEFORE.test(before)))
    )
      role = 'post';
    else if (passive && lexicon.agentBefore.test(before)) role = isActorCapable(entity) ? 'agent' : 'ignored';
    else if (entity.kind === 'government' && lexicon.locativeBefore.test(before)) role = 'locative';
    else if (
      isActorCapable(entity) &&
      mention.start > pivot &&
      (passive || somethingBetween) &&
      lexicon.sourceBefore.test(before) &&
      !CUT_NOUN_OF.test(before)
    ) {
      role = 'source';
    }
    if (
      OWNER_BY_BEFORE.test(before) ||
      OWNER_OR_FANS_BEFORE.test(before) ||
      ((PRESSURE_FROM_BEFORE.test(before) ||
        REQUESTED_BY_BEFORE.test(before) ||
        NAME_IN_MODIFIER_BEFORE.test(before)) &&
        phraseIgnored.add(mention.start) !== undefined) ||
      (entity.kind === 'person' &&
        previous !== undefined &&
        isActorCapable(previous.entity) &&
        OWNER_AFTER_PLATFORM.test(sentence.slice(previous.end, mention.start)))
    )
      role = 'ignored';
    // "Apple followed a day later, and AWS stopped hosting…": the subject of a follow-up is that clause's, not this verb's.
    if (mention.end <= pivot && followsRightAfter(sentence, mention.end, lexicon)) role = 'ignored';
    // "Meta's WhatsApp": the owner named before its product is not a second target.
    const nextMention = mentions[mentions.indexOf(mention) + 1];
    if (
      nextMention &&
      /['’]s?\s+$/u.test(sentence.slice(mention.start, nextMention.start)) &&
      index.get(nextMention.id)?.parent === entity.id
    ) {
      role = 'ignored';
      ownersBeforeProduct.add(mention.start);
    }
    // "Benjamin, who recently joined UKIP, was removed…": a name inside a relative clause that closes before a passive
    // verb describes the subject; it is not the subject.
    if (
      passive &&
      mention.start < pivot &&
      OPEN_RELATIVE_BEFORE.test(sentence.slice(segment[0], mention.start)) &&
      sentence.slice(mention.end, pivot).includes(',')
    )
      role = 'ignored';
    // "suspended the accounts of several journalists who cover Elon Musk": a name inside a relative clause that
    // describes the group is not a member of it.
    if (mention.start > pivot && GROUP_THEN_RELATIVE.test(sentence.slice(pivot, mention.start)))
      role = 'ignored';
    if (role === 'locative' && entity.kind !== 'government') role = mention.start < pivot ? 'pre' : 'post';
    // A store named by its store name ("nell'App Store", "from Google Play") is where the target was, so it acts only
    // when no one else does.
    if (
      mention.start > pivot &&
      role === 'post' &&
      STORE_NAME.test(sentence.slice(mention.start, mention.end))
    )
      role = 'source';
    // "Nach Facebook und Instagram hat nun auch Tiktok…", "Like YouTube, Facebook removed…": a comparison, not a party.
    const sinceSegmentStart = sentence.slice(segment[0], mention.start);
    if (
      mention.start < pivot &&
      (COMPARISON_BEFORE.test(sinceSegmentStart) ||
        (previous?.role === 'ignored' &&
          !(phraseIgnored.has(previous.start) && sentence.slice(previous.end, mention.start).includes(',')) &&
          lexicon.listGap.test(sentence.slice(previous.end, mention.start))))
    ) {
      role = 'ignored';
    }
    roled.push({ ...mention, entity, role });
  }
  return roled;
}

const NAME_PATTERN =
  /«\s*([^»]{2,60}?)\s*»|“([^”]{2,60})”|"([^"]{2,60})"|„([^“”"]{2,60})[“”"]|(\p{Lu}[\p{L}\p{N}'’.&_-]*(?:\s+(?:(?:de|du|des|of|the|von|der|del|da|do|dos|di|la)\s+)?\p{Lu}[\p{L}\p{N}'’.&_-]*){0,4})/gu;

interface NameCandidate {
  start: number;
  end: number;
  name: string;
  quoted: boolean;
}

function findNameCandidates(text: string, offset: number, lexicon: CompiledLexicon): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  NAME_PATTERN.lastIndex = 0;
  for (const match of execAll(NAME_PATTERN, text)) {
    const quotedName = match[1] ?? match[2] ?? match[3] ?? match[4];
    let name = (quotedName ?? match[5] ?? '').trim().replace(/[.’']+$/u, '');
    // "L'applicazione", "L'app": an elided article before a common noun is no name.
    if (!quotedName && /^\p{L}{1,3}['’]\p{Ll}/u.test(name)) continue;
    let start = offset + (match.index ?? 0);
    if (!quotedName) {
      // Drop leading stop words ("Le Parler" never; "Friday Gettr" → "Gettr").
      const words = name.split(/\s+/);
      while (words.length > 0 && lexicon.nameStopWords.has(words[0]!)) {
        start += words[0]!.length + 1;
        words.shift();
      }
      while (words.length > 0 && lexicon.nameStopWords.has(words[words.length - 1]!)) words.pop();
      name = words.join(' ');
      if (name.length < 2) continue;
    }
    candidates.push({ start, end: start + name.length, name, quoted: quotedName !== undefined });
  }
  return candidates;
}

/** The catalogue entity a name read from the sentence stands for, trying the German genitive without its "s". */
function lookupCandidate(context: SentenceContext, name: string): ExtractEntity | undefined {
  if (name === 'X') return context.index.get('x');
  const lookup = context.index.lookupName?.bind(context.index);
  if (!lookup) return undefined;
  for (const form of [name, name.replace(/['’]?s$/u, '')]) {
    const id = lookup(form, context.lexicon.lang);
    if (id) return context.index.get(id);
  }
  return undefined;
}

/** Targets that are not in the catalogue, read from the words next to the verb ("CasaPound e Forza Nuova"). */
function findUnknownTargets(
  context: SentenceContext,
  verb: VerbMatch,
  passive: boolean,
  segment: [number, number],
  occupied: readonly { start: number; end: number }[],
  pivot: number,
): ClaimParty[] {
  const first = findUnknownTarget(context, verb, passive, segment, occupied, pivot);
  if (!first) return [];
  const parties = [first.party];
  if (passive) return parties;
  let cursor = first.end;
  for (let k = 0; k < 4; k++) {
    const rest = context.text.slice(cursor, segment[1]);
    const joined = /^\s*(?:,|and|et|und|y|e|&)\s*/iu.exec(rest);
    if (!joined) break;
    const next = findNameCandidates(
      rest.slice(joined[0].length),
      cursor + joined[0].length,
      context.lexicon,
    )[0];
    if (!next || next.start !== cursor + joined[0].length) break;
    const id = slugify(next.name);
    if (id.length < 2 || occupied.some((span) => span.start < next.end && next.start < span.end)) break;
    parties.push({ id, name: next.name });
    cursor = next.end;
  }
  return parties;
}

/** A target that is not in the catalogue, read from the words next to the verb. */
function findUnknownTarget(
  context: SentenceContext,
  verb: VerbMatch,
  passive: boolean,
  segment: [number, number],
  occupied: readonly { start: number; end: number }[],
  pivot: number,
): { party: ClaimParty; end: number } | null {
  const { text, lexicon } = context;
  // German perfect: the object stands between the auxiliary and the participle ("hat Donald Trumps Konto gesperrt").
  const germanMiddle = !passive && pivot < verb.start;
  const windowStart = passive ? segment[0] : germanMiddle ? pivot : verb.end;
  const windowEnd = passive || germanMiddle ? verb.start : segment[1];
  const windowText = text.slice(windowStart, windowEnd);
  const candidates = findNameCandidates(windowText, windowStart, lexicon).filter(
    (candidate) =>
      !occupied.some((span) => span.start < candidate.end && candidate.start < span.end) &&
      !(context.dates ?? []).some((d) => d.start < candidate.end && candidate.start < d.end),
  );
  if (candidates.length === 0) return null;
  const candidate = passive ? candidates[candidates.length - 1]! : candidates[0]!;
  // A name the catalogue knows in another form ("Donald Trumps", the German genitive) or the bare "X" next to the verb.
  const knownEarly = lookupCandidate(context, candidate.name);
  if (knownEarly && !occupied.some((span) => span.start < candidate.end && candidate.start < span.end)) {
    const gapText = passive
      ? context.text.slice(candidate.end, verb.start)
      : context.text.slice(verb.end, candidate.start);
    if (!gapText.includes(',') && gapText.trim().split(/\s+/).length <= 6) {
      return { party: { id: knownEarly.id, name: knownEarly.name }, end: candidate.end };
    }
  }
  // A reason ("for “repeated violations”"), a place ("in Europa") or a modifier of a group noun ("VPN apps") is no target.
  const justBefore = text.slice(Math.max(0, candidate.start - 16), candidate.start);
  if (candidate.quoted && REASON_BEFORE.test(justBefore)) return null;
  if (!candidate.quoted && PLACE_BEFORE.test(justBefore)) return null;
  if (GROUP_NOUN_NEXT.test(text.slice(candidate.end, candidate.end + 24))) return null;
  const gap = passive ? text.slice(candidate.end, verb.start) : text.slice(verb.end, candidate.start);
  const gapWords = gap.trim().split(/\s+/).filter(Boolean);
  if (gap.includes(',') || gapWords.length > 6) return null;
  const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
  const introduced = lexicon.targetIntroducerBefore.test(before) || lexicon.roleBefore.test(before);
  const words = candidate.name.split(/\s+/);
  const looksLikePersonName =
    !candidate.quoted &&
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  // A bare "Foo Bar" may be a private person, whom we never name, or a place ("its San Francisco office"); a title
  // ("the Daily Sceptic") or a name with an organisation's word ("Sceptic Media") is neither.
  if (
    looksLikePersonName &&
    // "the rapper Foo Bar", "la cagnotte de Foo Bar": a role or the thing of theirs that is cut introduces them.
    !introduced &&
    !POSSESSED_BEFORE.test(before) &&
    !/(?:^|\s)the\s+$/u.test(before) &&
    !ORGANISATION_WORD.test(candidate.name)
  )
    return null;
  // German capitalises every noun: only an introduced or quoted name counts there.
  if (lexicon.lang === 'de' && !introduced && !candidate.quoted) return null;
  if (!introduced && !candidate.quoted && gapWords.length > 2) return null;
  if (passive && !introduced && !candidate.quoted && candidate.start !== segment[0] && gapWords.length > 3)
    return null;
  const known = lookupCandidate(context, candidate.name);
  if (known) return { party: { id: known.id, name: known.name }, end: candidate.end };
  const bare = candidate.name.replace(/['’]s$/u, '');
  const person = words.length === 1 ? context.people.get(bare.toLowerCase()) : undefined;
  if (person) return { party: person, end: candidate.end };
  const id = slugify(bare);
  if (id.length < 2 || /^\d+$/.test(id)) return null;
  const party = { id, name: bare };
  if (looksLikePersonName) context.people.set(words[words.length - 1]!.toLowerCase(), party);
  return { party, end: candidate.end };
}

/** A state the text names: the one "the government", "the regulator" or an agentless country-wide cut stand for. */
function rememberState(memory: ArticleMemory, entity: ExtractEntity): void {
  memory.lastState = entity;
  memory.stateFromDateline = false;
  memory.sentencesSinceState = 0;
}

/** A person named in full ("Carl Benjamin") is remembered by surname for the article's later, shorter mentions. */
function rememberPerson(people: Map<string, ClaimParty>, entity: ExtractEntity): void {
  if (entity.kind !== 'person') return;
  const words = entity.name.split(/\s+/);
  if (words.length < 2) return;
  people.set(words[words.length - 1]!.toLowerCase(), partyOf(entity));
}

function serviceForClaim(
  context: SentenceContext,
  verb: VerbMatch,
  segment: [number, number],
  actor: ExtractEntity | undefined,
  target: ExtractEntity | undefined,
): Service {
  if (verb.rule.service) return verb.rule.service;
  let best: { service: Service; distance: number; actorMatch: boolean } | null = null;
  for (const word of findServiceWords(context)) {
    if (word.start < segment[0] || word.end > segment[1]) continue;
    if (word.start >= verb.start && word.start < verb.end) continue;
    const distance = Math.abs(word.start - verb.start);
    const actorMatch =
      word.actor !== undefined &&
      actor !== undefined &&
      (word.actor === actor.id || word.actor === actor.parent);
    if (word.service === 'country_access' && !isState(actor)) continue;
    if (
      word.service === 'payments' &&
      word.actor === undefined &&
      actor?.kind !== 'payments' &&
      target === undefined
    )
      continue;
    if (
      !best ||
      (actorMatch && !best.actorMatch) ||
      (actorMatch === best.actorMatch && distance < best.distance)
    ) {
      best = { service: word.service, distance, actorMatch };
    }
  }
  if (best) {
    if (
      best.service === 'account' &&
      target?.kind === 'app' &&
      (actor?.id === 'apple' || actor?.id === 'google')
    )
      return 'app_store';
    return best.service;
  }
  switch (actor?.kind) {
    case 'host':
      return 'hosting';
    case 'registrar':
      return 'domain';
    case 'cdn_security':
      return 'cdn_security';
    case 'payments':
      return 'payments';
    case 'app_store':
      return 'app_store';
    default:
      break;
  }
  if (target?.kind === 'app' && (actor?.id === 'google' || actor?.id === 'apple')) return 'app_store';
  if (actor?.id === 'aws' || actor?.id === 'digitalocean') return 'hosting';
  return 'account';
}

function resolveAction(action: Action | 'auto', service: Service): Action {
  if (action !== 'auto') return action;
  switch (service) {
    case 'hosting':
    case 'domain':
    case 'cdn_security':
    case 'payments':
    case 'email':
      return 'terminate';
    case 'app_store':
    case 'content':
    case 'channel':
      return 'remove';
    case 'country_access':
      return 'block';
    default:
      return 'ban';
  }
}

function partyOf(entity: ExtractEntity): ClaimParty {
  return { id: entity.id, name: entity.name };
}

const LOCATION_BEFORE =
  /(?:accounts?|compte|comptes|Konto|Konten|cuentas?|contas?|profil\p{L}*|pages?|pagina|página|chaînes?|canal|channel|account)\s*(?:de |di |do |da |del |von |on |sur )?$|(?<![\p{L}])(?:on|sur|auf|bei|en|em|no|na|su|sul)\s+$/iu;
const LOCATION_AFTER =
  /^\s*-?(?:accounts?|Konto|Konten|Account|pages?|channels?|profiles?|handle)(?![\p{L}])/iu;

/** "Donald Trump's Facebook and Instagram accounts", "le compte Twitter de Trump": a platform named as the place. */
function isPlatformAsLocation(text: string, mention: EntityMention | undefined): boolean {
  if (!mention) return false;
  const before = text.slice(Math.max(0, mention.start - 20), mention.start);
  const after = text
    .slice(mention.end, mention.end + 40)
    .replace(/^\s*(?:(?:and|et|und|y|e|,)\s*[\p{L}]+\s*)+/u, '');
  return (
    LOCATION_BEFORE.test(before) ||
    LOCATION_AFTER.test(after) ||
    LOCATION_AFTER.test(text.slice(mention.end, mention.end + 20))
  );
}

function cancelledBefore(context: SentenceContext, verb: VerbMatch, segment: [number, number]): boolean {
  const windowText = context.text.slice(segment[0], verb.start);
  if (context.lexicon.cancel.test(windowText)) return true;
  // German puts the negation after the finite verb ("sperrte den Account nicht").
  if (context.lexicon.lang === 'de') {
    const after = context.text.slice(verb.end, segment[1]);
    if (/(?<![\p{L}])nicht(?!\s+(?:mehr|länger))(?![\p{L}])/iu.test(after) && /[.!]?\s*$/.test(after)) {
      if (/(?<![\p{L}])nicht\s*[.!,]?\s*$/iu.test(after)) return true;
    }
  }
  return false;
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

// A person, site or organisation that only qualifies the name after it ("Ex-Ku-Klux-Klan-Führer David Duke",
// "Trump-Anhänger", "former KKK leader David Duke"): the target is the person named, not the organisation.
const DESCRIPTIVE_PREFIX_AFTER =
  /^(?:-\p{L}|\s+(?:leader|founder|chief|head|boss|spokesman|spokeswoman|member|supporters?)\s+\p{Lu})/u;

/** A dateline ("MOSCOW, March 5 —", "BRASÍLIA (Reuters) -", "NEW DELHI –"): where the report was filed, no party. */
const DATELINE_PLACE =
  /^\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40}(?:,[^—–\n]{0,40}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s/u;

function datelineEnd(text: string): number {
  const match = DATELINE_PLACE.exec(text);
  if (match) return match[0].length;
  // "Wien –", "Roma –": a known place in ordinary case is a dateline too.
  return datelineStart(text)?.length ?? 0;
}

/** A state's name as the first part of a compound: "US-Konzern", "US-based", "China-owned", "EU-Bürger". */
const STATE_AS_MODIFIER =
  /^-(?:based|owned|run|backed|born|Konzern|Unternehmen|Firma|Tech|Plattform|Dienst|Anbieter|Riese|Präsident|Senator|Nutzer|Bürger|Medien|Sender|Journalist|Rapper|Influencer|Milliardär|Unternehmer|Tochter|Start|App|Star|Politiker|Abgeordnet|Aktivist)/u;

/** "a small U.S. provider", "a Russian company": a state's name before a company noun says where it is based. */
const STATE_AS_ADJECTIVE =
  /^\.?\s+(?:provider|company|firm|start-?up|platform|host|hosting company|registrar|bank|app|network|outlet|broadcaster|operator|messaging app|tech (?:firm|company|giant))(?![\p{L}])/u;

function isDescriptivePrefix(text: string, mention: EntityMention, index: ExtractEntityIndex): boolean {
  const entity = index.get(mention.id);
  if (
    entity &&
    isState(entity) &&
    (STATE_AS_MODIFIER.test(text.slice(mention.end, mention.end + 16)) ||
      STATE_AS_ADJECTIVE.test(text.slice(mention.end, mention.end + 24)))
  )
    return true;
  if (!entity || !TARGET_ONLY_KINDS.has(entity.kind)) return false;
  // "Wikipedia-Sperre", "Sellner-Kanal", "Trump-Konto": the compound names what is cut, and its first part is the target.
  if (CUT_COMPOUND_AFTER.test(text.slice(mention.end, mention.end + 24))) return false;
  return DESCRIPTIVE_PREFIX_AFTER.test(text.slice(mention.end, mention.end + 40));
}

/** The second part of a German compound that names what is cut: "-Sperre", "-Verbot", "-Kanal", "-Konto". */
const CUT_COMPOUND_AFTER =
  /^-(?:Sperr\p{L}*|Verbot\p{L}*|Blockade|Bann|Rauswurf|Kanal|Kanäle|Konto|Konten|Account|Accounts|Seite|Seiten|Profil\p{L}*|App|Auftritt\p{L}*)(?![\p{L}])/u;

// "across the country", "dans tout le pays", "em todo o país", "en todo el país", "in tutto il Paese", "landesweit":
// the country is the one the article's state governs.
const COUNTRY_WIDE =
  /(?<![\p{L}])(?:across the country|nationwide|dans tout le pays|sur tout le territoire|en todo el país|em todo o (?:país|território)|in tutto il Paese|landesweit|im ganzen Land)(?![\p{L}])/iu;

function isNamedThing(entity: ExtractEntity, alias: string): boolean {
  return (
    (entity.kind === 'platform' || entity.kind === 'app' || entity.kind === 'site') &&
    !/store|play/iu.test(alias)
  );
}

/**
 * A sentence the pre-filter skipped may still name the state or the app the next one leaves unnamed ("O Tribunal
 * Superior Eleitoral perdeu a paciência com o Telegram. O aplicativo foi bloqueado em todo o país."): only those two
 * stand-ins are remembered; the institutions and countries that steer other rules stay those of scanned sentences.
 */
function primeMemory(
  text: string,
  lang: string,
  index: ExtractEntityIndex,
  date: string | null,
  memory: ArticleMemory,
): void {
  for (const mention of index.findMentions(text, lang, { date })) {
    const entity = index.get(mention.id);
    if (!entity) continue;
    rememberPerson(memory.people, entity);
    if (isState(entity)) rememberState(memory, entity);
    else if (isActorCapable(entity)) {
      memory.lastCompany = entity;
      memory.nextCompany = null;
    }
    if (isNamedThing(entity, text.slice(mention.start, mention.end))) memory.lastNamedThing = partyOf(entity);
    if (
      (entity.kind === 'app' || entity.kind === 'site') &&
      !/store|play/iu.test(text.slice(mention.start, mention.end))
    ) {
      memory.lastThing = partyOf(entity);
    }
    // "La chaîne de Dieudonné n'existe plus. YouTube l'a supprimée lundi": the pronoun's person was named in a
    // sentence the pre-filter skipped.
    if (entity.kind === 'person') memory.primedPerson = partyOf(entity);
  }
}

/** Picks, for an alias several entities share, the one of a country the article names; records states' countries. */
function resolveAlternatives(
  mentions: readonly EntityMention[],
  index: ExtractEntityIndex,
  countries: Set<string>,
): EntityMention[] {
  const resolved = mentions.map((mention) => {
    if (!mention.alternatives || mention.alternatives.length === 0) return mention;
    const choice = [mention.id, ...mention.alternatives].find((id) => {
      const country = index.get(id)?.country;
      return country !== undefined && countries.has(country);
    });
    return choice && choice !== mention.id ? { ...mention, id: choice } : mention;
  });
  for (const mention of resolved) {
    const entity = index.get(mention.id);
    if (entity?.country && isState(entity)) countries.add(entity.country);
  }
  return resolved;
}

function lastCommaBetween(text: string, from: number, to: number): number | undefined {
  const position = text.lastIndexOf(',', to - 1);
  return position >= from ? position : undefined;
}

function firstCommaBetween(text: string, from: number, to: number): number | undefined {
  const position = text.indexOf(',', from);
  return position >= 0 && position < to ? position : undefined;
}

/** True when the verb is an infinitive or follows "to"/"zu": a plan, a call or a threat, never a completed act. */
/**
 * A cleft before the verb: the opening ("c'est", "it was", "fue", "foi", "è stata"…), the name it puts forward, maybe an
 * inserted phrase, the relative ("qui", "who", "quien", "que", "a") and auxiliaries: "c'est Visa qui a suspendu…".
 */
const CLEFT =
  /(?:^|[,;:]\s*|\s)(?:c['’]est|ce sont|c['’]était|ce fut|it was|it is|it's|es|fue|fueron|era|foi|é|è stat[oa]|era stat[oa]|sono stati|è|fu)\s+(?:(?:le|la|les|l['’]|the|el|los|las|o|os|a|as|il|lo|gli)\s*)?((?-i:\p{Lu})[\p{L}\d.&'’-]*(?:\s+(?-i:\p{Lu})[\p{L}\d.&'’-]*){0,3})\s*(?:,[^,]{1,40},)?\s*(?:qui|who|that|quien|quienes|que|quem|a|ad|che)\s+(?:[\p{L}’']+\s+){0,4}$/iu;

/** The span of the name a cleft puts forward as the subject of `verb` ("c'est Visa qui a suspendu"), or null. */
function cleftActor(text: string, verb: VerbMatch): { start: number; end: number } | null {
  const before = text.slice(0, verb.start);
  const match = CLEFT.exec(before);
  if (!match) return null;
  const start = before.indexOf(match[1]!, match.index);
  return { start, end: start + match[1]!.length };
}

/**
 * A completed verb that governs the infinitive after it and makes it an act: began, started, decided, proceeded. Up to
 * three words between them (a day, an adverb), never a negation ("decided not to").
 */
const BEGUN_OR_DECIDED: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:began|begun|started|decided|proceeded|went on)\s+(?:(?!not\s|never\s)[\p{L}\d,'’-]+\s+){0,3}?to\s+$/iu,
  fr: /(?<![\p{L}])(?:commencé|commence|commencent|commença|décidé|décide|décident|décida|entrepris|entreprend|procédé|fini|finit)\s+(?:(?!pas\s|jamais\s)[\p{L}\d,'’-]+\s+){0,3}?(?:à|de|d['’]|par)\s*$/iu,
  es: /(?<![\p{L}])(?:comenzó|comenzaron|comenzado|comienza|comenzaba|empezó|empezaron|empezado|empieza|decidió|decidieron|decidido|procedió|procedieron|procedido|pasó|pasaron|acabó|terminó)\s+(?:(?!no\s|nunca\s)[\p{L}\d,'’-]+\s+){0,3}?(?:a|de|por)?\s*$/iu,
  pt: /(?<![\p{L}])(?:começou|começaram|começado|começa|passou|passaram|passa|decidiu|decidiram|decidido|resolveu|resolveram|iniciou|acabou|acabaram)\s+(?:(?!não\s|nunca\s)[\p{L}\d,'’-]+\s+){0,3}?(?:a|por)?\s*$/iu,
  it: /(?<![\p{L}])(?:cominciato|cominciata|iniziato|iniziata|cominciò|iniziò|comincia|inizia|deciso|decisa|decise|decisero|proceduto|procedette|procede|finito|finì)\s+(?:(?!non\s|mai\s)[\p{L}\d,'’-]+\s+){0,3}?(?:a|ad|di|per)\s*$/iu,
  de: /(?<![\p{L}])(?:begonnen|begann|begannen|beginnt|angefangen|beschlossen|beschloss|beschlossen|entschieden|entschied)(?![\p{L}])(?:(?!\s(?:nicht|kein\p{L}*)\s)[^.;]){0,80}$/iu,
};

function isInfinitive(context: SentenceContext, verb: VerbMatch): boolean {
  const lastWord = verb.text.split(/\s+/).pop() ?? '';
  const before = context.text.slice(Math.max(0, verb.start - 12), verb.start);
  // "foi a vez de a Apple a excluir", "fue el turno de Apple de retirarla": a completed turn, in the infinitive.
  if (
    /(?:a vez d[eoa]|el turno de|le tocó a)\s+(?:\S+\s+){0,3}$/iu.test(
      context.text.slice(Math.max(0, verb.start - 40), verb.start),
    )
  ) {
    return false;
  }
  // "Era stata Meta, venerdì, a bandire…": the infinitive of an Italian cleft states the act.
  if (context.lexicon.lang === 'it' && cleftActor(context.text, verb) !== null) return false;
  // "began to block", "a commencé jeudi à bloquer", "ha deciso di sospendere": a begun or decided act is no plan.
  const governor = BEGUN_OR_DECIDED[context.lexicon.lang];
  if (governor?.test(context.text.slice(Math.max(0, verb.start - 90), verb.start))) return false;
  switch (context.lexicon.lang) {
    case 'en':
      return /(?<![\p{L}])to\s+$/iu.test(before);
    case 'fr':
      return /(?:er|ir|dre)$/iu.test(lastWord) && verb.text.split(/\s+/).length === 1;
    case 'es':
    case 'pt':
      return /(?:ar|er|ir)$/iu.test(lastWord) && verb.text.split(/\s+/).length === 1;
    case 'it':
      return /(?:are|ere|ire)$/iu.test(lastWord) && verb.text.split(/\s+/).length === 1;
    case 'de':
      return /(?<![\p{L}])zu\s+$/iu.test(before) || /\p{L}zu\p{L}{3,}en$/u.test(lastWord);
    default:
      return false;
  }
}

/**
 * A single post, video or message taken down is not an event (DESIGN §3): the object right after the verb, or the
 * subject of a passive, names one item ("removed a video", "um vídeo publicado", "einen Beitrag", "four of his videos").
 */
const SINGLE_ITEM =
  /^\s*(?:(?:[\p{L}\d()-]+\s+){0,4}?)(?:(?:a|an|one|two|three|four|several|some|un|une|des|deux|plusieurs|einen|ein|eine|zwei|mehrere|unos?|unas?|dos|varios|um|uma|dois|vários|alguns|uno|una|due|alcuni)\s+(?:of\s+(?:his|her|their|its)\s+|de\s+ses\s+|seiner\s+|ihrer\s+)?)?(?:(?:his|her|their|its|the|son|sa|ses|le|la|les|sein\w*|ihr\w*|den|die|das|su|sus|el|la|o|a|seu|sua|il|lo|suo|sua)\s+)?(?:(?:last|latest|dernier|dernière|letzten?|último|última|ultimo)\s+)?(?:video|vídeo|vidéo|post|posts|tweet|tweets|message|messages|publication|publicação|publicación|publicaci|mensagem|mensaje|messaggio|Beitrag|Beiträge|Video|Videos|Tweet|Nachricht|pubblicazione|post\w*|episode|épisode|Folge|publicações|publicaciones|mensagens|mensajes|messaggi|vídeos|vidéos|Nachrichten)(?![\p{L}])/iu;
/** "o aplicativo de mensagens Telegram", "the messages app": a messaging service, not a single message. */
const MESSAGING_SERVICE =
  /(?<![\p{L}])(?:(?:aplicativo|app|aplicação|serviço|plataforma|aplicación|servicio|application|service|applicazione|servizio) (?:de|di) (?:mensagens|mensajes|messages|messaggi)|(?:messages?|messaging) (?:app|service))(?![\p{L}])/iu;
const SINGLE_ITEM_BEFORE =
  /(?:^|\s)(?:a|an|one|the|un|une|le|la|ein|eine|der|die|das|un|una|el|um|uma|o|il|lo)\s+(?:video|vídeo|vidéo|post|tweet|message|publication|publicação|publicación|mensagem|mensaje|messaggio|Beitrag|Video|Tweet|Nachricht|pubblicazione)\s+(?:\S+\s+){0,6}$/iu;
/** ", the company said on Wednesday", ", a annoncé jeudi Mark Zuckerberg": the report's own attribution dates the fact. */
const ATTRIBUTION_CLAUSE =
  /^[,\s]*[^,.;]{0,40}?(?<![\p{L}])(?:said|says|announced|told|confirmed|a (?:annoncé|indiqué|déclaré|confirmé)|teilte|erklärte|bestätigte|informó|anunció|dijo|confirmó|disse|anunciou|informou|confirmou|ha (?:annunciato|detto|comunicato|confermato))(?![\p{L}])/iu;
/** A relative clause opened after a comma and not yet closed: ", who recently joined", ", qui a rejoint", ", der …". */
const OPEN_RELATIVE_BEFORE =
  /,\s*(?:who|which|qui|que|quien|quienes|cual|che|il quale|la quale|der|die|das|den|dem|deren|dessen)\s[^,;]*$/iu;
const RELATIVE_CLAUSE =
  /^[,\s]*(?:qui|which|who|where|où|que|che|der|die|das|wo|donde|onde|dove|cui)(?![\p{L}])/iu;

/** A subject that stands for the article's last actor ("It stopped protecting…", "Le groupe a retiré…"). */
const SUBJECT_PRONOUN =
  /^\s*(?:\p{L}+\s+){0,2}?(?:it|the company|the firm|the platform|il|elle|l['’]entreprise|la société|le groupe|la plateforme|er|es|das Unternehmen|der Konzern|die Plattform|la empresa|la compañía|la plataforma|a empresa|a companhia|a plataforma|l['’]azienda|la società|la piattaforma)\s+(?:\p{L}+\s+){0,3}?$/iu;

/**
 * An epithet for a company as the subject, at the start of the sentence or of its clause ("The San Francisco company",
 * "the iPhone maker", "le géant américain", "der Konzern", "la compañía", "a empresa", "il colosso di Mountain View").
 */
const COMPANY_EPITHET_SUBJECT =
  /(?:^|[,;:]\s+|\b(?:that|que|dass|che)\s+)(?:the|its|le|la|l['’]|der|die|das|el|la|a|o|il|lo)\s*(?:[\p{L}\d.-]+\s+){0,3}?(?:[\p{L}\d]+-)?(?:company|firm|provider|giant|group|operator|maker|platform|network|service|entreprise|société|firme|groupe|géant|plateforme|réseau social|hébergeur|fournisseur|Konzern|Unternehmen|Firma|Anbieter|Plattform|Dienst|Riese|empresa|compañía|firma|plataforma|gigante|proveedor|red social|rede social|social network|soziale Netzwerk|Kurznachrichtendienst|companhia|gigante|provedor|azienda|società|colosso|gruppo|piattaforma|fornitore)\s+(?:[\p{L}’'.-]+,?\s+){0,8}$/iu;

/** The place a passive takes its target from, named by an epithet: "from the platform", "de la plateforme". */
const EPITHET_SOURCE =
  /(?<![\p{L}])(?:from (?:the|its) (?:[\p{L}-]+ ){0,2}(?:platform|service|site|network|company)|(?:de|du) (?:la |le |l['’])?(?:plateforme|réseau social|service|site|réseau)|(?:von|aus|auf) der (?:[\p{L}-]*[Pp]lattform|Seite)|(?:aus|von) dem (?:Dienst|Netzwerk|Portal)|(?:vom|im) (?:Dienst|Netzwerk|Portal)|de la (?:plataforma|red social)|del (?:servicio|sitio|portal)|da (?:plataforma|rede social)|do (?:serviço|site|portal)|dalla (?:piattaforma|rete)|dal (?:servizio|sito|social network|portale))(?![\p{L}])/iu;

const PRO_DROP_LANGS = new Set(['es', 'pt', 'it']);
/**
 * Before a verb whose subject is dropped: nothing, or adverbs and time phrases in lower case (the first word may be
 * capitalised), never a reflexive or impersonal "se"/"si" ("Se bloqueó el acceso" has no agent) nor a name.
 */
const DROPPED_SUBJECT_BEFORE =
  /^[\s,]*(?:(?!(?:[Ss][ei]|[Qq]ue|[Cc]he|[Cc]ui|[Qq]uien\p{Ll}*|[Dd]onde|[Oo]nde|[Cc]uando|[Qq]uando|[Cc]omo|[Cc]ome)\s)(?:\p{Lu}\p{Ll}*|\p{Ll}+)[\s,]+)?(?:(?!(?:s[ei]|que|che|cui|quien\p{Ll}*|donde|onde|cuando|quando|como|come|qual\p{Ll}*|cual\p{Ll}*|cuy\p{Ll}*|cuj\p{Ll}*|dont)\s)\p{Ll}+[\s,]+){0,5}$/u;

/**
 * A role noun for a state body as the subject ("the regulator", "le régulateur", "die Behörde", "el regulador",
 * "o tribunal", "l'autorità", "the court", "the government"): the state the article named last acts.
 */
const STATE_ROLE_SUBJECT =
  /(?:^|[,;:—–]\s*|\s-\s+|(?<![\p{L}])(?:that|que|dass|che)\s+)(?:the (?:regulator|agency|watchdog|authority|authorities|court|judge|government|ministry|kremlin)|(?:the )?authorities|(?:le|la|l['’]) ?(?:régulateur|gendarme|autorité|tribunal|juge|cour|gouvernement|ministère|justice)|les autorités|(?:die|der|das) (?:Behörde|Regulierer|Aufsicht|Medienaufsicht|Regierung|Gericht|Richter|Ministerium|Justiz)|die Behörden|(?:el|la) (?:regulador|autoridad|organismo|tribunal|juez|jueza|corte|gobierno|ministerio|justicia)|las autoridades|(?:o|a) (?:regulador|órgão|agência|autoridade|tribunal|juiz|juíza|corte|governo|ministério|justiça)|as autoridades|(?:il|la|l['’]) ?(?:regolatore|autorità|garante|tribunale|giudice|corte|governo|ministero|magistratura)|le autorità)\s+(?:[\p{L}\d’'.-]+,?\s+){0,8}$/iu;

// Accounts frozen to secure the payment of fines are bank accounts even when the word "bank" is missing ("bloqueia
// contas da Starlink para garantir pagamento de multas"): a seizure of money, not a service cut-off.
const BANK_ACCOUNTS =
  /(?<![\p{L}])(?:bank accounts?|comptes? bancaires?|Bankkont\p{L}*|cuentas? bancarias?|contas? bancárias?|cont[oi] (?:correnti|bancari\p{L}*)|to (?:guarantee|secure|ensure) (?:the )?payment|pour (?:garantir|assurer) le paiement|um die (?:Zahlung|Begleichung)|para (?:garantizar|asegurar) el pago|para (?:garantir|assegurar) (?:o )?pagamento|per (?:garantire|assicurare) il pagamento)(?![\p{L}])/iu;
const COORDINATION_BEFORE = /(?:^|\s)(?:and|et|und|y|e|ed)\s+(?:\p{L}+\s+)?$/iu;
const ACCOUNT_WORDS =
  /(?<![\p{L}])(?:accounts?|pages?|channels?|profiles?|comptes?|chaînes?|Kont\w*|Kanal|Kanäle|Accounts?|cuentas?|canal\w*|perfil\w*|contas?|canais|account|profil[oi]|canal[ei])(?![\p{L}])/iu;

/** "from Monday", "à partir de lundi", "ab Montag", "da lunedì": the measure starts later, it is announced. */
const FUTURE_START =
  /(?<![\p{L}])(?:from|starting|as of|à partir de|dès|ab|a partir de|a partir del|desde el próximo|da|a partire da)\s+(?:next\s+|prochain\s+|nächsten\s+|el\s+|la\s+|o\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|segunda|terça|quarta|quinta|sexta|amanhã|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani)(?![\p{L}])/iu;

/**
 * An announced restoration that has not happened yet: "…, qui seront rétablis dans les prochaines semaines", "will be
 * restored in the coming weeks". A news report of a decision to lift a ban often says when it will take effect; the
 * restoration itself is a later event with its own report.
 */
const FUTURE_RESTORATION =
  /(?<![\p{L}])(?:will be (?:restored|reinstated|unblocked|back)|in the coming (?:days|weeks|months)|over the coming (?:days|weeks)|(?:sera|seront) (?:rétabli|réactivé|débloqué|de retour)\w*|dans les (?:prochains jours|prochaines semaines|prochains mois)|(?:wird|werden) (?:\p{L}+ ){0,4}(?:wieder freigeschaltet|wiederhergestellt|entsperrt)(?! (?:worden|sein))|in den (?:kommenden|nächsten) (?:Tagen|Wochen|Monaten)|(?:será|serán) (?:restablecid|reactivad|desbloquead)\w*|en (?:los próximos días|las próximas semanas|los próximos meses)|(?:será|serão) (?:restabelecid|reativad|desbloquead)\w*|n(?:os|as) próxim(?:os dias|as semanas|os meses)|(?:sarà|saranno) (?:ripristinat|riattivat|sbloccat)\w*|nei prossimi (?:giorni|mesi)|nelle prossime settimane)(?![\p{L}])/iu;

/**
 * "retira la colecta de los camioneros que bloquean Ottawa": a verb right after a relative pronoun has the noun before
 * the pronoun as its subject, not the previous verb's subject.
 */
const RELATIVE_PRONOUN_BEFORE_VERB =
  /(?<![\p{L}])(?:que|qui|who|which|that|che|die|der|das|(?:cuy[oa]s?|cuj[oa]s?|whose|dont(?: les?| la)?|i cui|deren|dessen)\s+\p{L}+)\s+$/iu;

/** An order addressed to someone before the verb it governs ("ordered the operators to", "a ordonné à Google de"). */
const ORDER_BEFORE =
  /(?<![\p{L}])(?:order(?:ed|s)?|direct(?:ed|s)|instruct(?:ed|s)|told|ordonn\p{L}*|enjoin\p{L}*|angewiesen|aufgefordert|verpflichtet|orden(?:ó|a|aron)|ordenou|determinou|mandou|ordin(?:ato|ò|a))(?![\p{L}])/iu;

/** The head nouns of state bodies, per language: a court's or a regulator's name starts with one. */
const INSTITUTION_HEAD: Readonly<Record<string, string>> = {
  en: "(?:(?:[A-Z][\\p{L}'’-]+\\s+){0,3}(?:Council|Commission|Authority|Agency|Court|Tribunal|Ministry|Regulator|Board|Bureau)(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]+(?:\\s+(?:and\\s+)?[A-Z][\\p{L}'’-]+){0,4})?)",
  fr: "(?:(?:Haute\\s+)?(?:Conseil|Commission|Autorité|Agence|Cour|Tribunal|Ministère|Haut Conseil)(?:\\s+(?!a\\s|ont\\s|avait\\s)[\\p{L}'’-]+){0,6})",
  de: '(?:[A-ZÄÖÜ][\\p{L}-]*(?:behörde|gericht|ministerium|kommission|aufsicht|amt|rat)(?:\\s+[A-ZÄÖÜ][\\p{L}-]+){0,2})',
  es: "(?:(?:Consejo|Comisión|Autoridad|Agencia|Tribunal|Juzgado|Ministerio|Corte|Superintendencia|Instituto)(?:\\s+(?!ha\\s|han\\s|había\\s)[\\p{L}'’-]+){0,6})",
  pt: "(?:(?:Conselho|Comissão|Autoridade|Agência|Tribunal|Ministério|Corte|Vara|Superintendência|Instituto)(?:\\s+(?!tem\\s|tinha\\s|havia\\s)[\\p{L}\\dª'’-]+){0,6})",
  it: "(?:(?:Consiglio|Commissione|Autorità|Agenzia|Tribunale|Corte|Ministero)(?:\\s+(?!ha\\s|hanno\\s|aveva\\s)[\\p{L}'’-]+){0,6})",
};

const INSTITUTION_SUBJECT: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(INSTITUTION_HEAD).map(([lang, head]) => [
    lang,
    new RegExp(
      `^\\s*(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['’]|[Dd]er|[Dd]ie|[Dd]as|[Ee]l|[Oo]|[Aa]|[Ii]l|[Ll]o)\\s*)?((?:\\d+[ªºa]?\\.?\\s+)?${head})\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:,[^,]{1,80},\\s*)?$`,
      'u',
    ),
  ]),
);

/** Auxiliaries and adverbs between a subject and its verb, dropped before reading the subject. */
const TRAILING_AUXILIARY =
  /(?:\s+(?:a|ont|avait|avaient|a\s+déjà|has|have|had|hat|hatte|hatten|haben|ha|han|había|habían|tem|têm|tinha|tinham|hanno|aveva|avevano|also|aussi|déjà|already|auch|bereits|también|ya|também|já|anche|già))+\s*$/iu;

const COURT_HEAD = /court|cour|tribunal|gericht|juzgado|corte|vara|tribunale/iu;

/**
 * A court, regulator or ministry the catalogue does not know, named as the clause's subject ("Le Conseil supérieur de
 * la communication (CSC) a suspendu…", "the Communications Authority of Kenya ordered…"): an actor with a slug, of the
 * country the article is about.
 */
function unknownInstitution(
  text: string,
  segment: [number, number],
  pivot: number,
  lang: string,
  memory: ArticleMemory,
): ExtractEntity | null {
  const pattern = INSTITUTION_SUBJECT[lang];
  if (!pattern) return null;
  const start = Math.max(segment[0], datelineEnd(text));
  if (start >= pivot) return null;
  // The subject ends at the verb, or at the German auxiliary ("Das Landgericht Hamburg hat … gesperrt").
  const subject = `${text.slice(start, pivot)} `.replace(TRAILING_AUXILIARY, ' ');
  const match = pattern.exec(subject);
  if (!match) return null;
  const name = match[1]!.trim();
  const id = slugify(name);
  if (id.length < 4 || name.split(/\s+/).length < 2) return null;
  const country = memory.lastState?.country ?? [...memory.countries][0];
  return { id, name, kind: COURT_HEAD.test(name) ? 'court' : 'regulator', country };
}

/** A passive's agent named by a state's role: "by the regulator", "dallo stesso regolatore", "von der Behörde". */
const AGENT_STATE_ROLE =
  /(?<![\p{L}])(?:by|par|von|vom|por|pelo|pela|dal|dalla|dallo|dall['’])\s+(?:(?:the|le|la|les|l['’]|der|dem|den|el|los|las|o|os|a|as)\s*)?(?:(?:same|même|selben|gleichen|mismo|misma|mesmo|mesma|stesso|stessa)\s+)?(?:regulator|authorities|authority|government|court|watchdog|régulateur|gendarme|autorités|autorité|gouvernement|tribunal|justice|Behörden?|Regierung|Gericht|Regulierer|Aufsicht|regulador|autoridades|autoridad|gobierno|justicia|órgão|agência|governo|justiça|regolatore|autorità|tribunale|garante)(?![\p{L}])/iu;

/** A perfect infinitive passive: "after having been", "après avoir été", "depois de ter sido", "dopo essere stato". */
const PERFECT_INFINITIVE_PASSIVE =
  /(?<![\p{L}])(?:having been|avoir été|ter sido|haber sido|essere stat[oaie]|worden zu sein)\s+$/iu;

/** The thing of a person's that is cut, right before their name: "the account of", "la cagnotte de", "das Konto von". */
const POSSESSED_BEFORE =
  /(?<![\p{L}])(?:accounts?|pages?|channels?|profiles?|fundraisers?|campaigns?|comptes?|chaînes?|profils?|cagnottes?|collectes?|Kont(?:o|en)|Kan(?:al|äle)|Seiten?|Profile?|cuentas?|canal(?:es)?|perfil(?:es)?|contas?|canais|perfis|vaquinhas?|profil[oi]|canal[ei]|pagin[ae]|raccolt[ae])\s+(?:of|de|d['’]|du|des|von|der|di|del|della|da|do|dos|das)\s*$/iu;

/** A word that makes a capitalised name an organisation's or a title's, not a person's. */
const ORGANISATION_WORD =
  /(?<![\p{L}])(?:Media|News|Union|Party|Group|Network|Times|Post|Daily|Herald|Tribune|Gazette|Journal|Magazine|Press|Radio|TV|Television|Foundation|Institute|Project|Forum|Records|Games|Studios?|Labs|Inc|Ltd|Movement|Alliance|Coalition|Society|Association|Club|Church|Front|Council|Centre|Center|Channel|Report|Podcast|Show|Watch|Review)(?![\p{L}])/u;

/** The cut a restoration lifts, named by its noun ("lifted the ban", "levée du blocage", "hob die Sperre auf"). */
const CUT_NOUNS =
  'ban|block|blocking|blockade|suspension|shutdown|blackout|restrictions|blocage|interdiction|coupure|bannissement|mesure|Sperr\\p{L}*|Verbot\\p{L}*|Blockade|bloqueo|prohibición|suspensión|bloqueio|proibição|suspensão|blocco|divieto|sospensione|oscuramento';
const LIFTED_CUT_NOUN = new RegExp(`(?<![\\p{L}])(?:${CUT_NOUNS})(?![\\p{L}])`, 'iu');
/** The same noun opening a verb rule's match ("Die Sperre [wurde … aufgehoben]"). */
const LIFTED_CUT_NOUN_START = new RegExp(`^(?:${CUT_NOUNS})(?![\\p{L}])`, 'iu');

/** "depuis le 30 août", "since August 30", "seit dem 30. August", "desde", "dal 30 agosto": a state in force since. */
const SINCE_CUE = /(?<![\p{L}])(?:depuis|since|seit|desde|dal|dall['’]|dalla)(?![\p{L}])/iu;

const STORE_NAME = /store|play|podcasts/iu;

/**
 * "revoked the limitation, which had been in force since 31 March", "en vigueur depuis", "die seit dem 31. März in
 * Kraft war", "vigente desde", "em vigor desde", "in vigore dal": a lifted measure in force since a date is also the
 * report of the cut itself, by the same actor, on that date.
 */
const IN_FORCE_SINCE =
  /(?<![\p{L}])(?:(?:in force|in place|in effect)\s+since|en vigueur depuis|seit(?=(?:[^.;]|(?<=\d)\.){0,40}?(?:in Kraft|galt|bestand))|(?:vigente|en vigor|em vigor|in vigore)\s+(?:desde|dal|dall['’]|dalla))(?![\p{L}])/iu;

/**
 * The pronoun standing for this verb's object: a noun phrase ("the site", "l'application") anywhere in the clause, or
 * a short clitic ("l'", "lo", "la", "o") only right before the verb, where it is an object and not an article.
 */
function findPronoun(
  text: string,
  lexicon: CompiledLexicon,
  verb: VerbMatch,
  segment: [number, number],
): string | null {
  lexicon.pronounTargetAll.lastIndex = 0;
  for (const match of execAll(lexicon.pronounTargetAll, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // A clitic stands right before its verb, with at most auxiliaries and adverbs between ("l'ont également banni"),
    // never a name ("a Google retirou": "a" is the article of Google).
    const inSentenceScope =
      match[0].length > 3 ||
      (end <= verb.start && end >= verb.start - 16 && !/\p{Lu}/u.test(text.slice(end, verb.start)));
    if (!inSentenceScope) continue;
    if (match[0].length <= 3 && (start < segment[0] || start > segment[1])) continue;
    return match[0];
  }
  return null;
}

/** A follow cue right after a name ("Apple followed a day later"): the name is that clause's subject. */
function followsRightAfter(text: string, end: number, lexicon: CompiledLexicon): boolean {
  const match = lexicon.follow.exec(text.slice(end, end + 40));
  return match !== null && /^\s*$/.test(text.slice(end, end + match.index));
}

/** A pronoun that stands for a thing (an app, a site, a network), not for a person. */
const THING_PRONOUN =
  /site|app|platform|network|service|réseau|plateforme|application|Seite|Plattform|Netzwerk|Dienst|aplicación|plataforma|red|aplicativo|aplicação|rede|applicazione|piattaforma|sito|servizio/iu;

/**
 * A participle with its agent and no auxiliary, in apposition or a headline: "Wikipedia, oscurata dalla BTK il 29
 * aprile", "la suspensión, ordenada por la Audiencia Nacional", "Parler, dropped by Amazon". Passive when an actor is
 * named right after an agent marker and no actor stands before the participle in its clause.
 */
function participleWithAgent(
  text: string,
  verb: VerbMatch,
  segment: [number, number],
  mentions: readonly EntityMention[],
  index: ExtractEntityIndex,
  lexicon: CompiledLexicon,
): boolean {
  if (lexicon.lang === 'de' || /ing$/iu.test(verb.text)) return false;
  const agent = mentions.find(
    (m) =>
      m.start >= verb.end &&
      m.start - verb.end <= 40 &&
      isActorCapable(index.get(m.id)!) &&
      lexicon.agentBefore.test(text.slice(verb.end, m.start)) &&
      !/[,;:]/u.test(text.slice(verb.end, m.start)),
  );
  if (!agent) return false;
  // "Parler, dropped by Amazon": the name the participle stands in apposition to is its object, not a subject.
  return !mentions.some((m) => {
    const entity = index.get(m.id);
    return (
      m.start >= segment[0] &&
      m.end <= verb.start &&
      entity !== undefined &&
      isActorCapable(entity) &&
      !/^\s*,\s*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(m.end, verb.start))
    );
  });
}

/** "the day before", "la veille": the day before the article's previous claim. */
const DAY_BEFORE_PATTERN =
  /(?<![\p{L}])(?:the day before|a day earlier|la veille|am Vortag|am Tag zuvor|el día anterior|la víspera|na véspera|no dia anterior|il giorno prima|la vigilia)(?![\p{L}])/iu;

/** "a day later", "le lendemain": the day after the article's previous claim. */
const DAY_AFTER_PATTERN =
  /(?<![\p{L}])(?:a day later|one day later|the (?:next|following) day|le lendemain|le jour suivant|am (?:nächsten|folgenden) Tag|am Folgetag|tags darauf|al día siguiente|un día después|no dia seguinte|um dia depois|il giorno (?:dopo|successivo)|l['’]indomani)(?![\p{L}])/iu;

/** "la veille" / "le lendemain" read against the previous claim's day, or null. */
function dayNextToPrevious(text: string, previous: ExtractedClaim | undefined): ClaimDate | null {
  if (previous?.date_precision !== 'day' || !previous.date) return null;
  const shift = DAY_BEFORE_PATTERN.test(text) ? -1 : DAY_AFTER_PATTERN.test(text) ? 1 : 0;
  if (shift === 0) return null;
  const moved = new Date(`${previous.date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + shift);
  return {
    date: moved.toISOString().slice(0, 10),
    date_precision: 'day',
    date_basis: 'relative',
    time: null,
  };
}

/** The article's last claim dated by its own words. */
function previousDated(claims: readonly ExtractedClaim[], memory: ArticleMemory): ExtractedClaim | undefined {
  const dated = (claim: ExtractedClaim) => claim.date_basis !== 'published' && claim.date !== null;
  return claims.findLast(dated) ?? memory.lastClaims.findLast(dated);
}

/** "the same day", "le même jour": the date of the article's previous claim. */
const SAME_DAY_PATTERN =
  /(?<![\p{L}])(?:the same day|that same day|le (?:même jour|jour même)|am (?:selben|gleichen) Tag|el mismo día|ese mismo día|no mesmo dia|nesse mesmo dia|lo stesso giorno|nello stesso giorno)(?![\p{L}])/iu;

function extractFromSentence(
  context: SentenceContext,
  memory: ArticleMemory,
  claims: ExtractedClaim[],
): void {
  const { text, lexicon, index } = context;
  if (memory.nextCompany) {
    memory.lastCompany = memory.nextCompany;
    memory.nextCompany = null;
  }
  let started = now();
  const mentions = resolveAlternatives(
    index.findMentions(text, lexicon.lang, { date: context.articleDate }),
    index,
    memory.countries,
  ).filter((mention) => !isDescriptivePrefix(text, mention, index) && mention.end > datelineEnd(text));
  for (const mention of mentions) {
    const entity = index.get(mention.id);
    if (entity) rememberPerson(memory.people, entity);
    if (entity && isState(entity)) rememberState(memory, entity);
    // Remembered for the next sentences: inside this one, an epithet stands for a company named before it.
    if (entity && !isState(entity) && isActorCapable(entity)) memory.nextCompany = entity;
    if (entity && isNamedThing(entity, text.slice(mention.start, mention.end)))
      memory.lastNamedThing = partyOf(entity);
    if (
      entity?.country &&
      (entity.kind === 'regulator' || entity.kind === 'court') &&
      !memory.institutions.has(entity.country)
    ) {
      memory.institutions.set(entity.country, entity);
    }
  }
  if (context.profile) context.profile.msEntityMatching += now() - started;
  started = 0;
  const verbs = dropAdjectivalParticiples(text, findVerbs(text, lexicon));
  const targetOnlyMentions = mentions.filter((m) => {
    const entity = index.get(m.id);
    return entity !== undefined && !isActorCapable(entity);
  });
  for (const mention of mentions) {
    const entity = index.get(mention.id);
    if (
      entity &&
      (entity.kind === 'app' || entity.kind === 'site') &&
      !/store|play/iu.test(text.slice(mention.start, mention.end))
    ) {
      memory.lastThing = partyOf(entity);
    }
  }
  const rememberLastTarget = () => {
    const lastMention = targetOnlyMentions[targetOnlyMentions.length - 1];
    if (lastMention) {
      memory.lastTarget = partyOf(index.get(lastMention.id)!);
      memory.primedPerson = null;
    }
  };
  const followMatch = verbs.length === 0 ? lexicon.follow.exec(text) : null;
  if (verbs.length === 0 && !followMatch) {
    rememberLastTarget();
    return;
  }
  const sentenceCancelled =
    lexicon.sentenceCancel.test(text) || /\?\s*["»”]?$/.test(text) || BEFORE_IN_FORCE.test(text);
  if (sentenceCancelled) {
    rememberLastTarget();
    return;
  }
  if (followMatch) {
    extractFollow(context, memory, claims, mentions, followMatch.index);
    return;
  }
  const boundaries = findBoundaries(text, lexicon);
  const claimsBefore = claims.length;
  const waitForList = (
    emit: (
      parties: { party: ClaimParty; entity: ExtractEntity | undefined }[],
      evidence: string,
      confidenceCut: number,
    ) => void,
  ): void => {
    memory.pendingGroup = {
      text,
      ttl: 3,
      emit: (later, evidence) =>
        emit(
          later.map((party) => ({ party, entity: index.get(party.id) })),
          evidence,
          0.15,
        ),
    };
  };
  let previousActors: ExtractEntity[] = [];
  let previousSegmentEnd = -1;
  verbs.forEach((verb, verbIndex) => {
    const previousVerb = verbs[verbIndex - 1];
    const nextVerb = verbs[verbIndex + 1];
    const leftLimit = previousVerb ? previousVerb.end : 0;
    const rightLimit = nextVerb ? nextVerb.start : text.length;
    // Between two verbs with no clause word, a comma still separates the clauses ("Apple rimuove l'app, Twitter bandisce…").
    const leftBoundary =
      boundaries.filter((b) => b >= leftLimit && b < verb.start).pop() ??
      (previousVerb ? lastCommaBetween(text, previousVerb.end, verb.start) : undefined);
    const rightBoundary =
      boundaries.find((b) => b >= verb.end && b < rightLimit) ??
      (nextVerb ? firstCommaBetween(text, verb.end, nextVerb.start) : undefined);
    const hardLeft = boundaries.filter((b) => b < verb.start && /[;:]/.test(text[b] ?? '')).pop();
    const segmentStart = Math.max(leftBoundary ?? (previousVerb ? previousVerb.end : 0), hardLeft ?? 0);
    const segment: [number, number] = [segmentStart, rightBoundary ?? rightLimit];
    if (isInfinitive(context, verb)) return;
    if (FUTURE_START.test(text.slice(verb.end, segment[1]))) return;
    if (verb.rule.action === 'reinstate' && FUTURE_RESTORATION.test(text)) return;
    const afterVerb = text.slice(verb.end, Math.min(segment[1], verb.end + 60));
    if (BANK_ACCOUNTS.test(afterVerb) || SALES_OR_POLICY_OBJECT.test(afterVerb)) return;
    // "o próprio TikTok suspendeu o serviço", "the company itself switched it off": a self-withdrawal, not a cut-off.
    if (SELF_ACTOR.test(text.slice(segment[0], verb.start))) return;
    if (
      ((SINGLE_ITEM.test(afterVerb) && !MESSAGING_SERVICE.test(afterVerb)) ||
        SINGLE_ITEM_BEFORE.test(text.slice(segment[0], verb.start))) &&
      !ACCOUNT_WORDS.test(afterVerb.slice(0, 40))
    ) {
      return;
    }
    // "La Russie bloque Facebook et restreint Twitter": a verb coordinated with the previous one shares its subject.
    const coordinated =
      previousVerb !== undefined &&
      segment[0] === previousVerb.end &&
      COORDINATION_BEFORE.test(text.slice(previousVerb.end, verb.start));
    if (cancelledBefore(context, verb, segment)) return;
    const windowBefore = text.slice(segment[0], verb.start);
    const endsInIng = lexicon.lang === 'en' && /ing$/i.test(verb.text);
    // A cleft's "c'est", "fue", "foi" is no passive auxiliary: "C'est Visa qui a suspendu…" is active.
    const cleft = verb.rule.passive ? null : cleftActor(text, verb);
    const passive =
      verb.rule.passive ||
      (cleft === null &&
        !endsInIng &&
        (lexicon.lang === 'de'
          ? lexicon.passiveAnywhere.test(windowBefore)
          : lexicon.passiveBeforeVerb.test(windowBefore))) ||
      (cleft === null && participleWithAgent(text, verb, segment, mentions, index, lexicon));
    let pivot = verb.start;
    if (!passive && lexicon.auxiliary) {
      const auxiliary = lexicon.auxiliary.exec(windowBefore);
      if (auxiliary) pivot = segment[0] + auxiliary.index + auxiliary[0].length;
    }
    const roled = roleMentions(text, mentions, index, lexicon, pivot, segment, passive);
    let actors: ExtractEntity[] = [];
    let targets: ExtractEntity[] = [];
    const sources: ExtractEntity[] = [];
    const locatives: ExtractEntity[] = [];
    for (const mention of roled) {
      const entity = mention.entity;
      switch (mention.role) {
        case 'agent':
          actors.push(entity);
          break;
        case 'source':
          sources.push(entity);
          break;
        case 'locative':
          locatives.push(entity);
          break;
        case 'ignored':
          break;
        case 'pre':
          // "ByteDance's other apps … were pulled": a company in the possessive owns the targets, it is not one.
          if (
            passive &&
            isActorCapable(entity) &&
            /^['’]s\s+(?:other\s+)?(?:apps?|sites?|services?|products?)\b/iu.test(
              text.slice(mention.end, mention.end + 24),
            )
          )
            break;
          if (passive) targets.push(entity);
          else if (isActorCapable(entity)) actors.push(entity);
          else targets.push(entity);
          break;
        case 'post':
          if (
            passive &&
            isActorCapable(entity) &&
            !targets.some((t) => !isActorCapable(t)) &&
            targets.length > 0
          ) {
            actors.push(entity);
          } else targets.push(entity);
          break;
      }
    }
    if (coordinated && previousActors.length > 0) {
      const preIds = new Set(roled.filter((m) => m.role === 'pre').map((m) => m.entity.id));
      actors = [...previousActors];
      targets = targets.filter((t) => !preIds.has(t.id));
    }
    // In an active clause a person before the verb is its subject speaking for a company ("Elon Musk reinstated
    // Trump's account"), not its target, when something is named after the verb.
    if (!passive && roled.some((m) => m.role === 'post')) {
      const preTargets = new Set(
        roled.filter((m) => m.role === 'pre' && !isActorCapable(m.entity)).map((m) => m.entity.id),
      );
      const postIds = new Set(roled.filter((m) => m.role === 'post').map((m) => m.entity.id));
      targets = targets.filter((t) => !preTargets.has(t.id) || postIds.has(t.id));
    }
    // A state is never deplatformed here: named as a target it says where the action applies.
    for (const target of targets) if (isState(target) && target.kind === 'government') locatives.push(target);
    targets = targets.filter((t) => !isState(t));
    // Active clause with the subject after the verb (German V2, "Am Freitag sperrte Twitter den Account von Trump").
    if (
      !passive &&
      actors.length === 0 &&
      targets.some((t) => !isActorCapable(t)) &&
      targets.some(isActorCapable)
    ) {
      actors = targets.filter(isActorCapable);
      targets = targets.filter((t) => !isActorCapable(t));
    } else if (!passive && actors.length === 0 && targets.length >= 2 && isActorCapable(targets[0]!)) {
      // Verb before subject ("haben Apple und Google «Fortnite» entfernt"): the first list after the verb acts.
      const posts = roled.filter((m) => m.role === 'post');
      let nLeading = 1;
      while (
        nLeading < posts.length &&
        lexicon.listGap.test(text.slice(posts[nLeading - 1]!.end, posts[nLeading]!.start))
      )
        nLeading++;
      if (nLeading < posts.length && posts.slice(0, nLeading).every((m) => isActorCapable(m.entity))) {
        const leading = new Set(posts.slice(0, nLeading).map((m) => m.entity.id));
        actors = targets.filter((t) => leading.has(t.id));
        targets = targets.filter((t) => !leading.has(t.id));
      }
    }
    let confidence = 0.9;
    if (actors.length === 0 && sources.length > 0) {
      actors = sources;
      confidence -= 0.05;
    }
    if (actors.length === 0) {
      for (const word of findServiceWords(context)) {
        if (!word.actor || word.start < segment[0] || word.end > segment[1]) continue;
        const implied = index.get(word.actor);
        if (implied && !actors.includes(implied)) actors.push(implied);
      }
      if (actors.length > 0) confidence -= 0.1;
    }
    // "…were also pulled from both stores": the same act as the earlier one, so it keeps its day unless given one.
    let actorsFromBothPhrase = false;
    if (actors.length === 0) {
      const pair = actorsOfBothPhrase(text.slice(segment[0], segment[1]), claims, memory, index);
      if (pair.length === 2) {
        actors = pair;
        actorsFromBothPhrase = true;
        confidence -= 0.15;
      }
    }
    const countries = new Set<string>();
    let actorFromLocative = false;
    if (actors.length === 0 && locatives.length > 0) {
      actors = [locatives[0]!];
      actorFromLocative = true;
      confidence -= 0.1;
    } else {
      for (const locative of locatives) if (locative.country) countries.add(locative.country);
    }
    const hasSubjectBefore = roled.some((m) => m.start < verb.start);
    // "c'est Visa qui a suspendu…", "It was Twitter that suspended…", "Fue Twitter quien suspendió…".
    if (actors.length === 0) {
      const named = cleft
        ? mentions.find(
            (m) => m.start >= cleft.start && m.end <= cleft.end && isActorCapable(index.get(m.id)!),
          )
        : undefined;
      if (named) {
        actors = [index.get(named.id)!];
        confidence -= 0.05;
      }
    }
    if (
      actors.length === 0 &&
      !hasSubjectBefore &&
      memory.lastActor &&
      SUBJECT_PRONOUN.test(text.slice(segment[0], verb.start))
    ) {
      const previousActor = index.get(memory.lastActor.id);
      if (previousActor) {
        actors = [previousActor];
        confidence -= 0.15;
      }
    }
    if (
      actors.length === 0 &&
      memory.lastState &&
      !passive &&
      // The subject stands before the verb, or before the auxiliary in German ("Die Behörde hatte Facebook gesperrt").
      !roled.some((m) => m.start < pivot && isActorCapable(m.entity) && m.role !== 'ignored') &&
      STATE_ROLE_SUBJECT.test(`${text.slice(0, pivot)} `)
    ) {
      actors = [memory.lastState];
      confidence -= 0.15;
    }
    // Spanish, Portuguese and Italian drop the subject that continues: "También suspendió la cuenta de su campaña".
    if (
      actors.length === 0 &&
      !hasSubjectBefore &&
      !passive &&
      memory.lastActor &&
      PRO_DROP_LANGS.has(lexicon.lang) &&
      // Only a main clause at the sentence start (or after a semicolon): inside, a relative clause has its own subject.
      (segment[0] === 0 || /[;:]\s*$/.test(text.slice(0, segment[0]))) &&
      DROPPED_SUBJECT_BEFORE.test(text.slice(segment[0], verb.start))
    ) {
      const previousActor = index.get(memory.lastActor.id);
      if (previousActor) {
        actors = [previousActor];
        confidence -= 0.2;
      }
    }
    // "The San Francisco company announced that it was blocking the forum", "der US-Konzern sperrte…": an epithet for
    // a company stands for the company the article named last.
    if (
      actors.length === 0 &&
      !passive &&
      memory.lastCompany &&
      // The subject stands before the verb, or before the auxiliary in German ("Die Behörde hatte Facebook gesperrt").
      !roled.some((m) => m.start < pivot && isActorCapable(m.entity) && m.role !== 'ignored') &&
      COMPANY_EPITHET_SUBJECT.test(`${text.slice(0, pivot)} `)
    ) {
      actors = [memory.lastCompany];
      confidence -= 0.2;
    }
    // "Benjamin was removed from the crowdfunding service", "supprimé de la plateforme": the service named by an
    // epithet is the company the article named last.
    if (
      actors.length === 0 &&
      passive &&
      memory.lastCompany &&
      EPITHET_SOURCE.test(text.slice(segment[0], segment[1]))
    ) {
      actors = [memory.lastCompany];
      confidence -= 0.2;
    }
    // "The ban was lifted in August", "la suspension a été levée": the lifted cut is the article's last one, and it is
    // lifted by whoever imposed it.
    const liftedSubject =
      verb.rule.action !== 'auto' &&
      ACTION_CLASS[verb.rule.action] === 'restore' &&
      // The noun is the passive's subject before the verb, or the rule's match starts with it ("Die Sperre wurde …
      // aufgehoben").
      ((passive && LIFTED_CUT_NOUN.test(text.slice(segment[0], verb.end))) ||
        LIFTED_CUT_NOUN_START.test(text.slice(verb.start, verb.end)));
    if (actors.length === 0 && liftedSubject) {
      const cut = claims.findLast((claim) => ACTION_CLASS[claim.action] === 'cut');
      const cutActor = cut ? index.get(cut.actor.id) : undefined;
      if (cutActor) {
        actors = [cutActor];
        confidence -= 0.15;
      }
    }
    // "Several other accounts had been restored on Friday, including…": the article's previous act, by the same actor.
    if (
      actors.length === 0 &&
      passive &&
      OTHER_ITEMS_BEFORE.test(text.slice(Math.max(0, verb.start - 80), verb.start))
    ) {
      const verbAction = verb.rule.action;
      const earlier = claims.length > 0 ? claims : memory.lastClaims;
      const previousClaim =
        verbAction === 'auto'
          ? undefined
          : earlier.findLast((claim) => ACTION_CLASS[claim.action] === ACTION_CLASS[verbAction]);
      const previousActor = previousClaim ? index.get(previousClaim.actor.id) : undefined;
      if (previousActor) {
        actors = [previousActor];
        confidence -= 0.15;
      }
    }
    if (
      actors.length === 0 &&
      previousActors.length > 0 &&
      !hasSubjectBefore &&
      segment[0] <= previousSegmentEnd + 40 &&
      !RELATIVE_PRONOUN_BEFORE_VERB.test(text.slice(segment[0], verb.start))
    ) {
      actors = previousActors;
      confidence -= 0.05;
    }
    // "X était bloqué dans le pays depuis le 30 août": in a report of a lifting, the state that lifts a block is the
    // one that imposed it, so a passive cut in force "since" a date takes the article's state actor for that target.
    // "La red social estaba bloqueada … desde el 30 de agosto": a pronoun or a role noun stands for the target of the
    // state's restoration the article reported just before.
    let datedBySince = false;
    const sinceByPronoun =
      targets.length === 0 && actors.length === 0 && findPronoun(text, lexicon, verb, segment) !== null;
    if (
      (actors.length === 0 || actorFromLocative) &&
      verb.rule.action !== 'reinstate' &&
      (targets.length > 0 || sinceByPronoun) &&
      // English ends a clause at "since" (it also means "because"): the cue may open the next one.
      SINCE_CUE.test(text.slice(segment[0], segment[1] + 7))
    ) {
      const earlier = claims.length > 0 ? claims : memory.lastClaims;
      const sameTarget = sinceByPronoun
        ? earlier.findLast((claim) => claim.action === 'reinstate' && isState(index.get(claim.actor.id)))
        : earlier.findLast(
            (claim) => targets.some((t) => t.id === claim.target.id) && isState(index.get(claim.actor.id)),
          );
      const stateActor = sameTarget ? index.get(sameTarget.actor.id) : undefined;
      const pronounTarget = sinceByPronoun && sameTarget ? index.get(sameTarget.target.id) : undefined;
      if (sinceByPronoun && !pronounTarget) {
        // nothing to stand for: leave the clause to the ordinary pronoun rules
      } else if (stateActor && (!actorFromLocative || stateActor.country === actors[0]?.country)) {
        if (pronounTarget) targets = [pronounTarget];
        actors = [stateActor];
        datedBySince = true;
        if (!actorFromLocative) confidence -= 0.2;
      }
    }
    // A state's cut in force "since" a date is dated by that phrase, whoever the actor rule found.
    if (
      verb.rule.action !== 'reinstate' &&
      actors.length > 0 &&
      actors.every((a) => isState(a)) &&
      SINCE_CUE.test(text.slice(segment[0], segment[1] + 7))
    ) {
      datedBySince = true;
    }
    // "era stato bloccato dallo stesso regolatore", "blocked by the authorities": a state named by its role is the
    // state the article named last.
    if (
      actors.length === 0 &&
      passive &&
      memory.lastState &&
      AGENT_STATE_ROLE.test(text.slice(segment[0], segment[1]))
    ) {
      actors = [memory.lastState];
      confidence -= 0.15;
    }
    // "Lo stesso giorno era stato oscurato anche Twitter": a whole platform cut with no agent, right after the text
    // named a state (not only in its dateline), is that state's act. Not a restoration, nor anything about an account
    // ("His account on Twitter was reinstated").
    if (
      actors.length === 0 &&
      passive &&
      memory.lastState &&
      !memory.stateFromDateline &&
      memory.sentencesSinceState <= 2 &&
      verb.rule.action !== 'auto' &&
      ACTION_CLASS[verb.rule.action] === 'cut' &&
      !ACCOUNT_WORDS.test(text.slice(segment[0], segment[1])) &&
      targets.length > 0 &&
      targets.every((t) => t.kind === 'platform' || t.kind === 'app' || t.kind === 'site') &&
      // The platform stands next to its verb ("a été bloqué … Twitter" is another clause's subject when far).
      roled.some(
        (m) =>
          targets.includes(m.entity) &&
          Math.min(Math.abs(m.end - verb.start), Math.abs(m.start - verb.end)) <= 40,
      ) &&
      // "depois de ter sido retirada", "after having been removed": a time clause, not the act.
      !PERFECT_INFINITIVE_PASSIVE.test(text.slice(Math.max(0, verb.start - 24), verb.start))
    ) {
      actors = [memory.lastState];
      confidence -= 0.25;
    }
    // "The platform was blocked across the country" after a sentence naming the court: the state named last acts.
    let countryWideByState = false;
    if (
      actors.length === 0 &&
      passive &&
      verb.rule.action !== 'restrict' &&
      memory.lastState &&
      COUNTRY_WIDE.test(text.slice(segment[0], segment[1]))
    ) {
      actors = [memory.lastState];
      countryWideByState = true;
      confidence -= 0.25;
    }
    // "Le Conseil supérieur de la communication (CSC) a suspendu…": a state body the catalogue does not know.
    if (actors.length === 0 && !passive) {
      const institution = unknownInstitution(text, segment, pivot, lexicon.lang, memory);
      if (institution) {
        actors = [institution];
        confidence -= 0.15;
      }
    }
    actors = uniqueById(actors);
    if (actors.length === 0) return;
    const actorIds = new Set(actors.map((a) => a.id));
    const actorFamilies = new Set(
      actors.flatMap((a) => [a.id, a.parent].filter((id): id is string => id !== undefined)),
    );
    targets = uniqueById(targets.filter((t) => !actorIds.has(t.id)));
    // "Meta restored Trump's Facebook and Instagram accounts": platforms of the actor's family, or platforms beside a
    // person or a site, say where the target was, not whom the action hit.
    targets = targets.filter(
      (t) =>
        !(
          isActorCapable(t) &&
          (actorFamilies.has(t.id) || (t.parent !== undefined && actorFamilies.has(t.parent)))
        ),
    );
    if (targets.some((t) => !isActorCapable(t))) {
      targets = targets.filter(
        (t) =>
          !isActorCapable(t) ||
          !isPlatformAsLocation(
            text,
            roled.find((m) => m.entity.id === t.id),
          ),
      );
    }
    previousActors = actors;
    previousSegmentEnd = segment[1];
    let targetParties: { party: ClaimParty; entity: ExtractEntity | undefined }[] = targets.map((t) => ({
      party: partyOf(t),
      entity: t,
    }));
    if (targetParties.length === 0) {
      const occupied = [...mentions, ...actorSpans(context, segment)];
      const unknown = findUnknownTargets(context, verb, passive, segment, occupied, pivot);
      if (unknown.length > 0) {
        targetParties = unknown.map((party) => ({ party, entity: undefined }));
        confidence -= 0.1;
      } else if (findPronoun(text, lexicon, verb, segment) !== null) {
        // This sentence's last target, else the nearest person, site or group named before the verb, else the
        // nearest other entity that is not acting here, else the article's last target.
        const before = [...mentions]
          .reverse()
          .map((m) => ({ mention: m, entity: index.get(m.id) }))
          .filter(
            ({ mention, entity }) =>
              mention.end <= verb.start &&
              entity &&
              !actorIds.has(entity.id) &&
              !isState(entity) &&
              // An owner in apposition ("YouTube, propriété de Google, l'a supprimée") is not what the pronoun stands for.
              !roled.some((m) => m.start === mention.start && m.role === 'ignored'),
          );
        const sentenceTarget = claims.length > claimsBefore ? claims[claims.length - 1]!.target : null;
        const pronoun = findPronoun(text, lexicon, verb, segment) ?? '';
        const thingPronoun = THING_PRONOUN.test(pronoun);
        const antecedent = thingPronoun
          ? before.find(
              ({ mention, entity }) =>
                entity &&
                entity.kind !== 'person' &&
                // "Apple followed, and AWS stopped hosting the service": an entity that acted in the article is not
                // the thing it acted on.
                !claims.some((c) => c.actor.id === entity.id) &&
                !memory.lastClaims.some((c) => c.actor.id === entity.id) &&
                !followsRightAfter(text, mention.end, lexicon),
            )
          : (before.find(({ entity }) => entity && !isActorCapable(entity)) ?? before[0]);
        const fallback = thingPronoun
          ? (memory.lastThing ?? memory.lastTarget ?? (countryWideByState ? memory.lastNamedThing : null))
          : (memory.lastTarget ?? memory.primedPerson);
        const party = sentenceTarget ?? (antecedent?.entity ? partyOf(antecedent.entity) : fallback);
        if (party && !actorIds.has(party.id)) {
          targetParties = [{ party, entity: index.get(party.id) }];
          confidence -= 0.2;
        }
      } else if (
        // A second verb of a restoration the sentence already reported ("a autorisé le retour de X, levant la
        // suspension décidée fin août") adds nothing, and its date is the cut's.
        !claims.slice(claimsBefore).some((c) => ACTION_CLASS[c.action] === 'restore') &&
        // "a ordonné … à Google et Apple de lever tout blocage": who is told to lift is not who lifts.
        !ORDER_BEFORE.test(text.slice(Math.max(segment[0], verb.start - 120), verb.start)) &&
        verb.rule.action !== 'auto' &&
        ACTION_CLASS[verb.rule.action] === 'restore' &&
        (liftedSubject || LIFTED_CUT_NOUN.test(text.slice(verb.start, verb.end)))
      ) {
        // "The BTK lifted the ban on Thursday", "a levé le blocage": the lifted cut is the one the article reported
        // last, else the thing it named last.
        const cut = claims.findLast((c) => ACTION_CLASS[c.action] === 'cut');
        const party =
          cut?.target ??
          memory.lastThing ??
          (actors.some(isState) ? memory.lastNamedThing : memory.lastTarget);
        if (party && !actorIds.has(party.id)) {
          targetParties = [{ party, entity: index.get(party.id) }];
          confidence -= 0.2;
        }
      }
    }
    const emit = (
      parties: { party: ClaimParty; entity: ExtractEntity | undefined }[],
      evidence: string,
      confidenceCut: number,
    ): void => {
      const targetParties = parties;
      const confidenceBefore = confidence;
      confidence -= confidenceCut;
      if (actors.length > 1 || targetParties.length > 1) confidence -= 0.03;
      if (passive) confidence -= 0.02;
      const segmentText = text.slice(segment[0], segment[1]);
      for (const actor of actors) {
        for (const target of targetParties) {
          if (target.party.id === actor.id) continue;
          let service = serviceForClaim(context, verb, segment, actor, target.entity);
          let action = resolveAction(verb.rule.action, service);
          const claimCountries = new Set(countries);
          if (isState(actor)) {
            if (ACTION_CLASS[action] === 'cut') action = 'block';
            service = 'country_access';
            if (actor.country) claimCountries.add(actor.country);
          }
          if (action === 'suspend' && lexicon.permanent.test(segmentText)) action = 'ban';
          // Taken out of playlists, recommendations or search results: still there, only less visible.
          if (ACTION_CLASS[action] === 'cut' && !isState(actor) && VISIBILITY_PLACES.test(segmentText))
            action = 'restrict';
          let claimDate = dateForClaim(context, verb, segment);
          // English clauses end at "since" (it also means "because"), so the date the cue introduces lies outside them.
          if (datedBySince && claimDate.date_basis === 'published')
            claimDate = dateAfterSince(context) ?? claimDate;
          const previousClaim = claims[claims.length - 1] ?? memory.lastClaims[memory.lastClaims.length - 1];
          // "The same day" is the day of the last act the article dated by its own words, not a headline's publication day.
          const sameDayClaim = SAME_DAY_PATTERN.test(text)
            ? previousClaim && previousClaim.evidence !== context.headline
              ? previousClaim
              : (previousDated(claims, memory) ?? previousClaim)
            : actorsFromBothPhrase
              ? previousClaim
              : undefined;
          const nextToPrevious =
            claimDate.date_basis === 'published' ? dayNextToPrevious(text, previousClaim) : null;
          if (nextToPrevious) {
            claimDate = nextToPrevious;
          } else if (claimDate.date_basis === 'published' && sameDayClaim?.date) {
            claimDate = {
              date: sameDayClaim.date,
              date_precision: sameDayClaim.date_precision,
              date_basis: sameDayClaim.date_basis,
              time: null,
            };
          }
          let claimConfidence = confidence;
          if (claimDate.date_basis === 'published') claimConfidence -= 0.05;
          const claim: ExtractedClaim = {
            actor: partyOf(actor),
            action,
            target: target.party,
            service,
            ...claimDate,
            countries: [...claimCountries].sort(),
            evidence,
            confidence: Math.round(Math.min(0.99, Math.max(0.05, claimConfidence)) * 100) / 100,
          };
          if (actorFromLocative) LOCATIVE_CLAIMS.add(claim);
          if (actorFromLocative && !passive) ORDERED_BY_SOMEONE_CLAIMS.add(claim);
          // "Le Premier ministre Gabriel Attal a annoncé l'interdiction…": a government named as such (or by its head)
          // acted itself; only a bare country ("la Russie bloque…") stands for the institution the article names.
          if (actor.kind === 'government') {
            const named = roled.find((m) => m.entity.id === actor.id && m.role !== 'ignored');
            const surface = named ? text.slice(named.start, named.end) : '';
            if (EXPLICIT_GOVERNMENT.test(surface) || /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u.test(surface))
              ORDERED_BY_SOMEONE_CLAIMS.add(claim);
          }
          claims.push(claim);
          if (action === 'reinstate') {
            const sinceCut = cutInForceSince(context, claim, verb.end);
            if (sinceCut && !claims.some((c) => sameCut(c, sinceCut))) claims.push(sinceCut);
          }
          memory.lastActor = claim.actor;
        }
        memory.lastTarget = targetParties[targetParties.length - 1]!.party;
        memory.primedPerson = null;
      }
      confidence = confidenceBefore;
    };
    if (targetParties.length === 0) {
      // "…suspended the accounts of several journalists, including A, B and C" / "…59 applications: WeChat, …".
      const afterVerb = text.slice(verb.end);
      const inside = LIST_INSIDE.exec(afterVerb);
      if (GROUP_NOUN.test(inside ? afterVerb.slice(0, inside.index) : text.slice(verb.end, segment[1]))) {
        const listed = inside
          ? namesInList(
              text,
              verb.end + inside.index + inside[0].length,
              mentions,
              (id) => index.get(id),
              (e) => !isState(e),
              lexicon.nameStopWords,
              lexicon.lang,
            )
          : [];
        const parties = listed
          .filter((party) => !actorIds.has(party.id))
          .map((party) => ({ party, entity: index.get(party.id) }));
        if (parties.length > 0) emit(parties, text, 0.1);
        waitForList(emit);
      }
      return;
    }
    emit(targetParties, text, 0);
    // "…59 applications, dont TikTok. … La liste comprend aussi WeChat…": more members may follow.
    if (GROUP_NOUN.test(text.slice(verb.end, segment[1]))) waitForList(emit);
  });
  // "Google pulled Parler on Friday, … and Apple followed on Saturday": a follow-up clause without its own verb.
  const lateFollow = lexicon.follow.exec(text);
  // "Apple followed a day later, and AWS stopped hosting the service": a follow-up before the sentence's own verb
  // follows the article's previous act, not the one this sentence states after it.
  const followFirst = lateFollow !== null && verbs.length > 0 && lateFollow.index < verbs[0]!.start;
  if (
    lateFollow &&
    (claims.length > claimsBefore || followFirst) &&
    !verbs.some((v) => v.start > lateFollow.index - 60 && v.start < lateFollow.index)
  ) {
    const clauseStart = Math.max(0, ...boundaries.filter((b) => b < lateFollow.index));
    const clauseMentions = mentions.filter((m) => m.start >= clauseStart && m.start < lateFollow.index);
    const followed = followFirst
      ? (claims.slice(0, claimsBefore).at(-1) ?? memory.lastClaims.at(-1))
      : undefined;
    if (!followFirst || followed)
      extractFollow({ ...context, text }, memory, claims, clauseMentions, lateFollow.index, followed);
  }
  if (claims.length === claimsBefore) rememberLastTarget();
}

function actorSpans(context: SentenceContext, segment: [number, number]): { start: number; end: number }[] {
  return findServiceWords(context).filter((word) => word.start >= segment[0] && word.end <= segment[1]);
}

/** The date right after "since", "depuis", "seit", "desde", "dal" in the sentence, if any. */
function dateAfterSince(context: SentenceContext): ClaimDate | undefined {
  const cue = SINCE_CUE.exec(context.text);
  if (!cue) return undefined;
  const cueEnd = cue.index + cue[0].length;
  const date = getDates(context).find(
    (d) => d.start >= cue.index && d.start <= cueEnd + 12 && d.date !== null && d.basis !== 'published',
  );
  if (!date) return undefined;
  return { date: date.date, date_precision: date.precision, date_basis: date.basis, time: null };
}

/** The cut a lifted measure "in force since" a date reports: same actor, target and service, dated by that phrase. */
function cutInForceSince(
  context: SentenceContext,
  restoration: ExtractedClaim,
  after: number,
): ExtractedClaim | undefined {
  const cue = IN_FORCE_SINCE.exec(context.text.slice(after));
  if (!cue) return undefined;
  const cueEnd = after + cue.index + cue[0].length;
  const date = getDates(context).find(
    (d) =>
      d.start >= after + cue.index && d.start <= cueEnd + 30 && d.date !== null && d.basis !== 'published',
  );
  if (!date) return undefined;
  return {
    ...restoration,
    action: restoration.service === 'country_access' ? 'block' : 'suspend',
    date: date.date,
    date_precision: date.precision,
    date_basis: date.basis,
    time: null,
    confidence: Math.round(Math.max(0.05, restoration.confidence - 0.2) * 100) / 100,
  };
}

function sameCut(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return (
    a.actor.id === b.actor.id &&
    a.target.id === b.target.id &&
    ACTION_CLASS[a.action] === 'cut' &&
    ACTION_CLASS[b.action] === 'cut'
  );
}

/** "Apple followed suit": the same action on the same target as the article's last claim, by the new actor. */
function extractFollow(
  context: SentenceContext,
  memory: ArticleMemory,
  claims: ExtractedClaim[],
  mentions: readonly EntityMention[],
  cueIndex: number,
  followed?: ExtractedClaim,
): void {
  const previous = followed ?? claims[claims.length - 1] ?? memory.lastClaims[memory.lastClaims.length - 1];
  if (!previous) return;
  const windowText = context.text.slice(0, cueIndex);
  if (context.lexicon.cancel.test(windowText)) return;
  const actors = uniqueById(
    mentions
      .filter((m) => m.start < cueIndex)
      .map((m) => context.index.get(m.id))
      .filter((e): e is ExtractEntity => e !== undefined && isActorCapable(e)),
  );
  for (const actor of actors) {
    if (actor.id === previous.actor.id || actor.id === previous.target.id) continue;
    let claimDate = dateForClaim(context, { start: cueIndex, end: cueIndex }, [0, context.text.length]);
    // "Apple followed a day later": the day after the decision it followed.
    if (claimDate.date_basis === 'published')
      claimDate = dayNextToPrevious(context.text, previous) ?? claimDate;
    claims.push({
      ...previous,
      actor: partyOf(actor),
      ...claimDate,
      countries: isState(actor) && actor.country ? [actor.country] : previous.countries,
      evidence: context.text,
      confidence: Math.round(Math.max(0.05, previous.confidence - 0.25) * 100) / 100,
    });
  }
}

/** The government named as such, or by its head or a ministry, rather than by the country's name alone. */
const EXPLICIT_GOVERNMENT =
  /gov|gouv|regier|gobier|govern|minist|premier|prime|présiden|presiden|präsident|kanzler|chancel|cabinet|kabinett|executive|exécutif|esecutivo|ejecutivo|élysée|matignon|kremlin|casa blanca|white house|palazzo chigi|planalto/iu;

/** Claims whose actor is only the state named by "in Brazil": dropped when a named institution of it does the same. */
const LOCATIVE_CLAIMS = new WeakSet<ExtractedClaim>();
/**
 * Claims of an active clause whose subject is no catalogue entity and whose state comes from "in Venezuela" ("Maduro
 * ordena bloquear X … en Venezuela"): a head of state or a minister acts for the government, so a regulator the
 * article names elsewhere (one that merely proposed the measure) does not replace it.
 */
const ORDERED_BY_SOMEONE_CLAIMS = new WeakSet<ExtractedClaim>();

function dropLocativeDuplicates(
  claims: readonly ExtractedClaim[],
  index: ExtractEntityIndex,
  institutions: ReadonlyMap<string, ExtractEntity>,
): ExtractedClaim[] {
  // "Instagram ist in Russland gesperrt … Die Medienaufsicht Roskomnadzor setzte die Blockade um": the state acted
  // through the institution the article names.
  const named = claims.map((claim) => {
    const actor = index.get(claim.actor.id);
    if (!LOCATIVE_CLAIMS.has(claim) && actor?.kind !== 'government') return claim;
    if (ORDERED_BY_SOMEONE_CLAIMS.has(claim)) return claim;
    const country = actor?.country;
    const institution = country ? institutions.get(country) : undefined;
    if (!institution) return claim;
    const replaced = { ...claim, actor: partyOf(institution) };
    if (LOCATIVE_CLAIMS.has(claim)) LOCATIVE_CLAIMS.add(replaced);
    return replaced;
  });
  return named.filter((claim) => {
    if (!LOCATIVE_CLAIMS.has(claim)) return true;
    const country = index.get(claim.actor.id)?.country;
    return !named.some(
      (other) =>
        other !== claim &&
        !LOCATIVE_CLAIMS.has(other) &&
        other.target.id === claim.target.id &&
        ACTION_CLASS[other.action] === ACTION_CLASS[claim.action] &&
        country !== undefined &&
        index.get(other.actor.id)?.country === country,
    );
  });
}

function claimKey(claim: ExtractedClaim): string {
  return `${claim.actor.id}|${claim.action}|${claim.target.id}|${claim.service}`;
}

const BASIS_RANK: Record<string, number> = { stated: 3, relative: 2, published: 1 };

/** Keeps one claim per actor, action, target and service: the most confident, then the best-dated. */
function dedupeClaims(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const byKey = new Map<string, ExtractedClaim>();
  for (const claim of claims) {
    const key = claimKey(claim);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, claim);
      continue;
    }
    const existingRank = BASIS_RANK[existing.date_basis ?? ''] ?? 0;
    const rank = BASIS_RANK[claim.date_basis ?? ''] ?? 0;
    if (rank > existingRank || (rank === existingRank && claim.confidence > existing.confidence)) {
      byKey.set(key, { ...claim, confidence: Math.max(claim.confidence, existing.confidence) });
    }
  }
  return [...byKey.values()];
}

/**
 * Reads an article and returns the claims it states (DESIGN §3 Claim): completed cut-offs, restrictions and
 * restorations with actor, target, service, date and the sentence as evidence. Threats, plans, calls, denials,
 * questions and hypotheticals give nothing. Pure: no I/O, deterministic for a given input and catalogue.
 */
export function extractClaims(
  input: ExtractInput,
  index: ExtractEntityIndex,
  profile: ExtractProfile | null = null,
): ExtractedClaim[] {
  const started = profile ? now() : 0;
  const lexicon = getCompiledLexicon(input.lang);
  const reference = parseReferenceDate(input.published);
  const articleDate = reference ? publishedDate(reference).date : null;
  const dateCache = new Map<string, DateExpression[]>();
  const memory: ArticleMemory = {
    lastTarget: null,
    lastClaims: [],
    lastActor: null,
    lastThing: null,
    countries: new Set(),
    institutions: new Map(),
    lastState: null,
    people: new Map(),
    primedPerson: null,
    stateFromDateline: false,
    sentencesSinceState: Number.POSITIVE_INFINITY,
    lastNamedThing: null,
    pendingGroup: null,
    lastCompany: null,
    nextCompany: null,
  };
  const claims: ExtractedClaim[] = [];
  const sentences = splitSentences(input.text);
  let skipped: string[] = [];
  for (const sentence of sentences) {
    memory.sentencesSinceState += 1;
    // "KATHMANDU - … the government ordered…": before the article names a state, its dateline says whose it is.
    if (memory.lastState === null) {
      const country = countryOfDateline(sentence.text);
      const government = country ? index.get(`${country.toLowerCase()}-government`) : undefined;
      if (country && government) {
        memory.lastState = government;
        memory.stateFromDateline = true;
        memory.countries.add(country);
      }
    }
    if (profile) profile.sentences += 1;
    const pendingGroup = memory.pendingGroup;
    if (pendingGroup && --pendingGroup.ttl <= 0) memory.pendingGroup = null;
    if (pendingGroup && LIST_OPENER.test(sentence.text)) {
      memory.pendingGroup = null;
      const mentions = index.findMentions(sentence.text, lexicon.lang, { date: articleDate });
      const parties = namesInList(
        sentence.text,
        0,
        mentions,
        (id) => index.get(id),
        (entity) => !STATE_KIND_SET.has(entity.kind),
        lexicon.nameStopWords,
        lexicon.lang,
      );
      if (parties.length > 0) {
        pendingGroup.emit(parties, `${pendingGroup.text} ${sentence.text}`);
        continue;
      }
    }
    if (!mentionsDeplatforming(sentence.text, lexicon.lang) && !lexicon.follow.test(sentence.text)) {
      skipped.push(sentence.text);
      continue;
    }
    if (profile) profile.sentencesPassingPrefilter += 1;
    for (const text of skipped.slice(-2)) primeMemory(text, lexicon.lang, index, articleDate, memory);
    skipped = [];
    const context: SentenceContext = {
      text: sentence.text,
      headline: sentences[0]?.text,
      articleDate,
      dateCache,
      lexicon,
      index,
      reference,
      dates: null,
      times: null,
      serviceWords: null,
      profile,
      people: memory.people,
    };
    extractFromSentence(context, memory, claims);
  }
  datePublishedClaimsFromNarrativeDay(claims, sentences, input.text, lexicon, reference, dateCache);
  datePublishedClaimsFromNextSentences(claims, sentences, lexicon, reference, index, dateCache, articleDate);
  datePublishedClaimsFromEarlierClaims(claims, sentences);
  datePublishedClaimsFromSameAct(claims, sentences[0]?.text);
  for (let k = 0; k < claims.length; k++) claims[k] = demonymTargetToCountryAccess(claims[k]!, index);
  if (profile) profile.msTotal += now() - started;
  return dedupeClaims(dropLocativeDuplicates(claims, index, memory.institutions));
}

/**
 * A people named as the target ("Nigerians back on Twitter as government lifts ban") stands for its country's access
 * to the platform: the country's government cuts or restores the platform itself on `country_access`.
 */
function demonymTargetToCountryAccess(claim: ExtractedClaim, index: ExtractEntityIndex): ExtractedClaim {
  if (index.get(claim.target.id)) return claim;
  const country = DEMONYM_COUNTRY.get(claim.target.name.toLowerCase());
  if (!country) return claim;
  const platform = index.get(claim.actor.id);
  const government = index.get(`${country.toLowerCase()}-government`);
  if (!platform || isState(platform) || !government) return claim;
  const restore = ACTION_CLASS[claim.action] === 'restore';
  return {
    ...claim,
    actor: partyOf(government),
    target: partyOf(platform),
    action: restore ? 'reinstate' : 'block',
    service: 'country_access',
    countries: [country],
    confidence: Math.max(0, Math.round((claim.confidence - 0.1) * 100) / 100),
  };
}

/** A fresh profile for {@link extractClaims}. */
export function createExtractProfile(): ExtractProfile {
  return { sentences: 0, sentencesPassingPrefilter: 0, msEntityMatching: 0, msDateParsing: 0, msTotal: 0 };
}
