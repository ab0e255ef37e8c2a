import type { Action, Service } from '../taxonomy.ts';
import { LEXICONS, type LanguageLexicon } from './lexicons/index.ts';

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
  roleBefore: RegExp;
  permanent: RegExp;
  clauseBoundary: RegExp;
  auxiliary: RegExp | null;
  serviceWords: readonly CompiledServiceWord[];
  targetIntroducerBefore: RegExp;
  nameStopWords: ReadonlySet<string>;
}

const ARTICLES = "(?:the|its|their|his|her|le|la|les|l['’]|sa|son|ses|der|die|das|dem|den|des|seinem|ihrem|el|los|las|su|sus|o|os|a|as|seu|sua|il|lo|gli|i|suo)";

/** `\b` in JavaScript knows only ASCII letters ("retiré\b" never matches): lexicon sources get this one instead. */
const UNICODE_BOUNDARY = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';

function unicodeBoundaries(source: string): string {
  return source.replaceAll('\\b', UNICODE_BOUNDARY);
}

function compile(rawLexicon: LanguageLexicon): CompiledLexicon {
  const lexicon = withUnicodeBoundaries(rawLexicon);
  const word = (source: string, flags = 'iu') => new RegExp(`${WORD_START}(?:${source})`, flags);
  return {
    lang: lexicon.lang,
    verbs: lexicon.verbs.map((rule) => ({
      regex: new RegExp(`${WORD_START}(?:${rule.pattern})(?![\\p{L}])`, 'giu'),
      action: rule.action,
      passive: rule.passive === true,
      service: rule.service,
    })),
    passiveBeforeVerb: new RegExp(`${WORD_START}${lexicon.passiveMarkers}(?:\\s+[\\p{L}'’-]+){0,3}\\s*$`, 'iu'),
    passiveAnywhere: word(lexicon.passiveMarkers),
    agentBefore: new RegExp(`${WORD_START}${lexicon.agentMarkers}\\s+(?:${ARTICLES}\\s*)?$`, 'iu'),
    sourceBefore: new RegExp(`${WORD_START}${lexicon.sourceMarkers}\\s*(?:${ARTICLES}\\s*)?$`, 'iu'),
    locativeBefore: new RegExp(`${WORD_START}${lexicon.locativeMarkers}\\s+(?:${ARTICLES}\\s*)?$`, 'iu'),
    listGap: new RegExp(`^\\s*(?:${lexicon.listJoiners}|,)?\\s*(?:${lexicon.listJoiners})?\\s*(?:${ARTICLES}\\s*)?$`, 'iu'),
    cancel: word(lexicon.cancelCues),
    sentenceCancel: word(lexicon.sentenceCancelCues),
    follow: word(lexicon.followCues),
    pronounTarget: word(lexicon.pronounTargets),
    roleBefore: new RegExp(`${WORD_START}${lexicon.roleWords}`, 'iu'),
    permanent: word(lexicon.permanentCues),
    clauseBoundary: new RegExp(lexicon.clauseBoundaries, 'giu'),
    auxiliary: lexicon.auxiliaries ? new RegExp(`${WORD_START}${lexicon.auxiliaries}(?![\\p{L}])`, 'iu') : null,
    serviceWords: lexicon.serviceWords.map((rule) => ({
      regex: new RegExp(`${WORD_START}(?:${rule.pattern})(?![\\p{L}])`, 'giu'),
      service: rule.service,
      actor: rule.actor,
    })),
    targetIntroducerBefore: new RegExp(`${WORD_START}${lexicon.targetIntroducers}`, 'iu'),
    nameStopWords: new Set(lexicon.nameStopWords),
  };
}

function withUnicodeBoundaries(lexicon: LanguageLexicon): LanguageLexicon {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(lexicon)) {
    if (typeof value === 'string' && key !== 'lang') out[key] = unicodeBoundaries(value);
    else if (Array.isArray(value) && key !== 'nameStopWords') {
      out[key] = value.map((rule: { pattern: string }) => ({ ...rule, pattern: unicodeBoundaries(rule.pattern) }));
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
