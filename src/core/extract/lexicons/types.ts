import type { Action, Service } from '../../taxonomy.ts';

/**
 * One verb or construction that states an action. `auto` actions are resolved by the service ("dropped", "cut off",
 * "deplatformed": hosting → terminate, a store → remove, an account → ban).
 */
export interface VerbRule {
  /** A regular-expression source, matched case-insensitively at a word start. */
  pattern: string;
  action: Action | 'auto';
  /** The construction is passive in itself ("a été retirée", "wurde gesperrt"). */
  passive?: boolean;
  /** The construction names its service ("stopped hosting" → hosting). */
  service?: Service;
}

/** A word that names a service, and the actor it implies when it is a store or a product ("App Store" → apple). */
export interface ServiceWordRule {
  pattern: string;
  service: Service;
  actor?: string;
}

/**
 * The words of one language. Every field holds regular-expression sources; they are compiled once, case-insensitive,
 * with a word-start guard that knows accented letters.
 */
export interface LanguageLexicon {
  lang: string;
  verbs: readonly VerbRule[];
  /**
   * Stems the per-sentence pre-filter must also let through (merged with its own list in prefilter.ts). A verb rule
   * whose words the pre-filter refuses never fires, so a rule and the stems it needs are added together, here.
   */
  prefilterStems?: readonly string[];
  /** Auxiliaries that make the verb after them passive ("was", "a été", "wurde", "fue", "foi", "è stato"). */
  passiveMarkers: string;
  /** Before an entity: it is the agent of a passive ("by", "par", "von", "por", "pelo", "da"). */
  agentMarkers: string;
  /** Before an entity: the store or service the target is taken from ("from", "de", "aus", "del", "do", "dal"). */
  sourceMarkers: string;
  /** Before a state: where the action applies ("in", "en", "in", "em", "no", "in"). */
  locativeMarkers: string;
  /** Between two entities of one list ("and", "et", "und", "y", "e", ","). */
  listJoiners: string;
  /** Cues that cancel a claim when they stand between the clause start and the verb: negation, modality, threats, plans. */
  cancelCues: string;
  /** Cues that cancel every claim of the sentence: fear, speculation, calls and demands, hypotheticals, reported denials. */
  sentenceCancelCues: string;
  /** The actor did what the previous actor did ("followed suit", "a suivi", "folgte"). */
  followCues: string;
  /** Object pronouns and anaphoric nouns that stand for the last named target. */
  pronounTargets: string;
  /** Titles and roles that make a named person a public figure ("the rapper", "le député"). */
  roleWords: string;
  /** Turns a suspension into a ban ("permanently", "définitivement"). */
  permanentCues: string;
  /** Strong clause boundaries inside a sentence, between two verbs. */
  clauseBoundaries: string;
  /** German word order: the auxiliary that stands where the verb's meaning begins ("hat Parler gesperrt"). */
  auxiliaries?: string;
  serviceWords: readonly ServiceWordRule[];
  /** Words before a capitalised phrase that make it the target's name ("the app", "l'application", "die App"). */
  targetIntroducers: string;
  /** Capitalised words that never start a target name (articles at a sentence start, months, weekdays). */
  nameStopWords: readonly string[];
}
