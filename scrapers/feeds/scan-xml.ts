/**
 * A single-pass well-formedness scan of a feed's XML, written for two jobs the parsing library does not do:
 * flagging an ill-formed feed (feedparser's `bozo`), and finding where a broken feed breaks so that the complete
 * items before the break can be salvaged. It checks tag balance, tag syntax and entity references; it does not
 * validate namespaces or DTDs (DTDs are removed before parsing, see neutralizeDoctype).
 */

export interface XmlScanResult {
  /** Local name of the first element (`rss`, `feed`, `RDF`, `html`…), or null when there is none. */
  rootName: string | null;
  /** First structural error (unclosed or mismatched tag, bad tag syntax), or null when the tags are balanced. */
  structuralError: { offset: number; message: string } | null;
  /**
   * Where to cut the text to keep only what precedes the break, minus an item left incomplete by it, and the closing
   * tags that make that prefix well-formed. Null when there is no structural error.
   */
  salvage: { cutOffset: number; closingTags: string } | null;
  /**
   * First non-structural well-formedness error: a reference XML does not define (`&eacute;` without a DTD, a bare `&`)
   * or an undeclared namespace prefix; null when none. Parsing goes on: these do not lose any content.
   */
  nonStructuralError: string | null;
}

const ITEM_LOCAL_NAMES = new Set(['item', 'entry']);
const XML_REFERENCE_PATTERN = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)([^\s;<&]{0,32};?)/;
/** The same check anchored at one `&`, for text nodes scanned ampersand by ampersand. */
const XML_REFERENCE_AT_START_PATTERN = /^&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)([^\s;<&]{0,32};?)/;
const NAME_START_PATTERN = /[A-Za-z_:\u00C0-\uFFFF]/;

interface OpenElement {
  name: string;
  offset: number;
}

function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}

/** Offset just past the `>` that closes a start tag, honouring quoted attribute values; -1 when unterminated. */
function findTagEnd(text: string, from: number): number {
  let index = from;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 62 /* > */) return index + 1;
    if (code === 34 /* " */ || code === 39 /* ' */) {
      const close = text.indexOf(code === 34 ? '"' : "'", index + 1);
      if (close === -1) return -1;
      index = close + 1;
      continue;
    }
    if (code === 60 /* < */) return -1;
    index++;
  }
  return -1;
}

function buildSalvage(
  stack: readonly OpenElement[],
  breakOffset: number,
): { cutOffset: number; closingTags: string } {
  let keepDepth = stack.length;
  let cutOffset = breakOffset;
  // An item still open at the break is incomplete: cut before it, and close only its ancestors.
  for (let depth = 0; depth < stack.length; depth++) {
    const element = stack[depth];
    if (element && ITEM_LOCAL_NAMES.has(localName(element.name).toLowerCase())) {
      keepDepth = depth;
      cutOffset = element.offset;
      break;
    }
  }
  let closingTags = '';
  for (let depth = keepDepth - 1; depth >= 0; depth--) closingTags += `</${stack[depth]?.name ?? ''}>`;
  return { cutOffset, closingTags };
}

/**
 * Scans XML text once for well-formedness.
 * @returns the root element's name, the first structural error with a salvage plan, and the first undefined entity.
 */
export function scanXml(text: string): XmlScanResult {
  const stack: OpenElement[] = [];
  let rootName: string | null = null;
  let entityError: string | null = null;
  let namespaceError: string | null = null;
  const declaredPrefixes = new Set<string>();
  let position = 0;
  let nextAmpersand = 0;
  let tagAmpersand = 0;
  const fail = (offset: number, message: string): XmlScanResult => ({
    rootName,
    structuralError: { offset, message },
    salvage: buildSalvage(stack, offset),
    nonStructuralError: entityError ?? namespaceError,
  });

  while (true) {
    const lessThan = text.indexOf('<', position);
    const textEnd = lessThan === -1 ? text.length : lessThan;
    if (entityError === null && stack.length > 0 && nextAmpersand !== -1) {
      // The next `&` is remembered across segments: searching afresh from every text node would rescan the rest of
      // a document without ampersands once per node, quadratic on a large feed.
      if (nextAmpersand < position) nextAmpersand = text.indexOf('&', position);
      while (nextAmpersand !== -1 && nextAmpersand < textEnd && entityError === null) {
        const match = XML_REFERENCE_AT_START_PATTERN.exec(
          text.slice(nextAmpersand, Math.min(textEnd, nextAmpersand + 40)),
        );
        if (match) entityError = `undefined entity or bare ampersand "&${match[1] ?? ''}"`;
        nextAmpersand = text.indexOf('&', nextAmpersand + 1);
      }
    }
    if (lessThan === -1) break;
    if (text.startsWith('<!--', lessThan)) {
      const end = text.indexOf('-->', lessThan + 4);
      if (end === -1) return fail(lessThan, 'unterminated comment');
      position = end + 3;
    } else if (text.startsWith('<![CDATA[', lessThan)) {
      const end = text.indexOf(']]>', lessThan + 9);
      if (end === -1) return fail(lessThan, 'unterminated CDATA section');
      position = end + 3;
    } else if (text.startsWith('<?', lessThan)) {
      const end = text.indexOf('?>', lessThan + 2);
      if (end === -1) return fail(lessThan, 'unterminated processing instruction');
      position = end + 2;
    } else if (text.startsWith('<!', lessThan)) {
      const end = text.indexOf('>', lessThan + 2);
      if (end === -1) return fail(lessThan, 'unterminated declaration');
      position = end + 1;
    } else if (text.charCodeAt(lessThan + 1) === 47 /* / */) {
      const end = text.indexOf('>', lessThan + 2);
      if (end === -1) return fail(lessThan, 'unterminated end tag');
      const name = text.slice(lessThan + 2, end).trim();
      const open = stack[stack.length - 1];
      if (!open) return fail(lessThan, `end tag </${name}> without a start tag`);
      if (open.name !== name) return fail(lessThan, `end tag </${name}> does not close <${open.name}>`);
      stack.pop();
      position = end + 1;
      if (stack.length === 0) {
        const rest = text
          .slice(position)
          .replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '')
          .trim();
        if (rest !== '')
          return {
            rootName,
            structuralError: { offset: position, message: 'content after the root element' },
            salvage: { cutOffset: position, closingTags: '' },
            nonStructuralError: entityError ?? namespaceError,
          };
        break;
      }
    } else {
      const first = text.charAt(lessThan + 1);
      if (!NAME_START_PATTERN.test(first)) return fail(lessThan, 'a "<" that does not start a tag');
      const end = findTagEnd(text, lessThan + 1);
      if (end === -1) return fail(lessThan, 'unterminated start tag');
      const nameMatch = /^[^\s/>]+/.exec(text.slice(lessThan + 1, Math.min(end, lessThan + 200)));
      const name = nameMatch ? nameMatch[0] : '';
      if (rootName === null) rootName = localName(name);
      else if (stack.length === 0) return fail(lessThan, 'a second root element');
      const colon = name.indexOf(':');
      if (namespaceError === null && colon > 0) {
        const prefix = name.slice(0, colon);
        if (prefix !== 'xml' && prefix !== 'xmlns' && !declaredPrefixes.has(prefix)) {
          if (text.includes(`xmlns:${prefix}=`)) declaredPrefixes.add(prefix);
          else namespaceError = `undeclared namespace prefix "${prefix}"`;
        }
      }
      if (entityError === null) {
        // Cached like nextAmpersand: a fresh indexOf per tag would rescan an ampersand-free document once per tag.
        if (tagAmpersand !== -1 && tagAmpersand < lessThan) tagAmpersand = text.indexOf('&', lessThan);
        if (tagAmpersand !== -1 && tagAmpersand < end) {
          const match = XML_REFERENCE_PATTERN.exec(text.slice(lessThan, end));
          if (match) entityError = `undefined entity or bare ampersand "&${match[1] ?? ''}" in an attribute`;
        }
      }
      if (text.charCodeAt(end - 2) !== 47 /* / */) stack.push({ name, offset: lessThan });
      position = end;
    }
  }
  if (stack.length > 0)
    return fail(text.length, `document ends inside <${stack[stack.length - 1]?.name ?? ''}>`);
  return {
    rootName,
    structuralError: null,
    salvage: null,
    nonStructuralError: entityError ?? namespaceError,
  };
}
