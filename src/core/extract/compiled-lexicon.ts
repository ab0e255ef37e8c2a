import type { Action, Service } from '../taxonomy.ts';
import { type LanguageLexicon, LEXICONS } from './lexicons/index.ts';

/** Word start that knows accented letters (`\b` in JavaScript does not). */
const WORD_START = '(?<![\\p{L}\\p{N}])';

export interface CompiledVerbRule {
  regex: RegExp;
  action: Action | 'auto';
  passive: boolean;
  service: Service | undefined;
}

export interface CompiledServiceWord {
  regex: RegExp;
  service: Service;
  actor: string | undefined;
}

/** A language's lexicon with every pattern compiled once. */
export interface CompiledLexicon {
  lang: string;
  verbs: readonly CompiledVerbRule[];
  /**
   * Every verb rule in one regular expression, one capture group per rule (a single scan of the sentence instead of
   * one per rule: the scan is most of the extractor's own time). At one position the earlier rule wins, so rules are
   * listed specific first ("permanently suspended" before "suspended").
   */
  verbScan: RegExp;
  /** For each capture group number of {@link verbScan}, the index of its rule, or -1 for the rules' own groups. */
  verbGroupRule: readonly number[];
  /** Every service word in one expression, one capture group per rule, like {@link verbScan}. */
  serviceScan: RegExp;
  serviceGroupRule: readonly number[];
  passiveBeforeVerb: RegExp;
  passiveAnywhere: RegExp;
  agentBefore: RegExp;
  sourceBefore: RegExp;
  locativeBefore: RegExp;
  listGap: RegExp;
  cancel: RegExp;
  sentenceCancel: RegExp;
  follow: RegExp;
  pronounTarget: RegExp;
  /** {@link pronounTarget} with the global flag, for scanning every occurrence. */
  pronounTargetAll: RegExp;
  roleBefore: RegExp;
  permanent: RegExp;
  clauseBoundary: RegExp;
  auxiliary: RegExp | null;
  serviceWords: readonly CompiledServiceWord[];
  targetIntroducerBefore: RegExp;
  nameStopWords: ReadonlySet<string>;
}

const ARTICLES =
  "(?:the|its|their|his|her|le|la|les|l['’]|sa|son|ses|der|die|das|dem|den|des|seinem|ihrem|el|los|las|su|sus|o|os|a|as|seu|sua|il|lo|gli|i|suo)";

/**
 * `\b` in JavaScript knows only ASCII letters ("retiré\b" never matches): lexicon sources get a Unicode-aware guard
 * instead: a lookbehind where a word starts (a letter or a group follows), a lookahead where one ends.
 * The one-sided guards are several times cheaper than a two-sided boundary on accented text.
 */
const WORD_END = '(?![\\p{L}\\p{N}])';

function unicodeBoundaries(source: string): string {
  return source.replace(/\\b/g, (_match, offset: number) => {
    const next = source.slice(offset + 2, offset + 5);
    const previous = source.charAt(offset - 1);
    const startsWord = /^[\p{L}[]/u.test(next) || next === '(?:';
    // After a letter or a digit the boundary ends a word; after a closing group, too, when a character class follows
    // ("(?:gibt|gab)\b[^.]{0,40}wieder frei").
    const endsWord = /[\p{L}\p{N}]/u.test(previous) || (previous === ')' && next.startsWith('['));
    return startsWord && !endsWord ? WORD_START : WORD_END;
  });
}

function compile(rawLexicon: LanguageLexicon): CompiledLexicon {
  const lexicon = withUnicodeBoundaries(rawLexicon);
  const word = (source: string, flags = 'iu') => new RegExp(`${WORD_START}(?:${source})`, flags);
  const verbScan = combine(lexicon.verbs.map((rule) => rule.pattern));
  const serviceScan = combine(lexicon.serviceWords.map((rule) => rule.pattern));
  return {
    lang: lexicon.lang,
    verbScan: verbScan.regex,
    verbGroupRule: verbScan.groupRule,
    serviceScan: serviceScan.regex,
    serviceGroupRule: serviceScan.groupRule,
    verbs: lexicon.verbs.map((rule) => ({
      regex: new RegExp(`${WORD_START}(?:${rule.pattern})(?![\\p{L}])`, 'giu'),
      action: rule.action,
      passive: rule.passive === true,
      service: rule.service,
    })),
    passiveBeforeVerb: new RegExp(
      `${WORD_START}${lexicon.passiveMarkers}(?:\\s+[\\p{L}'’-]+){0,3}\\s*$`,
      'iu',
    ),
    passiveAnywhere: word(lexicon.passiveMarkers),
    agentBefore: new RegExp(`${WORD_START}${lexicon.agentMarkers}\\s+(?:${ARTICLES}\\s*)?$`, 'iu'),
    sourceBefore: new RegExp(`${WORD_START}${lexicon.sourceMarkers}\\s*(?:${ARTICLES}\\s*)?$`, 'iu'),
    locativeBefore: new RegExp(`${WORD_START}${lexicon.locativeMarkers}\\s+(?:${ARTICLES}\\s*)?$`, 'iu'),
    listGap: new RegExp(
      `^\\s*(?:${lexicon.listJoiners}|,)?\\s*(?:${lexicon.listJoiners})?\\s*(?:${ARTICLES}\\s*)?$`,
      'iu',
    ),
    cancel: word(lexicon.cancelCues),
    sentenceCancel: word(lexicon.sentenceCancelCues),
    follow: word(lexicon.followCues),
    pronounTarget: word(lexicon.pronounTargets),
    pronounTargetAll: word(longestAlternativesFirst(lexicon.pronounTargets), 'giu'),
    roleBefore: new RegExp(`${WORD_START}${lexicon.roleWords}`, 'iu'),
    permanent: word(lexicon.permanentCues),
    clauseBoundary: new RegExp(lexicon.clauseBoundaries, 'giu'),
    auxiliary: lexicon.auxiliaries
      ? new RegExp(`${WORD_START}${lexicon.auxiliaries}(?![\\p{L}])`, 'iu')
      : null,
    serviceWords: lexicon.serviceWords.map((rule) => ({
      regex: new RegExp(`${WORD_START}(?:${rule.pattern})(?![\\p{L}])`, 'giu'),
      service: rule.service,
      actor: rule.actor,
    })),
    targetIntroducerBefore: new RegExp(`${WORD_START}${lexicon.targetIntroducers}`, 'iu'),
    nameStopWords: new Set(lexicon.nameStopWords),
  };
}

/**
 * Reorders the top-level alternatives of `(?:a|b|c)` longest first, so that "a aplicação" is tried before the clitic
 * "a" at the same position.
 */
function longestAlternativesFirst(source: string): string {
  const inner = source.startsWith('(?:') && source.endsWith(')') ? source.slice(3, -1) : source;
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let k = 0; k < inner.length; k++) {
    const char = inner[k]!;
    if (char === '\\') {
      current += char + (inner[k + 1] ?? '');
      k++;
      continue;
    }
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === '|' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  // Word guards do not count towards the length: "(?<![\p{L}\p{N}])a(?![\p{L}\p{N}])" is the one-letter "a".
  const visibleLength = (part: string) => part.replace(/\(\?<?[!=]\[[^\]]*\]\)/g, '').length;
  return `(?:${parts.sort((a, b) => visibleLength(b) - visibleLength(a)).join('|')})`;
}

function countCaptureGroups(source: string): number {
  return (new RegExp(`${source}|`, 'u').exec('')?.length ?? 1) - 1;
}

/** Joins patterns into one global expression `(p0)|(p1)|…` and maps each capture group back to its pattern. */
/** The index just past the group that opens at `start` (a `(` in `source`), skipping escapes and classes. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = start; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/**
 * A rule that opens with a lookbehind ("(?<=^(?:Capitalised )…)(?:banned|barred)…") makes the engine evaluate the
 * lookbehind at every position of every sentence. Moving it after the words it guards ("(?:banned|barred)(?<=^(?:…)
 * (?:banned|barred))…") lets the literal fail first: same matches, several times cheaper on the English lexicon.
 */
export function literalFirst(pattern: string): string {
  if (!pattern.startsWith('(?<=')) return pattern;
  const lookbehindEnd = groupEnd(pattern, 0);
  if (lookbehindEnd < 0 || !pattern.startsWith('(?:', lookbehindEnd)) return pattern;
  const wordsEnd = groupEnd(pattern, lookbehindEnd);
  if (wordsEnd < 0) return pattern;
  const condition = pattern.slice(4, lookbehindEnd - 1);
  const words = pattern.slice(lookbehindEnd, wordsEnd);
  return `${words}(?<=${condition}${words})${pattern.slice(wordsEnd)}`;
}

function combine(patterns: readonly string[]): { regex: RegExp; groupRule: number[] } {
  const groupRule: number[] = [-1];
  const parts = patterns.map((pattern, ruleIndex) => {
    groupRule.push(ruleIndex);
    // Counted once: the count compiles the pattern, and the loop bound is evaluated on every turn.
    const inner = countCaptureGroups(pattern);
    for (let k = 0; k < inner; k++) groupRule.push(-1);
    return `(${literalFirst(pattern)})`;
  });
  return { regex: new RegExp(`${WORD_START}(?:${parts.join('|')})(?![\\p{L}])`, 'giu'), groupRule };
}

function withUnicodeBoundaries(lexicon: LanguageLexicon): LanguageLexicon {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(lexicon)) {
    if (typeof value === 'string' && key !== 'lang') out[key] = unicodeBoundaries(value);
    // Rule lists get the word guards; the plain word lists (names to skip, pre-filter stems) are not patterns.
    else if (Array.isArray(value) && key !== 'nameStopWords' && key !== 'prefilterStems') {
      out[key] = value.map((rule: { pattern: string }) => ({
        ...rule,
        pattern: unicodeBoundaries(rule.pattern),
      }));
    } else out[key] = value;
  }
  return out as unknown as LanguageLexicon;
}

const COMPILED = new Map<string, CompiledLexicon>();

/** The compiled lexicon of `lang`; English for a missing or unsupported language. */
export function getCompiledLexicon(lang: string | null): CompiledLexicon {
  const key = lang && LEXICONS[lang.slice(0, 2).toLowerCase()] ? lang.slice(0, 2).toLowerCase() : 'en';
  let compiled = COMPILED.get(key);
  if (!compiled) {
    compiled = compile(LEXICONS[key]!);
    COMPILED.set(key, compiled);
  }
  return compiled;
}
