import type { Action, DateBasis, DatePrecision, EntityKind, Language, Service } from '../taxonomy.ts';

/** A named party of a claim: a catalogue entity, or a name read from the sentence with a slug as its id. */
export interface ClaimParty {
  id: string;
  name: string;
}

/** What one article states (DESIGN §3 Claim), as `wbw extract` prints it (DESIGN §4). */
export interface ExtractedClaim {
  actor: ClaimParty;
  action: Action;
  target: ClaimParty;
  service: Service;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null when only a relative expression dates it and no publication date is known. */
  date: string | null;
  date_precision: DatePrecision | null;
  date_basis: DateBasis | null;
  /** `HH:MM`, followed by a zone when the report states one (`23:59 America/Los_Angeles`). */
  time: string | null;
  /** ISO 3166-1 alpha-2 codes where the action applies (the blocking state); empty for worldwide. */
  countries: string[];
  /** The sentence that states the fact, verbatim (untrusted text). */
  evidence: string;
  confidence: number;
}

/** One article to extract from. */
export interface ExtractInput {
  text: string;
  /** `en`, `fr`, `de`, `es`, `pt`, `it`; null or another code falls back to English rules plus every lexicon's cues. */
  lang: string | null;
  /** The publication time (YYYY-MM-DD or ISO 8601 date-time); null when unknown. */
  published: string | null;
}

/** The slice of an entity the extractor needs. */
export interface ExtractEntity {
  id: string;
  name: string;
  kind: EntityKind;
  parent?: string | undefined;
  country?: string | undefined;
}

/** An entity named in a text, with character offsets into that text. */
export interface EntityMention {
  id: string;
  start: number;
  end: number;
  /** Other entities the same alias names ("the Supreme Court"): chosen by the countries the article names. */
  alternatives?: string[] | undefined;
}

/** What the extractor needs from the catalogue: the alias matcher and a look-up by id. */
export interface ExtractEntityIndex {
  /** `options.date` is the article's day: time-bound stand-ins (a judge for a court) match only within their period. */
  findMentions(text: string, lang: string | null, options?: { date?: string | null }): EntityMention[];
  get(id: string): ExtractEntity | undefined;
  /** The entity whose alias is exactly `name`, or null (optional: a plain test index may lack it). */
  lookupName?(name: string, lang: string | null): string | null;
}

export type { Action, DateBasis, DatePrecision, Language, Service };
