import { createInterface } from 'node:readline/promises';
import {
  acceptEvent,
  EDITABLE_FIELDS,
  mergeEvents,
  rejectEvent,
  setEventField,
} from '../core/curated/review-ops.ts';
import type { CuratedEvent } from '../core/curated/schema.ts';
import { curatedToPublished } from '../core/events/publish.ts';
import type { PublishedEvent } from '../core/events/types.ts';
import type { Db } from '../db/connection.ts';
import { hasTable, listAutomaticEvents } from '../db/events.ts';
import { loadCurated } from '../lib/load-curated.ts';
import { writeCuratedEvent } from '../lib/write-curated.ts';

/**
 * `wbw review` (issue 5 §4): the queue of automatic events nobody has reviewed yet, and the operations on them
 * (accept, reject, edit a field, merge two events), each writing curated YAML into data/curated/.
 */
export interface ReviewState {
  curatedDir: string;
  automatic: Map<string, PublishedEvent>;
  curated: Map<string, CuratedEvent>;
}

/** Reads the automatic events of the database and the curated files. */
export function loadReviewState(db: Db | null, curatedDir: string): ReviewState {
  const automatic = new Map<string, PublishedEvent>();
  if (db && hasTable(db, 'events'))
    for (const event of listAutomaticEvents(db)) automatic.set(event.id, event);
  const curated = new Map<string, CuratedEvent>();
  for (const { event } of loadCurated(curatedDir)) curated.set(event.id, event);
  return { curatedDir, automatic, curated };
}

/** Automatic events without a curated file (neither reviewed nor rejected), most confident first. */
export function reviewQueue(state: ReviewState): PublishedEvent[] {
  const handled = new Set<string>();
  for (const event of state.curated.values()) {
    handled.add(event.id);
    if (event.corrects) handled.add(event.corrects);
  }
  return [...state.automatic.values()]
    .filter((event) => !handled.has(event.id))
    .sort(
      (a, b) =>
        b.confidence - a.confidence || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id),
    );
}

/** The event as the reviewer sees it: automatic, or a stand-alone curated one. */
function eventOf(state: ReviewState, id: string): PublishedEvent {
  const automatic = state.automatic.get(id);
  if (automatic) return automatic;
  const curated = state.curated.get(id);
  const published = curated ? curatedToPublished(curated, new Map()) : null;
  if (published) return published;
  throw new Error(`review: no event has the id "${id}"`);
}

function save(state: ReviewState, event: CuratedEvent): string {
  state.curated.set(event.id, event);
  return writeCuratedEvent(state.curatedDir, event);
}

/** @throws Error when the id is unknown */
export function acceptById(state: ReviewState, id: string): string {
  return save(state, acceptEvent(eventOf(state, id), state.curated.get(id)));
}

/** @throws Error when the id is unknown */
export function rejectById(state: ReviewState, id: string): string {
  eventOf(state, id);
  return save(state, rejectEvent(id));
}

/** Merges `absorbed` into `kept`. @throws Error when an id is unknown or both are the same */
export function mergeByIds(state: ReviewState, kept: string, absorbed: string): string[] {
  if (kept === absorbed) throw new Error('review: cannot merge an event with itself');
  const result = mergeEvents(eventOf(state, kept), eventOf(state, absorbed), state.curated.get(kept));
  return [save(state, result.kept), save(state, result.absorbed)];
}

/**
 * `field=value` on an event. @throws Error on an unknown id, a malformed assignment or an invalid value
 */
export function setById(state: ReviewState, id: string, assignment: string): string {
  const equals = assignment.indexOf('=');
  if (equals <= 0) throw new Error(`review: expected field=value, got "${assignment}"`);
  const field = assignment.slice(0, equals).trim();
  const value = assignment.slice(equals + 1);
  const automatic = state.automatic.get(id) ?? null;
  const existing = state.curated.get(id);
  if (!automatic && !existing) throw new Error(`review: no event has the id "${id}"`);
  return save(state, setEventField(automatic, existing, field, value));
}

/** Removes terminal control characters from untrusted text before it is printed (no escape-sequence injection). */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** The card of one event in the interactive queue. */
export function formatEventCard(event: PublishedEvent, position: number, total: number): string {
  const lines = [
    '',
    `[${position}/${total}] ${terminalSafe(event.id)}`,
    `  ${terminalSafe(event.summary)}`,
    `  ${event.actor} · ${event.action} · ${terminalSafe(event.target)} · ${event.service} · ${event.date ?? 'undated'} (${event.date_precision ?? '-'})` +
      `${event.announced ? ` · announced ${event.announced}` : ''} · confidence ${event.confidence}`,
  ];
  for (const candidate of event.date_candidates) {
    lines.push(`  date candidate ${candidate.date}: ${candidate.sources.map(terminalSafe).join(', ')}`);
  }
  for (const source of event.sources) {
    lines.push(
      `  - ${terminalSafe(source.publisher ?? '?')} ${terminalSafe(source.published ?? '')} [${terminalSafe(source.lang ?? '?')}] ${terminalSafe(source.url)}`,
      `    “${terminalSafe(source.quote)}”`,
    );
  }
  return lines.join('\n');
}

const HELP =
  '  [a]ccept  [r]eject  [e]dit field=value  [m]erge with ID (this one keeps its id)  [s]kip  [q]uit';

/**
 * The interactive queue, line by line: one card per event, then a command. Reads `input` and writes `output` (a
 * terminal in real use, a pseudo-terminal in tests).
 * @returns how many files were written
 */
export async function runInteractiveReview(
  state: ReviewState,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  const queue = reviewQueue(state);
  const rl = createInterface({ input, output, terminal: false });
  // One iterator for the whole session: lines typed ahead are buffered, not lost between prompts.
  const lines = rl[Symbol.asyncIterator]();
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  let written = 0;
  try {
    if (queue.length === 0) {
      say('review: nothing to review');
      return 0;
    }
    let index = 0;
    while (index < queue.length) {
      const event = queue[index]!;
      if (!state.automatic.has(event.id) && !state.curated.has(event.id)) {
        index++;
        continue;
      }
      say(formatEventCard(event, index + 1, queue.length));
      say(HELP);
      output.write('review> ');
      const answer = (await nextLine(lines))?.trim();
      if (answer === undefined || answer === 'q' || answer === 'quit') break;
      try {
        if (answer === 'a' || answer === 'accept') {
          say(`  wrote ${acceptById(state, event.id)}`);
          written++;
          index++;
        } else if (answer === 'r' || answer === 'reject') {
          say(`  wrote ${rejectById(state, event.id)}`);
          written++;
          index++;
        } else if (answer === 's' || answer === 'skip' || answer === '') {
          index++;
        } else if (answer === 'e' || answer === 'edit' || answer.startsWith('e ')) {
          let assignment = answer.startsWith('e ') ? answer.slice(2) : '';
          if (!assignment) {
            output.write(`  field=value (${EDITABLE_FIELDS.join(', ')}): `);
            assignment = (await nextLine(lines)) ?? '';
          }
          say(`  wrote ${setById(state, event.id, assignment)}`);
          written++;
          const updated = state.curated.get(event.id);
          if (updated) queue[index] = { ...event, ...(curatedToPublished(updated, new Map()) ?? {}) };
        } else if (answer === 'm' || answer === 'merge' || answer.startsWith('m ')) {
          let other = answer.startsWith('m ') ? answer.slice(2).trim() : '';
          if (!other) {
            output.write('  merge which event into this one? id: ');
            other = ((await nextLine(lines)) ?? '').trim();
          }
          for (const file of mergeByIds(state, event.id, other)) say(`  wrote ${file}`);
          written += 2;
          index++;
        } else {
          say(`  unknown command "${terminalSafe(answer)}"`);
        }
      } catch (error) {
        say(`  ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    say(`review: ${written} file(s) written`);
    return written;
  } finally {
    rl.close();
  }
}

/** The next line of input, or undefined at end of input. */
async function nextLine(lines: AsyncIterator<string>): Promise<string | undefined> {
  const next = await lines.next();
  return next.done ? undefined : (next.value as string);
}
