import { slugify } from '../slug.ts';
import { ACTION_CLASS, type Action, type Service, STATE_KINDS } from '../taxonomy.ts';
import { type CompiledLexicon, type CompiledVerbRule, getCompiledLexicon } from './compiled-lexicon.ts';
import {
  type DateExpression,
  findDateExpressions,
  findTimeExpressions,
  parseReferenceDate,
  type ReferenceDate,
  type TimeExpression,
} from './dates.ts';
import { TARGET_ONLY_KINDS } from './entity-matcher.ts';
import { mentionsDeplatforming } from './prefilter.ts';
import { splitSentences } from './sentences.ts';
import type { ClaimParty, EntityMention, ExtractedClaim, ExtractEntity, ExtractEntityIndex, ExtractInput } from './types.ts';

/** Bumped whenever the rules change what comes out, so `wbw update --reextract` knows what to redo. */
export const EXTRACTOR_VERSION = 1;

/** Time spent per stage, for the benchmark. */
export interface ExtractProfile {
  sentences: number;
  sentencesPassingPrefilter: number;
  msEntityMatching: number;
  msDateParsing: number;
  msTotal: number;
}

interface VerbMatch {
  start: number;
  end: number;
  rule: CompiledVerbRule;
  text: string;
}

type MentionRole = 'pre' | 'post' | 'agent' | 'source' | 'locative';

interface RoledMention extends EntityMention {
  entity: ExtractEntity;
  role: MentionRole;
}

interface ArticleMemory {
  lastTarget: ClaimParty | null;
  lastClaims: ExtractedClaim[];
}

interface SentenceContext {
  text: string;
  lexicon: CompiledLexicon;
  index: ExtractEntityIndex;
  reference: ReferenceDate | null;
  dates: DateExpression[] | null;
  times: TimeExpression[] | null;
  profile: ExtractProfile | null;
}

const STATE_KIND_SET = new Set(STATE_KINDS);

function now(): number {
  return performance.now();
}

function isActorCapable(entity: ExtractEntity): boolean {
  return !TARGET_ONLY_KINDS.has(entity.kind);
}

function isState(entity: ExtractEntity | undefined): boolean {
  return entity !== undefined && STATE_KIND_SET.has(entity.kind);
}

function findVerbs(sentence: string, lexicon: CompiledLexicon): VerbMatch[] {
  const found: VerbMatch[] = [];
  for (const rule of lexicon.verbs) {
    rule.regex.lastIndex = 0;
    for (const match of sentence.matchAll(rule.regex)) {
      const start = match.index ?? 0;
      found.push({ start, end: start + match[0].length, rule, text: match[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: VerbMatch[] = [];
  for (const verb of found) {
    const last = kept[kept.length - 1];
    if (last && verb.start < last.end) continue;
    kept.push(verb);
  }
  return kept;
}

function findBoundaries(sentence: string, lexicon: CompiledLexicon): number[] {
  const boundaries: number[] = [];
  lexicon.clauseBoundary.lastIndex = 0;
  for (const match of sentence.matchAll(lexicon.clauseBoundary)) boundaries.push(match.index ?? 0);
  return boundaries;
}

function getDates(context: SentenceContext): DateExpression[] {
  if (context.dates === null) {
    const started = now();
    context.dates = findDateExpressions(context.text, context.lexicon.lang, context.reference);
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
function dateForClaim(context: SentenceContext, verb: { start: number; end: number }, segment: [number, number]): ClaimDate {
  const dates = getDates(context);
  const inSegment = dates.filter((d) => d.start >= segment[0] && d.end <= segment[1]);
  const candidates = inSegment.length > 0 ? inSegment : dates.length === 1 ? dates : [];
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
  const times = nearDate.length > 0 ? nearDate : allTimes.filter((t) => t.start >= segment[0] && t.end <= segment[1]);
  const time = best.precision === 'day' && times.length > 0 ? times[0]!.time : null;
  return { date: best.date, date_precision: best.precision, date_basis: best.basis, time };
}

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
      lexicon.listGap.test(sentence.slice(previous.end, mention.start)) &&
      previous.role !== 'pre' &&
      previous.role !== 'post'
    ) {
      role = previous.role;
    } else if (passive && isActorCapable(entity) && lexicon.agentBefore.test(before)) role = 'agent';
    else if (entity.kind === 'government' && lexicon.locativeBefore.test(before)) role = 'locative';
    else if (isActorCapable(entity) && mention.start > pivot && (passive || somethingBetween) && lexicon.sourceBefore.test(before)) {
      role = 'source';
    }
    if (role === 'locative' && entity.kind !== 'government') role = mention.start < pivot ? 'pre' : 'post';
    roled.push({ ...mention, entity, role });
  }
  return roled;
}

const NAME_PATTERN =
  /«\s*([^»]{2,60}?)\s*»|“([^”]{2,60})”|"([^"]{2,60})"|„([^“”"]{2,60})[“”"]|(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:de|du|des|of|the|von|der|del|da|do|dos|di|la)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})/gu;

interface NameCandidate {
  start: number;
  end: number;
  name: string;
  quoted: boolean;
}

function findNameCandidates(text: string, offset: number, lexicon: CompiledLexicon): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  NAME_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(NAME_PATTERN)) {
    const quotedName = match[1] ?? match[2] ?? match[3] ?? match[4];
    let name = (quotedName ?? match[5] ?? '').trim().replace(/[.’']+$/u, '');
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

/** Targets that are not in the catalogue, read from the words next to the verb ("CasaPound e Forza Nuova"). */
function findUnknownTargets(
  context: SentenceContext,
  verb: VerbMatch,
  passive: boolean,
  segment: [number, number],
  occupied: readonly { start: number; end: number }[],
): ClaimParty[] {
  const first = findUnknownTarget(context, verb, passive, segment, occupied);
  if (!first) return [];
  const parties = [first.party];
  if (passive) return parties;
  let cursor = first.end;
  for (let k = 0; k < 4; k++) {
    const rest = context.text.slice(cursor, segment[1]);
    const joined = /^\s*(?:,|and|et|und|y|e|&)\s*/iu.exec(rest);
    if (!joined) break;
    const next = findNameCandidates(rest.slice(joined[0].length), cursor + joined[0].length, context.lexicon)[0];
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
): { party: ClaimParty; end: number } | null {
  const { text, lexicon } = context;
  const windowStart = passive ? segment[0] : verb.end;
  const windowEnd = passive ? verb.start : segment[1];
  const windowText = text.slice(windowStart, windowEnd);
  const candidates = findNameCandidates(windowText, windowStart, lexicon).filter(
    (candidate) =>
      !occupied.some((span) => span.start < candidate.end && candidate.start < span.end) &&
      !(context.dates ?? []).some((d) => d.start < candidate.end && candidate.start < d.end),
  );
  if (candidates.length === 0) return null;
  const candidate = passive ? candidates[candidates.length - 1]! : candidates[0]!;
  const gap = passive ? text.slice(candidate.end, verb.start) : text.slice(verb.end, candidate.start);
  const gapWords = gap.trim().split(/\s+/).filter(Boolean);
  if (gap.includes(',') || gapWords.length > 6) return null;
  const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
  const introduced = lexicon.targetIntroducerBefore.test(before) || lexicon.roleBefore.test(before);
  const words = candidate.name.split(/\s+/);
  const looksLikePersonName = !candidate.quoted && words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  if (looksLikePersonName && !lexicon.roleBefore.test(before)) return null;
  // German capitalises every noun: only an introduced or quoted name counts there.
  if (lexicon.lang === 'de' && !introduced && !candidate.quoted) return null;
  if (!introduced && !candidate.quoted && gapWords.length > 2) return null;
  if (passive && !introduced && !candidate.quoted && candidate.start !== segment[0] && gapWords.length > 3) return null;
  const id = slugify(candidate.name);
  if (id.length < 2 || /^\d+$/.test(id)) return null;
  return { party: { id, name: candidate.name }, end: candidate.end };
}

function serviceForClaim(
  context: SentenceContext,
  verb: VerbMatch,
  segment: [number, number],
  actor: ExtractEntity | undefined,
  target: ExtractEntity | undefined,
): Service {
  if (verb.rule.service) return verb.rule.service;
  const segmentText = context.text.slice(segment[0], segment[1]);
  let best: { service: Service; distance: number; actorMatch: boolean } | null = null;
  for (const word of context.lexicon.serviceWords) {
    word.regex.lastIndex = 0;
    for (const match of segmentText.matchAll(word.regex)) {
      const position = segment[0] + (match.index ?? 0);
      if (position >= verb.start && position < verb.end) continue;
      const distance = Math.abs(position - verb.start);
      const actorMatch = word.actor !== undefined && actor !== undefined && (word.actor === actor.id || word.actor === actor.parent);
      if (word.service === 'country_access' && !isState(actor)) continue;
      if (word.service === 'payments' && word.actor === undefined && actor?.kind !== 'payments' && /PayPal|Stripe|Visa|Mastercard|Patreon|GoFundMe/.test(match[0])) {
        if (target === undefined) continue;
      }
      if (!best || (actorMatch && !best.actorMatch) || (actorMatch === best.actorMatch && distance < best.distance)) {
        best = { service: word.service, distance, actorMatch };
      }
    }
  }
  if (best) {
    if (best.service === 'account' && target?.kind === 'app' && (actor?.id === 'apple' || actor?.id === 'google')) return 'app_store';
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
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}

/** True when the verb is an infinitive or follows "to"/"zu": a plan, a call or a threat, never a completed act. */
function isInfinitive(context: SentenceContext, verb: VerbMatch): boolean {
  const lastWord = verb.text.split(/\s+/).pop() ?? '';
  const before = context.text.slice(Math.max(0, verb.start - 12), verb.start);
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

/** "the same day", "le même jour": the date of the article's previous claim. */
const SAME_DAY_PATTERN =
  /(?<![\p{L}])(?:the same day|that same day|le (?:même jour|jour même)|am (?:selben|gleichen) Tag|el mismo día|ese mismo día|no mesmo dia|nesse mesmo dia|lo stesso giorno|nello stesso giorno)(?![\p{L}])/iu;

function extractFromSentence(context: SentenceContext, memory: ArticleMemory, claims: ExtractedClaim[]): void {
  const { text, lexicon, index } = context;
  let started = now();
  const mentions = index.findMentions(text, lexicon.lang);
  if (context.profile) context.profile.msEntityMatching += now() - started;
  started = 0;
  const verbs = findVerbs(text, lexicon);
  const targetOnlyMentions = mentions.filter((m) => {
    const entity = index.get(m.id);
    return entity !== undefined && !isActorCapable(entity);
  });
  const rememberLastTarget = () => {
    const lastMention = targetOnlyMentions[targetOnlyMentions.length - 1];
    if (lastMention) memory.lastTarget = partyOf(index.get(lastMention.id)!);
  };
  const followMatch = verbs.length === 0 ? lexicon.follow.exec(text) : null;
  if (verbs.length === 0 && !followMatch) {
    rememberLastTarget();
    return;
  }
  const sentenceCancelled = lexicon.sentenceCancel.test(text) || /\?\s*["»”]?$/.test(text);
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
  let previousActors: ExtractEntity[] = [];
  let previousSegmentEnd = -1;
  verbs.forEach((verb, verbIndex) => {
    const previousVerb = verbs[verbIndex - 1];
    const nextVerb = verbs[verbIndex + 1];
    const leftLimit = previousVerb ? previousVerb.end : 0;
    const rightLimit = nextVerb ? nextVerb.start : text.length;
    const leftBoundary = boundaries.filter((b) => b >= leftLimit && b < verb.start).pop();
    const rightBoundary = boundaries.find((b) => b >= verb.end && b < rightLimit);
    const hardLeft = boundaries.filter((b) => b < verb.start && /[;:]/.test(text[b] ?? '')).pop();
    const segmentStart = Math.max(leftBoundary ?? (previousVerb ? previousVerb.end : 0), hardLeft ?? 0);
    const segment: [number, number] = [segmentStart, rightBoundary ?? rightLimit];
    if (isInfinitive(context, verb)) return;
    if (cancelledBefore(context, verb, segment)) return;
    const windowBefore = text.slice(segment[0], verb.start);
    const endsInIng = lexicon.lang === 'en' && /ing$/i.test(verb.text);
    const passive =
      verb.rule.passive ||
      (!endsInIng &&
        (lexicon.lang === 'de' ? lexicon.passiveAnywhere.test(windowBefore) : lexicon.passiveBeforeVerb.test(windowBefore)));
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
        case 'pre':
          if (passive) targets.push(entity);
          else if (isActorCapable(entity)) actors.push(entity);
          else targets.push(entity);
          break;
        case 'post':
          if (passive && isActorCapable(entity) && !targets.some((t) => !isActorCapable(t)) && targets.length > 0) {
            actors.push(entity);
          } else targets.push(entity);
          break;
      }
    }
    // A state is never deplatformed here: named as a target it says where the action applies.
    for (const target of targets) if (isState(target) && target.kind === 'government') locatives.push(target);
    targets = targets.filter((t) => !isState(t));
    // Active clause with the subject after the verb (German V2, "Am Freitag sperrte Twitter den Account von Trump").
    if (actors.length === 0 && targets.some((t) => !isActorCapable(t)) && targets.some(isActorCapable)) {
      actors = targets.filter(isActorCapable);
      targets = targets.filter((t) => !isActorCapable(t));
    }
    let confidence = 0.9;
    if (actors.length === 0 && sources.length > 0) {
      actors = sources;
      confidence -= 0.05;
    }
    if (actors.length === 0) {
      const segmentText = text.slice(segment[0], segment[1]);
      for (const word of lexicon.serviceWords) {
        if (!word.actor) continue;
        word.regex.lastIndex = 0;
        if (word.regex.test(segmentText)) {
          const implied = index.get(word.actor);
          if (implied) actors.push(implied);
        }
      }
      if (actors.length > 0) confidence -= 0.1;
    }
    const countries = new Set<string>();
    if (actors.length === 0 && locatives.length > 0) {
      actors = [locatives[0]!];
      confidence -= 0.1;
    } else {
      for (const locative of locatives) if (locative.country) countries.add(locative.country);
    }
    const hasSubjectBefore = roled.some((m) => m.start < verb.start);
    if (actors.length === 0 && previousActors.length > 0 && !hasSubjectBefore && segment[0] <= previousSegmentEnd + 40) {
      actors = previousActors;
      confidence -= 0.05;
    }
    actors = uniqueById(actors);
    if (actors.length === 0) return;
    const actorIds = new Set(actors.map((a) => a.id));
    const actorFamilies = new Set(actors.flatMap((a) => [a.id, a.parent].filter((id): id is string => id !== undefined)));
    targets = uniqueById(targets.filter((t) => !actorIds.has(t.id)));
    // "Meta restored Trump's Facebook and Instagram accounts": platforms of the actor's family, or platforms beside a
    // person or a site, say where the target was, not whom the action hit.
    targets = targets.filter((t) => !(isActorCapable(t) && (actorFamilies.has(t.id) || (t.parent !== undefined && actorFamilies.has(t.parent)))));
    if (targets.some((t) => !isActorCapable(t))) targets = targets.filter((t) => !isActorCapable(t));
    previousActors = actors;
    previousSegmentEnd = segment[1];
    let targetParties: { party: ClaimParty; entity: ExtractEntity | undefined }[] = targets.map((t) => ({ party: partyOf(t), entity: t }));
    if (targetParties.length === 0) {
      const occupied = [...mentions, ...actorSpans(text, lexicon, segment)];
      const unknown = findUnknownTargets(context, verb, passive, segment, occupied);
      if (unknown.length > 0) {
        targetParties = unknown.map((party) => ({ party, entity: undefined }));
        confidence -= 0.1;
      } else if (lexicon.pronounTarget.test(text)) {
        // The nearest thing named before the verb that is not acting here, else the article's last target.
        const antecedent = [...mentions]
          .reverse()
          .map((m) => ({ mention: m, entity: index.get(m.id) }))
          .find(({ mention, entity }) => mention.end <= verb.start && entity && !actorIds.has(entity.id) && !isState(entity));
        const party = antecedent?.entity ? partyOf(antecedent.entity) : memory.lastTarget;
        if (party && !actorIds.has(party.id)) {
          targetParties = [{ party, entity: index.get(party.id) }];
          confidence -= 0.2;
        }
      }
    }
    if (targetParties.length === 0) return;
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
        let claimDate = dateForClaim(context, verb, segment);
        const previousClaim = claims[claims.length - 1] ?? memory.lastClaims[memory.lastClaims.length - 1];
        if (claimDate.date_basis === 'published' && previousClaim?.date && SAME_DAY_PATTERN.test(text)) {
          claimDate = { date: previousClaim.date, date_precision: previousClaim.date_precision, date_basis: previousClaim.date_basis, time: null };
        }
        let claimConfidence = confidence;
        if (claimDate.date_basis === 'published') claimConfidence -= 0.05;
        claims.push({
          actor: partyOf(actor),
          action,
          target: target.party,
          service,
          ...claimDate,
          countries: [...claimCountries].sort(),
          evidence: text,
          confidence: Math.round(Math.min(0.99, Math.max(0.05, claimConfidence)) * 100) / 100,
        });
      }
      memory.lastTarget = targetParties[targetParties.length - 1]!.party;
    }
  });
  if (claims.length === claimsBefore) rememberLastTarget();
}

function actorSpans(text: string, lexicon: CompiledLexicon, segment: [number, number]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const segmentText = text.slice(segment[0], segment[1]);
  for (const word of lexicon.serviceWords) {
    word.regex.lastIndex = 0;
    for (const match of segmentText.matchAll(word.regex)) {
      spans.push({ start: segment[0] + (match.index ?? 0), end: segment[0] + (match.index ?? 0) + match[0].length });
    }
  }
  return spans;
}

/** "Apple followed suit": the same action on the same target as the article's last claim, by the new actor. */
function extractFollow(
  context: SentenceContext,
  memory: ArticleMemory,
  claims: ExtractedClaim[],
  mentions: readonly EntityMention[],
  cueIndex: number,
): void {
  const previous = claims[claims.length - 1] ?? memory.lastClaims[memory.lastClaims.length - 1];
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
    const claimDate = dateForClaim(context, { start: cueIndex, end: cueIndex }, [0, context.text.length]);
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
export function extractClaims(input: ExtractInput, index: ExtractEntityIndex, profile: ExtractProfile | null = null): ExtractedClaim[] {
  const started = profile ? now() : 0;
  const lexicon = getCompiledLexicon(input.lang);
  const reference = parseReferenceDate(input.published);
  const memory: ArticleMemory = { lastTarget: null, lastClaims: [] };
  const claims: ExtractedClaim[] = [];
  for (const sentence of splitSentences(input.text)) {
    if (profile) profile.sentences += 1;
    if (!mentionsDeplatforming(sentence.text, lexicon.lang) && !lexicon.follow.test(sentence.text)) continue;
    if (profile) profile.sentencesPassingPrefilter += 1;
    const context: SentenceContext = {
      text: sentence.text,
      lexicon,
      index,
      reference,
      dates: null,
      times: null,
      profile,
    };
    extractFromSentence(context, memory, claims);
  }
  if (profile) profile.msTotal += now() - started;
  return dedupeClaims(claims);
}

/** A fresh profile for {@link extractClaims}. */
export function createExtractProfile(): ExtractProfile {
  return { sentences: 0, sentencesPassingPrefilter: 0, msEntityMatching: 0, msDateParsing: 0, msTotal: 0 };
}
