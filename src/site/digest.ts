import type { PublishedEvent } from '../core/events/types.ts';
import { formatPartialDate } from './format.ts';
import { type FeedItem, reportedAt } from './rss.ts';

/** ISO 8601 week of a UTC instant: `{ year: 2021, week: 1 }` for 2021-01-08. */
export function isoWeekOf(date: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the same week decides the ISO year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return { year: day.getUTCFullYear(), week: Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/** Monday 00:00 UTC of the ISO week holding `date`. */
export function startOfIsoWeek(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() || 7) - 1));
  return day;
}

export function weekKey(week: { year: number; week: number }): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/**
 * The weekly digest (DESIGN §5): one item per completed ISO week (UTC) of the last 52, holding that week's reviewed
 * events by first report; automatic events never enter it. Weeks without events get no item. The item is dated at the
 * end of its week (the next Monday 00:00 UTC), its guid is `digest-YYYY-Www` and it links to the timeline.
 */
export function digestItems(events: readonly PublishedEvent[], now: Date, siteUrl: string): FeedItem[] {
  const currentWeekStart = startOfIsoWeek(now).getTime();
  const oldest = currentWeekStart - 52 * 7 * 86_400_000;
  const weeks = new Map<number, PublishedEvent[]>();
  for (const event of events) {
    if (event.status !== 'reviewed') continue;
    const at = reportedAt(event).getTime();
    if (at < oldest || at >= currentWeekStart) continue;
    const start = startOfIsoWeek(new Date(at)).getTime();
    const list = weeks.get(start);
    if (list) list.push(event);
    else weeks.set(start, [event]);
  }
  return [...weeks]
    .sort((a, b) => b[0] - a[0])
    .map(([start, weekEvents]) => {
      const key = weekKey(isoWeekOf(new Date(start)));
      const sorted = [...weekEvents].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const lines = sorted.map(
        (event) =>
          `${formatPartialDate(event.date, event.date_precision)}: ${event.summary} ${siteUrl}/events/${event.id}/`,
      );
      return {
        title: `Week ${key}: ${weekEvents.length} event${weekEvents.length === 1 ? '' : 's'}`,
        link: `${siteUrl}/#week-${key}`,
        guid: `digest-${key}`,
        guidIsPermaLink: false,
        pubDate: new Date(start + 7 * 86_400_000),
        description: lines.join('\n'),
      };
    });
}
