/**
 * feedsmith's output for each format (RSS 0.9x/2.0, RDF/RSS 1.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) mapped to one raw
 * shape. feedsmith's types promise more than a hostile feed guarantees, so its output is read as `unknown` through
 * small accessors; normalisation (plain text, URLs, dates) happens afterwards in one place (build-item.ts).
 * Specs: https://www.rssboard.org/rss-specification, https://web.resource.org/rss/1.0/spec,
 * RFC 4287 (Atom 1.0), https://www.jsonfeed.org/version/1.1/.
 */

/** One item's fields as the feed gave them, before normalisation. */
export interface RawItemFields {
  guid: string | null;
  link: string | null;
  title: string | null;
  summary: string | null;
  content: string | null;
  date: string | null;
  author: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  base: string | null;
  lang: string | null;
}

export interface RawFeedFields {
  title: string | null;
  link: string | null;
  lang: string | null;
  base: string | null;
  items: RawItemFields[];
}

type UnknownRecord = Record<string, unknown>;

function asRecord(value: unknown): UnknownRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as UnknownRecord)
    : null;
}

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function field(record: UnknownRecord | null, ...path: string[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    const next = asRecord(current);
    if (!next) return undefined;
    current = next[key];
  }
  return current;
}

function firstString(...values: unknown[]): string | null {
  for (const value of values) {
    const text = Array.isArray(value) ? asString(value[0]) : asString(value);
    if (text !== null && text.trim() !== '') return text;
  }
  return null;
}

/** Atom text constructs come as `{ value, type }`. */
function textValue(value: unknown): string | null {
  return asString(value) ?? asString(field(asRecord(value), 'value'));
}

function firstPersonName(value: unknown): string | null {
  for (const person of asArray(value)) {
    const name =
      asString(person) ??
      asString(field(asRecord(person), 'name')) ??
      asString(field(asRecord(person), 'email'));
    if (name && name.trim() !== '') return name;
  }
  return null;
}

/** RFC 4287 §4.2.7.2: the `alternate` link (a link without `rel` is one), else the first link. */
function atomAlternateLink(links: unknown): string | null {
  const all = asArray(links)
    .map(asRecord)
    .filter((link): link is UnknownRecord => link !== null);
  const alternate = all.find((link) => {
    const rel = asString(link.rel);
    return rel === null || rel === 'alternate';
  });
  return asString((alternate ?? all[0])?.href);
}

function dublinCoreDate(record: UnknownRecord | null): string | null {
  return firstString(
    field(record, 'dc', 'dates'),
    field(record, 'dc', 'date'),
    field(record, 'dcterms', 'issued'),
    field(record, 'dcterms', 'created'),
    field(record, 'dcterms', 'modified'),
  );
}

/** RSS 2.0 guid is the item's permalink unless isPermaLink="false" (and only when it is a URL at all). */
function rssGuidLink(guid: UnknownRecord | null): string | null {
  const value = asString(guid?.value);
  if (!value || guid?.isPermaLink === false) return null;
  return /^https?:\/\//i.test(value.trim()) ? value : null;
}

function adaptRssItem(item: UnknownRecord): RawItemFields {
  const guid = asRecord(item.guid);
  return {
    // RSS 1.0 items name themselves by rdf:about.
    guid: asString(guid?.value) ?? asString(field(item, 'rdf', 'about')),
    link: firstString(item.link, atomAlternateLink(field(item, 'atom', 'links'))) ?? rssGuidLink(guid),
    title: firstString(item.title, field(item, 'dc', 'titles'), textValue(field(item, 'media', 'title'))),
    summary: firstString(
      item.description,
      field(item, 'dc', 'descriptions'),
      field(item, 'itunes', 'summary'),
    ),
    content: firstString(field(item, 'content', 'encoded')),
    date: firstString(
      item.pubDate,
      dublinCoreDate(item),
      field(item, 'atom', 'published'),
      field(item, 'atom', 'updated'),
    ),
    author:
      firstPersonName(item.authors) ??
      firstString(field(item, 'dc', 'creators'), field(item, 'itunes', 'author')),
    sourceTitle: asString(field(item, 'source', 'title')),
    sourceUrl: asString(field(item, 'source', 'url')),
    base: asString(field(item, 'xml', 'base')),
    lang: firstString(field(item, 'xml', 'lang'), field(item, 'dc', 'languages')),
  };
}

/** RSS 0.9x/2.0 and RDF (RSS 1.0) share item fields in feedsmith's output. */
export function adaptRssFeed(feed: UnknownRecord): RawFeedFields {
  return {
    title: firstString(feed.title, field(feed, 'dc', 'titles'), field(asRecord(feed.channel), 'title')),
    link: firstString(feed.link, atomAlternateLink(field(feed, 'atom', 'links'))),
    lang: firstString(feed.language, field(feed, 'dc', 'languages'), field(feed, 'xml', 'lang')),
    base: asString(field(feed, 'xml', 'base')),
    items: asArray(feed.items)
      .map(asRecord)
      .filter((item): item is UnknownRecord => item !== null)
      .map(adaptRssItem),
  };
}

function adaptAtomEntry(entry: UnknownRecord): RawItemFields {
  const content = asRecord(entry.content);
  return {
    guid: asString(entry.id),
    link: atomAlternateLink(entry.links),
    title: textValue(entry.title),
    summary: textValue(entry.summary),
    content: asString(content?.value) ?? asString(entry.content),
    date: firstString(entry.published, entry.updated, dublinCoreDate(entry)),
    author: firstPersonName(entry.authors) ?? firstString(field(entry, 'dc', 'creators')),
    sourceTitle: textValue(field(entry, 'source', 'title')),
    sourceUrl: atomAlternateLink(field(entry, 'source', 'links')),
    base: asString(field(entry, 'xml', 'base')),
    lang: asString(field(entry, 'xml', 'lang')),
  };
}

export function adaptAtomFeed(feed: UnknownRecord): RawFeedFields {
  return {
    title: textValue(feed.title),
    link: atomAlternateLink(feed.links),
    lang: firstString(field(feed, 'xml', 'lang'), field(feed, 'dc', 'languages')),
    base: asString(field(feed, 'xml', 'base')),
    items: asArray(feed.entries)
      .map(asRecord)
      .filter((entry): entry is UnknownRecord => entry !== null)
      .map(adaptAtomEntry),
  };
}

function adaptJsonItem(item: UnknownRecord, feedLang: string | null): RawItemFields {
  return {
    guid: asString(item.id),
    link: firstString(item.url, item.external_url),
    title: asString(item.title),
    summary: asString(item.summary),
    content: firstString(item.content_html, item.content_text),
    date: firstString(item.date_published, item.date_modified),
    author: firstPersonName(item.authors) ?? firstPersonName(item.author),
    sourceTitle: null,
    sourceUrl: null,
    base: null,
    lang: asString(item.language) ?? feedLang,
  };
}

export function adaptJsonFeed(feed: UnknownRecord): RawFeedFields {
  const lang = asString(feed.language);
  return {
    title: asString(feed.title),
    link: asString(feed.home_page_url),
    lang,
    base: null,
    items: asArray(feed.items)
      .map(asRecord)
      .filter((item): item is UnknownRecord => item !== null)
      .map((item) => adaptJsonItem(item, null)),
  };
}
