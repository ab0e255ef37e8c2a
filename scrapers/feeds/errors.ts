/** Why a body could not be read as a feed at all (an empty body, an HTML page, no known format). */
export type FeedParseErrorKind = 'empty' | 'html' | 'unrecognized' | 'malformed';

/**
 * Thrown only when nothing usable came out of a body; a feed that breaks after some complete items is returned
 * with those items and a warning instead.
 */
export class FeedParseError extends Error {
  readonly kind: FeedParseErrorKind;

  constructor(kind: FeedParseErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedParseError';
    this.kind = kind;
  }
}
