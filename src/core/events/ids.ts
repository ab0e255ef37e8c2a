import { slugify } from '../slug.ts';
import { ACTION_VERB_ID } from '../taxonomy.ts';
import type { AutomaticEvent, EventRedirect } from './types.ts';

/**
 * Event ids (DESIGN §3): minted once, when an event first appears, as `YYYY-MM-DD-actor-action-target-service` (the
 * date at its precision), and never changed afterwards, even when a later source corrects the date. The database keeps
 * which claim belonged to which id; a rebuild gives each new cluster the id most of its claims had before.
 */

/** The id an event would get if it were new: date at its precision, actor, verb, target, service. */
export function baseEventId(
  event: Pick<AutomaticEvent, 'date' | 'first_reported_at' | 'actor' | 'action' | 'target' | 'service'>,
): string {
  const date = event.date ?? event.first_reported_at?.slice(0, 10) ?? 'undated';
  return slugify(`${date}-${event.actor}-${ACTION_VERB_ID[event.action]}-${event.target}-${event.service}`);
}

export interface AssignIdsResult {
  events: AutomaticEvent[];
  /** Ids whose clusters were absorbed by another event in this rebuild: their pages redirect. */
  redirects: EventRedirect[];
}

/**
 * Gives every draft event its id.
 *
 * Each draft votes for the ids its claims carried in the previous build. Drafts with the strongest votes choose
 * first and take their most-voted free id; a draft whose ids are all taken (a split) mints a new one. An id that
 * lost its claims to a draft which kept another id was merged: it is returned as a redirect.
 * New ids never reuse an id minted before (`takenIds`), so an old URL never points to a different event.
 *
 * @param previousIdByClaimKey claim key → event id, from the previous build
 * @param takenIds every id ever minted (kept in the database), plus curated ids
 */
export function assignEventIds(
  drafts: readonly AutomaticEvent[],
  previousIdByClaimKey: ReadonlyMap<string, string>,
  takenIds: ReadonlySet<string>,
): AssignIdsResult {
  const votes = drafts.map((draft) => {
    const counts = new Map<string, number>();
    for (const key of draft.claim_keys) {
      const previous = previousIdByClaimKey.get(key);
      if (previous) counts.set(previous, (counts.get(previous) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return { draft, ranked, strength: ranked[0]?.[1] ?? 0 };
  });
  const order = [...votes].sort(
    (a, b) => b.strength - a.strength || compare(a.draft.claim_keys[0] ?? '', b.draft.claim_keys[0] ?? ''),
  );
  const assigned = new Set<string>();
  const minted = new Set(takenIds);
  const idOf = new Map<AutomaticEvent, string>();
  for (const { draft, ranked } of order) {
    const kept = ranked.find(([id]) => !assigned.has(id))?.[0];
    if (kept) {
      assigned.add(kept);
      idOf.set(draft, kept);
    }
  }
  // Mint in a fixed order (claim keys), so that the same input always gives the same new ids.
  const fresh = order
    .filter(({ draft }) => !idOf.has(draft))
    .sort((a, b) => compare(a.draft.claim_keys[0] ?? '', b.draft.claim_keys[0] ?? ''));
  for (const { draft } of fresh) {
    const base = baseEventId(draft);
    let id = base;
    for (let n = 2; minted.has(id) || assigned.has(id); n++) id = `${base}-${n}`;
    minted.add(id);
    assigned.add(id);
    idOf.set(draft, id);
  }
  const redirects: EventRedirect[] = [];
  for (const { draft, ranked } of votes) {
    const kept = idOf.get(draft)!;
    for (const [id] of ranked) {
      if (id !== kept && !assigned.has(id)) redirects.push({ from: id, to: kept });
    }
  }
  const seen = new Set<string>();
  const uniqueRedirects: EventRedirect[] = [];
  for (const redirect of redirects.sort((a, b) => compare(a.from, b.from))) {
    if (seen.has(redirect.from)) continue;
    seen.add(redirect.from);
    uniqueRedirects.push(redirect);
  }
  return { events: drafts.map((draft) => ({ ...draft, id: idOf.get(draft)! })), redirects: uniqueRedirects };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
