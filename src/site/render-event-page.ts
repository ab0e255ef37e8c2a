import type { PublishedEvent } from '../core/events/types.ts';
import { formatDuration, formatPartialDate, formatSourceDate, formatTime } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import type { SiteConfig } from './load-site-data.ts';
import { safeHttpUrl } from './safe-url.ts';
import { entityName, isStateEntity, reversalOf, type SiteIndex } from './site-index.ts';

/**
 * The body of `/events/<id>/`, rendered by a plain function instead of an Astro route. Why: at 50,000 events the event
 * pages are nine routes in ten, and Astro's fixed cost per route (0.8–1.3 ms measured here, whatever the page holds)
 * was most of the build. The page shell (head, CSP, header, footer) still comes from the Astro layout: Astro renders
 * one shell page with markers and `write-event-pages.ts` fills it per event. Every datum is escaped by `html```.
 */
export function renderEventBody(event: PublishedEvent, index: SiteIndex, config: SiteConfig): SafeHtml {
  const actor = index.entityById.get(event.actor);
  const actorHref =
    isStateEntity(actor) && actor?.country
      ? `/countries/${actor.country.toLowerCase()}/`
      : `/companies/${event.actor}/`;
  const parent = actor?.parent ? entityName(index, actor.parent) : null;
  const { reversal, durationDays } = reversalOf(index, event);
  const related = (index.eventsByTarget.get(event.target) ?? [])
    .filter((other) => other.id !== event.id)
    .slice(0, 10);
  const time = formatTime(event.time);
  const correctionUrl = `${config.correctionsUrl}&title=${encodeURIComponent(`Correction: ${event.id}`)}`;
  const service = event.service.replace('_', ' ');

  const facts = html`
<dt>Who</dt><dd><a href="${actorHref}">${event.actor_name}</a>${parent && html` (part of ${parent})`}</dd>
<dt>Did</dt><dd><a href="/actions/${event.action}/">${event.action}</a> on ${service}</dd>
<dt>Whom</dt><dd><a href="/targets/${event.target}/">${event.target_name}</a></dd>
<dt>Effective</dt><dd><time${event.date ? html` datetime="${event.date}"` : ''}>${formatPartialDate(event.date, event.date_precision)}</time>${time && html`, ${time}`}${event.date_precision && event.date_precision !== 'day' && html` (known to the ${event.date_precision})`}</dd>
${event.announced && event.announced !== event.date && html`<dt>Announced</dt><dd><time datetime="${event.announced}">${formatPartialDate(event.announced)}</time></dd>`}
<dt>Where</dt><dd>${event.countries.length > 0 ? event.countries.map((code, position) => html`${position > 0 && ', '}<a href="/countries/${code.toLowerCase()}/">${code}</a>`) : 'worldwide'}</dd>
${reversal && event.action === 'reinstate' && html`<dt>Reverses</dt><dd><a href="/events/${reversal.id}/">${reversal.summary}</a> (${formatPartialDate(reversal.date, reversal.date_precision)}); the cut-off lasted ${formatDuration(durationDays)}</dd>`}
${reversal && event.action !== 'reinstate' && html`<dt>Reversed</dt><dd><a href="/events/${reversal.id}/">${reversal.summary}</a> (${formatPartialDate(reversal.date, reversal.date_precision)}), after ${formatDuration(durationDays)}</dd>`}
${!reversal && event.action !== 'reinstate' && event.action !== 'restrict' && html`<dt>Status</dt><dd>no reinstatement recorded</dd>`}`;

  const sources = event.sources.map((source) => {
    const href = safeHttpUrl(source.url);
    const label = source.publisher ?? source.url;
    const link = href
      ? html`<a href="${href}" rel="noopener noreferrer nofollow">${label}</a>`
      : html`<span class="unsafe-url">${label}</span>`;
    const lang = source.lang && /^[a-z]{2}$/.test(source.lang) ? source.lang : null;
    return html`<li><p class="source-meta">${link}, ${formatSourceDate(source.published)}${source.lang && html` · <span>${source.lang}</span>`}</p><blockquote${lang ? html` lang="${lang}"` : ''}>${source.quote}</blockquote></li>`;
  });

  return html`<article class="event-page">
<p class="crumbs"><a href="/targets/${event.target}/">${event.target_name}</a> › event</p>
<h1>${event.summary}</h1>
${event.status === 'automatic' && html`<p class="notice unreviewed"><strong>Unreviewed.</strong> Found automatically in the reports below (confidence ${event.confidence.toFixed(2)}); not yet checked by a person.</p>`}
<dl class="facts">${facts}</dl>
${event.date_candidates.length > 0 && html`<section><h2>Other dates in the reports</h2><ul>${event.date_candidates.map((candidate) => html`<li>${formatPartialDate(candidate.date, candidate.precision)}${candidate.note && html` — ${candidate.note}`}</li>`)}</ul></section>`}
<section><h2>Sources</h2><ol class="sources">${sources}</ol></section>
${event.notes && html`<section><h2>Notes</h2><p>${event.notes}</p></section>`}
${related.length > 0 && html`<section><h2>Other events on ${event.target_name}</h2><ul>${related.map((other) => html`<li><a href="/events/${other.id}/">${other.summary}</a> (${formatPartialDate(other.date, other.date_precision)})</li>`)}</ul></section>`}
<p class="correction"><a href="${correctionUrl}" rel="noopener noreferrer nofollow">Report a correction</a> · <a href="/about/#corrections">how corrections work</a> · id <code>${event.id}</code></p>
</article>`;
}
