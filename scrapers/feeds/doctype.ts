/**
 * DTD neutralisation. A DOCTYPE is where billion-laughs entity bombs (nested internal entities), XXE (`SYSTEM
 * "file:///etc/passwd"`) and remote DTD fetches come from. feedsmith runs fast-xml-parser with `processEntities: false`,
 * which already skips entity expansion, but fast-xml-parser had entity-expansion CVEs as recently as 2026
 * (LIBRARIES.md), so we do not rely on one library flag: the whole declaration, internal subset included, is removed
 * before any parser sees the text. Entities it declared stay as their literal `&name;` text: harmless, never expanded,
 * nothing read from disk or network. HTML named entities (`&eacute;`) are decoded by the parser from its built-in table.
 */

export interface NeutralizedDoctype {
  text: string;
  /** A warning when the DOCTYPE declared entities or pointed at an external DTD, else null. */
  warning: string | null;
}

/**
 * Removes every `<!DOCTYPE …>` declaration (with its `[ … ]` internal subset) from the prolog.
 * @returns the text without it, and a warning naming what was dropped.
 */
export function neutralizeDoctype(text: string): NeutralizedDoctype {
  // Only the prolog (before the first element) may hold a DOCTYPE, so only the prolog is searched: a 12 MB feed is
  // not scanned twice for a declaration that can only sit in its first lines.
  const firstElement = text.search(/<[A-Za-z_]/);
  const prolog = firstElement === -1 ? text : text.slice(0, firstElement);
  const start = prolog.search(/<!DOCTYPE/i);
  if (start === -1) return { text, warning: null };
  let index = start + 9;
  let inSubset = false;
  let quote = '';
  for (; index < text.length; index++) {
    const character = text[index];
    // A comment or processing instruction in the internal subset may hold `]`, `>` and lone quotes
    // (`<!-- ] > it's -->`): skip it whole, or the declaration would end early and its remainder, entity declarations
    // included, would land before the root element and lose every item of an otherwise well-formed feed.
    if (inSubset && quote === '' && character === '<') {
      const closing = text.startsWith('<!--', index) ? '-->' : text.startsWith('<?', index) ? '?>' : null;
      if (closing !== null) {
        const end = text.indexOf(closing, index + 2);
        if (end === -1) {
          index = text.length;
          break;
        }
        index = end + closing.length - 1;
        continue;
      }
    }
    if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '[') inSubset = true;
    else if (character === ']') inSubset = false;
    else if (character === '>' && !inSubset) break;
  }
  const declaration = text.slice(start, index + 1);
  const rest = text.slice(0, start) + text.slice(index + 1);
  const declaresEntities = /<!ENTITY/i.test(declaration);
  const external = /\b(?:SYSTEM|PUBLIC)\b/i.test(declaration);
  let warning: string | null = null;
  if (declaresEntities) warning = 'feeds: DOCTYPE entity declarations ignored (never expanded)';
  else if (external && !/netscape\.com|rss-0\.91|w3\.org\/TR\/xhtml/i.test(declaration))
    warning = 'feeds: external DTD ignored (never fetched)';
  return { text: rest, warning };
}
