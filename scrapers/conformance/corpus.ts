/**
 * Reads the feedparser test corpus: each file starts with an XML comment holding `Description:`, `Expect:` and
 * optional `Header: Name: value` and `SkipUnless:` lines (see the corpus README).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';

export interface CorpusCase {
  /** Path relative to the corpus root, with `/`. */
  id: string;
  /** The folder the file sits in, relative to `tests/` (`wellformed/rss`, `encoding` …). */
  folder: string;
  bytes: Buffer;
  description: string;
  expect: string | null;
  headers: Record<string, string>;
  skipUnless: string | null;
}

function listFeedFiles(directory: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...listFeedFiles(path));
    else if (name.endsWith('.xml')) files.push(path);
  }
  return files;
}

/** Decodes just enough of a file to read its header comment, whatever its encoding (UTF-16/32 files included). */
function decodeHeaderText(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096);
  const candidates = ['utf-32be', 'utf-32le', 'utf-16be', 'utf-16le'];
  if (head.includes(0)) {
    for (const encoding of candidates) {
      const text = iconv.decode(head, encoding);
      if (text.includes('Expect:') || text.includes('Description:')) return text;
    }
  }
  return head.toString('latin1');
}

/**
 * Loads every `.xml` case under `<root>/tests`.
 * @throws Error when the folder cannot be read.
 */
export function loadCorpus(root: string): CorpusCase[] {
  const testsRoot = join(root, 'tests');
  return listFeedFiles(testsRoot).map((path) => {
    const bytes = readFileSync(path);
    const header = decodeHeaderText(bytes);
    const comment = /<!--([\s\S]*?)-->/.exec(header)?.[1] ?? '';
    const headers: Record<string, string> = {};
    let expect: string | null = null;
    let description = '';
    let skipUnless: string | null = null;
    for (const line of comment.split(/\r?\n/)) {
      const match = /^\s*(Header|Expect|Description|SkipUnless):\s*(.*?)\s*$/.exec(line);
      if (!match) continue;
      const [, key, value = ''] = match;
      if (key === 'Header') {
        const colon = value.indexOf(':');
        if (colon > 0) headers[value.slice(0, colon).trim().toLowerCase()] = value.slice(colon + 1).trim();
      } else if (key === 'Expect') expect = value;
      else if (key === 'Description') description = value;
      else if (key === 'SkipUnless') skipUnless = value;
    }
    const id = relative(root, path).split('\\').join('/');
    const folder = relative(testsRoot, join(path, '..')).split('\\').join('/') || '.';
    return { id, folder, bytes, description, expect, headers, skipUnless };
  });
}
