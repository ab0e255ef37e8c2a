import { ACTION_CLASS } from '../taxonomy.ts';
import type { CompiledLexicon } from './compiled-lexicon.ts';
import { type DateExpression, findDateExpressions, type ReferenceDate } from './dates.ts';
import type { Sentence } from './sentences.ts';
import type { ExtractEntityIndex, ExtractedClaim } from './types.ts';
import { findVerbs } from './verbs.ts';

/**
 * The passes over an article's claims that date the ones its sentences left to the publication day: the day a report
 * sets once, the next sentences' attribution, an earlier claim about the same act, the body's day for a headline.
 * Pure: they rewrite the claims array in place.
 */

/** The pluperfect of background ("had banned", "avait banni", "hatte gesperrt", "había suspendido", "tinha/havia
 * bloqueado", "aveva sospeso"): an earlier act, not the story's day. */
const PLUPERFECT =
  /(?<![\p{L}])(?:had|avai(?:t|ent)|hatten?|war(?:en)?|hab[ií]an?|tinh(?:a|am)|havi(?:a|am)|avev(?:a|ano)|er(?:a|ano))(?![\p{L}])/iu;

/** A blank line or a line break between two sentences: they are in different paragraphs. */
function paragraphBreakBetween(text: string, end: number, start: number): boolean {
  return text.slice(end, start).includes('\n');
}

/**
 * Reports set the day once and then tell what happened on it: "It started on Sunday night. Apple removed…",
 * "Then, on Monday, the dominoes fell. Facebook took down…", "Die großen Plattformen haben am Montag mehrere Konten
 * entfernt. [next paragraph] YouTube hat die Kanäle … gelöscht." A claim dated only by publication takes the day
 * of the sentence just before it in its paragraph when that sentence gave no claim and states one day; and, when
 * the article's lead (its first sentence after the headline) gave no claim, has a cut or restore verb and states one
 * day, every later claim of the same class dated only by publication takes the lead's day. Pluperfect background
 * ("had banned") keeps publication: it is not the story's day.
 */
export function datePublishedClaimsFromNarrativeDay(
  claims: ExtractedClaim[],
  sentences: readonly Sentence[],
  text: string,
  lexicon: CompiledLexicon,
  reference: ReferenceDate | null,
  dateCache: Map<string, DateExpression[]>,
): void {
  if (!reference || claims.length === 0) return;
  const positionOf = new Map<string, number>();
  sentences.forEach((sentence, k) => {
    if (!positionOf.has(sentence.text)) positionOf.set(sentence.text, k);
  });
  const withClaims = new Set<number>();
  for (const claim of claims) {
    const k = positionOf.get(claim.evidence);
    if (k !== undefined) withClaims.add(k);
  }
  const singleDay = (k: number): DateExpression | null => {
    const sentence = sentences[k];
    if (!sentence || withClaims.has(k)) return null;
    let parsed = dateCache.get(sentence.text);
    if (parsed === undefined) {
      parsed = findDateExpressions(sentence.text, lexicon.lang, reference);
      dateCache.set(sentence.text, parsed);
    }
    const dated = parsed.filter((d) => d.date !== null);
    if (dated.length !== 1 || dated[0]!.precision !== 'day') return null;
    return dated[0]!;
  };
  // The lead: the first sentence after the headline (the headline is the first line when a blank line follows it).
  const headlineEnd = text.indexOf('\n');
  const leadPosition = headlineEnd > 0 && sentences.length > 1 && sentences[1]!.start > headlineEnd ? 1 : 0;
  const lead = sentences[leadPosition];
  const leadVerbs = lead ? findVerbs(lead.text, lexicon) : [];
  const leadDay = leadVerbs.length > 0 ? singleDay(leadPosition) : null;
  const leadClasses = new Set(
    leadVerbs.flatMap((verb) => (verb.rule.action === 'auto' ? [] : [ACTION_CLASS[verb.rule.action]])),
  );
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    if (claim.date_basis !== 'published' || PLUPERFECT.test(claim.evidence)) continue;
    const position = positionOf.get(claim.evidence);
    if (position === undefined || position === 0) continue;
    const previous = sentences[position - 1]!;
    let day: DateExpression | null = null;
    if (!paragraphBreakBetween(text, previous.start + previous.text.length, sentences[position]!.start))
      day = singleDay(position - 1);
    if (!day && leadDay && position > leadPosition && leadClasses.has(ACTION_CLASS[claim.action]))
      day = leadDay;
    if (!day) continue;
    claims[k] = { ...claim, date: day.date, date_precision: day.precision, date_basis: day.basis };
  }
}

/**
 * A claim dated only by publication (a headline, a lead without a day) takes the date of one of the next two
 * sentences when that sentence names its actor or target and states a single day ("…, the company said on
 * Saturday", "teilte der Konzern am Donnerstag mit"). Reports put the day in the attribution more often than not.
 */
export function datePublishedClaimsFromNextSentences(
  claims: ExtractedClaim[],
  sentences: readonly { text: string }[],
  lexicon: CompiledLexicon,
  reference: ReferenceDate | null,
  index: ExtractEntityIndex,
  dateCache: Map<string, DateExpression[]>,
  articleDate: string | null,
): void {
  if (!reference) return;
  // Several claims of one sentence look at the same next sentences: each is matched once. A sentence whose dates are
  // already known and name no single day is passed over before matching it at all (the tests are pure, so the order
  // changes nothing).
  const mentionedIds = new Map<string, Set<string>>();
  const idsIn = (text: string): Set<string> => {
    let ids = mentionedIds.get(text);
    if (ids === undefined) {
      ids = new Set(index.findMentions(text, lexicon.lang, { date: articleDate }).map((m) => m.id));
      mentionedIds.set(text, ids);
    }
    return ids;
  };
  const singleDay = (parsed: DateExpression[]): DateExpression | null => {
    const dates = parsed.filter((d) => d.date !== null);
    return dates.length === 1 && dates[0]!.precision === 'day' ? dates[0]! : null;
  };
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    if (claim.date_basis !== 'published') continue;
    const position = sentences.findIndex((s) => s.text === claim.evidence);
    if (position < 0) continue;
    for (const next of sentences.slice(position + 1, position + 3)) {
      let parsed = dateCache.get(next.text);
      if (parsed !== undefined && singleDay(parsed) === null) continue;
      const related =
        next.text.toLowerCase().includes(claim.target.name.toLowerCase()) ||
        idsIn(next.text).has(claim.actor.id) ||
        idsIn(next.text).has(claim.target.id);
      if (!related) continue;
      if (parsed === undefined) {
        parsed = findDateExpressions(next.text, lexicon.lang, reference);
        dateCache.set(next.text, parsed);
      }
      const date = singleDay(parsed);
      if (date === null) continue;
      claims[k] = { ...claim, date: date.date, date_precision: date.precision, date_basis: date.basis };
      break;
    }
  }
}

/**
 * A claim still dated only by publication that continues the same action as a claim of one of the three sentences
 * before it (same target, same action class: "Twitter hat am Montag das Konto von X gesperrt. Auch Facebook sperrte
 * das Konto von X.") takes that claim's day: reports state the day once, in the first sentence about the action.
 */
export function datePublishedClaimsFromEarlierClaims(
  claims: ExtractedClaim[],
  sentences: readonly { text: string }[],
): void {
  const positionOf = (claim: ExtractedClaim): number => sentences.findIndex((s) => s.text === claim.evidence);
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    if (claim.date_basis !== 'published') continue;
    const position = positionOf(claim);
    if (position <= 0) continue;
    for (let j = k - 1; j >= 0; j--) {
      const earlier = claims[j]!;
      const earlierPosition = positionOf(earlier);
      if (earlierPosition < 0 || earlierPosition >= position) continue;
      if (position - earlierPosition > 3) break;
      if (earlier.target.id !== claim.target.id) continue;
      if (ACTION_CLASS[earlier.action] !== ACTION_CLASS[claim.action]) continue;
      if (earlier.date_basis === 'published' || earlier.date_precision !== 'day' || earlier.date === null)
        break;
      claims[k] = {
        ...claim,
        date: earlier.date,
        date_precision: earlier.date_precision,
        date_basis: earlier.date_basis,
      };
      break;
    }
  }
}

/**
 * A headline in the present ("GoFundMe shuts down Freedom Convoy fundraiser") and the body that dates the same act
 * ("GoFundMe said on Wednesday it had removed…") often use different verbs, so they are two claims: the one dated
 * only by publication takes the other's date.
 */
export function datePublishedClaimsFromSameAct(claims: ExtractedClaim[], headline?: string): void {
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    if (claim.date_basis !== 'published') continue;
    // A headline names the act loosely ("Russia blocks Facebook" for Roskomnadzor's block), so any actor will do there.
    const fromHeadline = headline !== undefined && claim.evidence === headline;
    const dated = claims.find(
      (other) =>
        other !== claim &&
        other.date_basis !== 'published' &&
        other.date_precision === 'day' &&
        (other.actor.id === claim.actor.id || fromHeadline) &&
        other.target.id === claim.target.id &&
        ACTION_CLASS[other.action] === ACTION_CLASS[claim.action],
    );
    if (!dated) continue;
    claims[k] = {
      ...claim,
      date: dated.date,
      date_precision: dated.date_precision,
      date_basis: dated.date_basis,
    };
  }
}
