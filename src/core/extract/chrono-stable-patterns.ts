import type { Parser, ParsingContext } from 'chrono-node';

/**
 * chrono-node's word-boundary parsers cache their compiled pattern (`(\W|^)` + the parser's inner pattern) only while
 * `innerPattern()` returns the very same object. Several build it anew on every call (a regular-expression literal or a
 * `new RegExp` inside the method: the French, German, Spanish and Portuguese casual date and time parsers, the
 * duration parsers), so every parse compiled their pattern again. The parsers given here keep their compiled pattern
 * while the inner pattern's source and flags stay the same: that is the same expression, so the same matches.
 * Expressions with the global or sticky flag (whose `lastIndex` carries state) are still rebuilt as before.
 */

/** The part of chrono's `AbstractParserWithWordBoundaryChecking` this relies on. */
interface WordBoundaryParser extends Parser {
  innerPattern(context: ParsingContext): RegExp;
  innerPatternHasChange(context: ParsingContext, currentInnerPattern: RegExp): boolean;
}

function isWordBoundaryParser(parser: Parser): parser is WordBoundaryParser {
  const candidate = parser as Partial<WordBoundaryParser>;
  return (
    typeof candidate.innerPattern === 'function' && typeof candidate.innerPatternHasChange === 'function'
  );
}

/**
 * Each parser as a thin object over the original (its prototype: same class name, same methods and settings) whose
 * pattern check compares source and flags instead of identity. The originals are left untouched.
 */
export function withStablePatterns(parsers: readonly Parser[]): Parser[] {
  return parsers.map((parser) => {
    if (!isWordBoundaryParser(parser)) return parser;
    const stable: WordBoundaryParser = Object.create(parser);
    stable.innerPatternHasChange = function (context: ParsingContext, current: RegExp): boolean {
      const next = parser.innerPattern.call(this, context);
      if (next === current) return false;
      if (next.global || next.sticky || current.global || current.sticky) return true;
      return next.source !== current.source || next.flags !== current.flags;
    };
    return stable;
  });
}
