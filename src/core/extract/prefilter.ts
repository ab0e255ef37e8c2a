/**
 * A cheap vocabulary check: does this text use any word of deplatforming (ban, suspend, remove, block, host, reinstate…)
 * in the given language? The scraper calls it to decide whether a feed item is worth fetching in full, and the extractor
 * calls it per sentence to skip the costly steps (entity matching, date parsing) on sentences that cannot hold a claim.
 * It must stay generous (a miss here is a claim lost for good) and fast (one regular expression per language, stems
 * only, no allocation beyond the test).
 */

/** Stems per language. Matched case-insensitively at a word start, so "suspend" also catches "suspended", "suspension". */
const PREFILTER_STEMS: Record<string, readonly string[]> = {
  en: [
    'ban', 'suspend', 'remov', 'pull', 'block', 'deplatform', 'kick', 'boot', 'terminat', 'drop', 'cut ties',
    'cut off', 'stop hosting', 'stopped hosting', 'ceas', 'shut', 'took down', 'taken down', 'take down', 'takes down',
    'taking down', 'delist', 'de-list', 'purg', 'expel', 'bar', 'demonetiz', 'demonetis', 'restrict', 'throttl',
    'reinstat', 'restor', 'unban', 'unblock', 'lift', 'back on', 'return', 'allow', 'censor', 'blacklist', 'disabl',
    'deactivat', 'freez', 'froze', 'blocked', 'yank', 'eject', 'off the', 'withdr', 'sever', 'end', 'deni', 'refus',
    'kill', 'strip', 'limit', 'label', 'geoblock', 'inaccessib', 'unavailab', 'unplug', 'no longer',
  ],
  fr: [
    'bann', 'suspen', 'retir', 'supprim', 'bloqu', 'blocage', 'exclu', 'expuls', 'coup', 'ferm', 'résili', 'resili',
    'héberg', 'heberg', 'interdi', 'désactiv', 'desactiv', 'démonétis', 'demonetis', 'restreint', 'restrei', 'limit',
    'rétabli', 'retabli', 'réintégr', 'reintegr', 'lev', 'débloqu', 'debloqu', 'réactiv', 'reactiv', 'retour',
    'censur', 'lâch', 'lach', 'rompu', 'romp', 'mis fin', 'met fin', 'mettre fin', 'privé', 'prive', 'gel', 'radi',
    'déréférenc', 'dereferenc', 'inaccessib', 'indisponib', 'évinc', 'evinc', 'chass', 'abandonn',
  ],
  de: [
    'sperr', 'gesperrt', 'entfern', 'lösch', 'losch', 'geslöscht', 'gelöscht', 'verbann', 'verbot', 'verbiet',
    'rausgeworfen', 'rauswurf', 'hinausgeworfen', 'ausgeschlossen', 'ausschluss', 'suspend', 'blockier', 'kündig',
    'gekündigt', 'beend', 'eingestellt', 'einstell', 'stopp', 'hosting', 'gehostet', 'deaktivier', 'demonetar',
    'einschränk', 'eingeschränkt', 'beschränk', 'wieder', 'aufgehoben', 'aufheb', 'freigeschalt', 'freischalt',
    'zurück', 'entsperr', 'ausgesperrt', 'verbannt', 'zensier', 'geworfen', 'abgeschaltet', 'abschalt', 'gestrichen',
    'entzogen', 'entzieh', 'eingefroren', 'nicht mehr', 'unzugänglich', 'verbannung', 'rausschmiss',
  ],
  es: [
    'prohib', 'suspend', 'suspens', 'elimin', 'retir', 'bloque', 'expuls', 'vet', 'baneó', 'banea', 'banead', 'cancel',
    'cerr', 'cierr', 'cort', 'dej', 'aloja', 'rescind', 'termin', 'desactiv', 'desmonetiz', 'restring', 'limit',
    'restabl', 'restitu', 'reincorpor', 'readmit', 'levant', 'desbloque', 'reactiv', 'volv', 'vuelv', 'regres',
    'censur', 'expulsad', 'congel', 'inaccesib', 'no disponible', 'sac', 'borr', 'dio de baja', 'dado de baja',
    'de baja', 'fuera de', 'quit',
  ],
  pt: [
    'bani', 'proib', 'suspen', 'remov', 'retir', 'bloque', 'expuls', 'exclu', 'derrub', 'cancel', 'encerr', 'cort',
    'desativ', 'hosped', 'rescind', 'termin', 'desmonetiz', 'restring', 'limit', 'restabelec', 'restaur',
    'reintegr', 'readmit', 'levant', 'desbloque', 'reativ', 'volt', 'retorn', 'censur', 'congel', 'fora do ar',
    'tirad', 'tir', 'deix', 'apag', 'inacessív', 'inacessiv', 'indisponív', 'indisponiv', 'liber',
  ],
  it: [
    'bann', 'sospe', 'rimoss', 'rimuov', 'rimozion', 'elimin', 'cancell', 'bloccat', 'blocc', 'oscur', 'espuls',
    'escluso', 'esclus', 'vietat', 'vieta', 'divieto', 'chius', 'interromp', 'interrott', 'ospit', 'termin',
    'disattiv', 'demonetizz', 'limit', 'restri', 'ripristin', 'riammess', 'riammett', 'reintegr', 'revoc', 'sblocc',
    'riattiv', 'torna', 'tornat', 'censur', 'congel', 'inaccessib', 'non disponibil', 'tolt', 'togli', 'ritir',
    'cacciat', 'silenziat', 'staccat', 'stacca',
  ],
};

function escapeForRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildPrefilterRegex(stems: readonly string[]): RegExp {
  // Longest first, so alternation does not stop at a shorter stem; \b does not know accents, hence the lookbehind.
  const sorted = [...new Set(stems)].sort((a, b) => b.length - a.length).map(escapeForRegex);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})`, 'iu');
}

const PREFILTER_REGEX_BY_LANG: Record<string, RegExp> = Object.fromEntries(
  Object.entries(PREFILTER_STEMS).map(([lang, stems]) => [lang, buildPrefilterRegex(stems)]),
);

/** Any language at once, for text whose language is unknown. */
const PREFILTER_REGEX_ANY: RegExp = buildPrefilterRegex(Object.values(PREFILTER_STEMS).flat());

/**
 * True when the text uses a word of deplatforming in `lang` (or in any of the six languages when `lang` is null or
 * unknown). Generous by design: it only rules out text that cannot hold a claim.
 */
export function mentionsDeplatforming(text: string, lang: string | null): boolean {
  const regex = (lang !== null && PREFILTER_REGEX_BY_LANG[lang.slice(0, 2).toLowerCase()]) || PREFILTER_REGEX_ANY;
  return regex.test(text);
}
