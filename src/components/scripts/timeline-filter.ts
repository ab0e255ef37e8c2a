/**
 * The timeline's filters in the browser. The state lives in the URL (`?company=google&year=2021`), so a filtered view
 * can be shared and back/forward work (pushState + popstate). Each chosen filter fetches one small shard,
 * `/shards/<facet>/<value>.json`; the rows of all chosen shards are intersected by event id. Rows are built with
 * textContent only: the data is untrusted.
 */
type ShardRow = [string, string, string, string, string, string, 0 | 1];

const FACETS = ['company', 'target', 'action', 'service', 'country', 'year'] as const;
type Facet = (typeof FACETS)[number];
const BATCH = 100;

const form = document.getElementById('filters') as HTMLFormElement | null;
const filterStatus = document.getElementById('filter-status');
const list = document.getElementById('filtered-events') as HTMLOListElement | null;
const more = document.getElementById('filtered-more') as HTMLButtonElement | null;
const staticList = document.getElementById('static-events');
const shardCache = new Map<string, Promise<ShardRow[]>>();
let targetNames: Map<string, string> | null = null;
let currentRows: ShardRow[] = [];
let shown = 0;
let generation = 0;

function readState(): Partial<Record<Facet, string>> {
  const params = new URLSearchParams(location.search);
  const state: Partial<Record<Facet, string>> = {};
  for (const facet of FACETS) {
    const value = params.get(facet)?.trim().toLowerCase();
    if (value && /^[a-z0-9][a-z0-9-]*$/.test(value)) state[facet] = value;
  }
  return state;
}

function fetchShard(facet: Facet, value: string): Promise<ShardRow[]> {
  const key = `${facet}/${value}`;
  let pending = shardCache.get(key);
  if (!pending) {
    pending = fetch(`/shards/${key}.json`).then((response) => (response.ok ? response.json() : []));
    shardCache.set(key, pending);
  }
  return pending;
}

function renderRow(row: ShardRow): HTMLLIElement {
  const [id, date, dateLabel, summary, action, service, unreviewed] = row;
  const item = document.createElement('li');
  item.className = `event action-${action}`;
  const time = document.createElement('time');
  if (date) time.dateTime = date;
  time.textContent = dateLabel;
  const link = document.createElement('a');
  link.href = `/events/${encodeURIComponent(id)}/`;
  link.textContent = summary;
  const meta = document.createElement('span');
  meta.className = 'meta';
  for (const text of [action, service.replace('_', ' '), ...(unreviewed ? ['unreviewed'] : [])]) {
    const tag = document.createElement('span');
    tag.className = text === 'unreviewed' ? 'tag unreviewed' : 'tag';
    tag.textContent = text;
    meta.append(tag, ' ');
  }
  item.append(time, ' ', link, ' ', meta);
  return item;
}

function showMore(): void {
  if (!list || !more) return;
  const fragment = document.createDocumentFragment();
  for (const row of currentRows.slice(shown, shown + BATCH)) fragment.append(renderRow(row));
  list.append(fragment);
  shown = Math.min(currentRows.length, shown + BATCH);
  more.hidden = shown >= currentRows.length;
}

async function apply(state: Partial<Record<Facet, string>>): Promise<void> {
  if (!list || !filterStatus || !staticList) return;
  const chosen = FACETS.filter((facet) => state[facet]);
  const mine = ++generation;
  if (chosen.length === 0) {
    list.hidden = true;
    if (more) more.hidden = true;
    staticList.hidden = false;
    filterStatus.textContent = '';
    return;
  }
  filterStatus.textContent = 'Loading…';
  const shards = await Promise.all(chosen.map((facet) => fetchShard(facet, state[facet]!)));
  if (mine !== generation) return;
  shards.sort((a, b) => a.length - b.length);
  let rows = shards[0] ?? [];
  for (const other of shards.slice(1)) {
    const ids = new Set(other.map((row) => row[0]));
    rows = rows.filter((row) => ids.has(row[0]));
  }
  currentRows = rows;
  shown = 0;
  list.replaceChildren();
  showMore();
  list.hidden = false;
  staticList.hidden = true;
  filterStatus.textContent = `${rows.length} event${rows.length === 1 ? '' : 's'} match these filters.`;
}

function setForm(state: Partial<Record<Facet, string>>): void {
  if (!form) return;
  for (const facet of FACETS) {
    const field = form.elements.namedItem(facet) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = state[facet] ?? '';
  }
}

function stateFromForm(): Partial<Record<Facet, string>> {
  const state: Partial<Record<Facet, string>> = {};
  if (!form) return state;
  for (const facet of FACETS) {
    const field = form.elements.namedItem(facet) as HTMLInputElement | HTMLSelectElement | null;
    let value = field?.value.trim().toLowerCase() ?? '';
    // The target box accepts a name from the list as well as an id.
    if (facet === 'target' && value && targetNames?.has(value)) value = targetNames.get(value)!;
    if (value) state[facet] = value;
  }
  return state;
}

function onChange(): void {
  const state = stateFromForm();
  const params = new URLSearchParams();
  for (const facet of FACETS) if (state[facet]) params.set(facet, state[facet]!);
  const query = params.toString();
  history.pushState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
  void apply(state);
}

async function loadTargetNames(): Promise<void> {
  if (targetNames) return;
  targetNames = new Map();
  const response = await fetch('/shards/targets.json');
  if (!response.ok) return;
  const targets = (await response.json()) as [string, string][];
  const datalist = document.getElementById('target-options');
  const fragment = document.createDocumentFragment();
  for (const [id, name] of targets) {
    targetNames.set(name.toLowerCase(), id);
    const option = document.createElement('option');
    option.value = id;
    option.label = name;
    fragment.append(option);
  }
  datalist?.append(fragment);
}

if (form) {
  form.addEventListener('change', onChange);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange();
  });
  form.addEventListener('reset', () => setTimeout(onChange, 0));
  form
    .querySelector('input[name=target]')
    ?.addEventListener('focus', () => void loadTargetNames(), { once: true });
  more?.addEventListener('click', showMore);
  window.addEventListener('popstate', () => {
    const state = readState();
    setForm(state);
    void apply(state);
  });
  const initial = readState();
  setForm(initial);
  void apply(initial);
}

// A module, not a global script: its names stay its own.
export {};
