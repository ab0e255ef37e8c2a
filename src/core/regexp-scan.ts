/**
 * Every match of a global regular expression in a text, as `text.matchAll(pattern)` gives them, without its cost.
 *
 * `String.prototype.matchAll` copies the expression first (the specification's `new RegExp(pattern, flags)`), and in
 * V8 the copy is looked up or compiled again from its source on every call: for the lexicons' combined scans (several
 * kilobytes each) that costs more than the scan itself. This runs `exec` on the expression itself, advances past an
 * empty match the way the specification does, and puts `lastIndex` back as it was, so callers see the same matches
 * and the same expression afterwards.
 * @throws TypeError when the expression is not global (as `matchAll` does)
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('execAll needs a global regular expression');
  const saved = pattern.lastIndex;
  const fullUnicode = pattern.unicode || pattern.unicodeSets;
  const matches: RegExpExecArray[] = [];
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      matches.push(match);
      if (match[0] === '') pattern.lastIndex = advanceStringIndex(text, pattern.lastIndex, fullUnicode);
    }
  } finally {
    pattern.lastIndex = saved;
  }
  return matches;
}

/** The specification's AdvanceStringIndex: one code unit, or one code point under the `u` and `v` flags. */
function advanceStringIndex(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
