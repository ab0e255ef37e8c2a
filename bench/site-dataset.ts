import type { Entity } from '../src/core/entities/schema.ts';
import type { PublishedEvent } from '../src/core/events/types.ts';
import { createSeededRandom } from '../src/core/seeded-random.ts';
import { ACTIONS, type Action, type Service } from '../src/core/taxonomy.ts';

/**
 * A generated dataset for the site benchmark: `n` events over companies (with subsidiaries), state institutions,
 * about n/10 targets and two sources each. Deterministic (a seeded generator) so that runs compare.
 */
export interface GeneratedSite {
  events: PublishedEvent[];
  entities: Entity[];
  generatedAt: string;
}

const COMPANIES: [string, string, string | null, Service][] = [
  ['google', 'Google', null, 'app_store'],
  ['youtube', 'YouTube', 'google', 'channel'],
  ['apple', 'Apple', null, 'app_store'],
  ['amazon', 'Amazon', null, 'hosting'],
  ['aws', 'Amazon Web Services', 'amazon', 'hosting'],
  ['twitch', 'Twitch', 'amazon', 'channel'],
  ['meta', 'Meta', null, 'account'],
  ['facebook', 'Facebook', 'meta', 'account'],
  ['instagram', 'Instagram', 'meta', 'account'],
  ['x', 'X', null, 'account'],
  ['microsoft', 'Microsoft', null, 'hosting'],
  ['github', 'GitHub', 'microsoft', 'hosting'],
  ['reddit', 'Reddit', null, 'account'],
  ['discord', 'Discord', null, 'account'],
  ['spotify', 'Spotify', null, 'content'],
  ['paypal', 'PayPal', null, 'payments'],
  ['stripe', 'Stripe', null, 'payments'],
  ['cloudflare', 'Cloudflare', null, 'cdn_security'],
  ['godaddy', 'GoDaddy', null, 'domain'],
  ['patreon', 'Patreon', null, 'monetization'],
];
const STATES: [string, string, string][] = [
  ['br-supreme-court', 'Supreme Federal Court of Brazil', 'BR'],
  ['roskomnadzor', 'Roskomnadzor', 'RU'],
  ['in-meity', 'Ministry of Electronics and IT', 'IN'],
  ['btk', 'BTK', 'TR'],
  ['ng-government', 'Government of Nigeria', 'NG'],
  ['cn-government', 'Government of China', 'CN'],
  ['ir-government', 'Government of Iran', 'IR'],
  ['arcom', 'Arcom', 'FR'],
];
const PUBLISHERS = [
  'Example News',
  'Journal Exemple',
  'Notícias Exemplo',
  'Beispiel Zeitung',
  'Diario Ejemplo',
];
const LANGS = ['en', 'fr', 'pt', 'de', 'es'];

/** Generates the dataset; events are spread over 2006–2026, 1 in 8 is reinstated later. */
export function generateSiteDataset(n: number, seed = 7): GeneratedSite {
  const random = createSeededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const entities: Entity[] = [
    ...COMPANIES.map(
      ([id, name, parent]) =>
        ({ id, name, kind: 'platform', aliases: {}, country: 'US', ...(parent ? { parent } : {}) }) as Entity,
    ),
    ...STATES.map(([id, name, country]) => ({ id, name, kind: 'regulator', aliases: {}, country }) as Entity),
  ];
  const nTargets = Math.max(10, Math.round(n / 10));
  const targets = Array.from({ length: nTargets }, (_, index) => ({
    id: `target-${index}`,
    name: `Target ${index} ${pick(['App', 'Network', 'Channel', 'Forum', 'Show'])}`,
  }));
  const events: PublishedEvent[] = [];
  const start = Date.UTC(2006, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  while (events.length < n) {
    const isState = random() < 0.15;
    const [actor, actorName, , defaultService] = isState
      ? (() => {
          const [id, name] = pick(STATES);
          return [id, name, null, 'country_access' as Service] as const;
        })()
      : pick(COMPANIES);
    const action: Action = isState
      ? 'block'
      : pick(ACTIONS.filter((value) => value !== 'reinstate' && value !== 'block'));
    const target = pick(targets);
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const state = isState ? STATES.find(([id]) => id === actor)! : null;
    const id = `${day}-${actor}-${action}-${target.id}-${events.length}`;
    const sources = [0, 1].map((offset) => {
      const lang = pick(LANGS);
      return {
        url: `https://news${offset}.example.org/${day}/${id}`,
        publisher: pick(PUBLISHERS),
        published: day,
        lang,
        quote: `${actorName} acted against ${target.name} on ${day}; a generated sentence for the benchmark, number ${events.length}.`,
        verified_via: 'generated',
      };
    });
    const event: PublishedEvent = {
      id,
      status: random() < 0.9 ? 'reviewed' : 'automatic',
      actor,
      actor_name: actorName,
      action,
      target: target.id,
      target_name: target.name,
      service: defaultService,
      date: day,
      date_precision: 'day',
      time: null,
      countries: state ? [state[2]] : random() < 0.1 ? [pick(STATES)[2]] : [],
      announced: null,
      date_candidates: [],
      summary: `${actorName} ${action === 'terminate' ? 'terminated' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`} ${target.name}.`,
      confidence: 0.85 + random() * 0.15,
      reverses: null,
      reversed_by: null,
      duration_days: null,
      sources,
      first_reported_at: `${day}T12:00:00Z`,
      notes: null,
    };
    events.push(event);
    if (random() < 0.125 && events.length < n) {
      const later = new Date(Date.parse(day) + Math.floor(random() * 400 + 1) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const reinstateId = `${later}-${actor}-reinstate-${target.id}-${events.length}`;
      event.reversed_by = reinstateId;
      event.duration_days = Math.round((Date.parse(later) - Date.parse(day)) / 86_400_000);
      events.push({
        ...event,
        id: reinstateId,
        action: 'reinstate',
        date: later,
        summary: `${actorName} reinstated ${target.name}.`,
        reverses: id,
        reversed_by: null,
        duration_days: null,
        first_reported_at: `${later}T12:00:00Z`,
        sources: sources.map((source) => ({ ...source, published: later, url: `${source.url}-back` })),
      });
    }
  }
  return { events, entities, generatedAt: '2026-01-15T00:00:00Z' };
}
