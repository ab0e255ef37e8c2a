import type { PublishedEvent } from '../core/events/types.ts';
import { formatPartialDate } from './format.ts';

/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) written by hand rather than by @astrojs/rss: the digest needs
 * its own non-permalink guid (`digest-YYYY-Www`), and every text must pass through one escaping function that also
 * drops the control characters XML 1.0 forbids (a scraped title with U+0001 would make the whole feed unreadable).
 */
export interface FeedItem {
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: boolean;
  pubDate: Date;
  description: string;
}

export interface Feed {
  title: string;
  /** The page the feed belongs to (absolute). */
  link: string;
  /** The feed's own URL (absolute), for atom:link rel=self. */
  self: string;
  description: string;
  items: FeedItem[];
}

/** Escapes text for XML element content and attribute values, dropping characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Serialises a feed to RSS 2.0 with an atom:link to itself. */
export function renderRss(feed: Feed): string {
  const items = feed.items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link>` +
        `<guid isPermaLink="${item.guidIsPermaLink}">${escapeXml(item.guid)}</guid>` +
        `<pubDate>${item.pubDate.toUTCString()}</pubDate>` +
        `<description>${escapeXml(item.description)}</description></item>`,
    )
    .join('\n');
  const lastBuild = feed.items[0]?.pubDate ?? new Date(0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.link)}</link>
<description>${escapeXml(feed.description)}</description><language>en</language>
<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>
${items}
</channel></rss>
`;
}

/** When an event was first reported, as a Date; falls back to its own date, then to the epoch (never invalid). */
export function reportedAt(event: PublishedEvent): Date {
  for (const value of [event.first_reported_at, event.date]) {
    if (!value) continue;
    const date = new Date(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date(0);
}

/** Feed items for events: newest report first, dated by first_reported_at, guid the event URL. */
export function eventFeedItems(events: readonly PublishedEvent[], siteUrl: string, limit = 50): FeedItem[] {
  return [...events]
    .sort((a, b) => reportedAt(b).getTime() - reportedAt(a).getTime() || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((event) => {
      const link = `${siteUrl}/events/${event.id}/`;
      const label = event.status === 'automatic' ? ' [unreviewed]' : '';
      return {
        title: `${event.summary}${label}`,
        link,
        guid: link,
        guidIsPermaLink: true,
        pubDate: reportedAt(event),
        description: `${formatPartialDate(event.date, event.date_precision)}: ${event.summary} (${event.sources.length} source${event.sources.length === 1 ? '' : 's'})`,
      };
    });
}
