/**
 * Starts Pagefind's UI on `/search/` (pagefind-ui.js, loaded just before as a classic script, defines PagefindUI).
 * `?q=` in the URL runs a search at once, so a search can be linked.
 */
declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };

const search = new PagefindUI({ element: '#search', showSubResults: false, showImages: false });
const query = new URLSearchParams(location.search).get('q');
if (query) search.triggerSearch(query);

export {};
