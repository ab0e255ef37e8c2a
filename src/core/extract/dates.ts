import * as chrono from 'chrono-node';
import { precisionOfPartialDate } from '../dates.ts';
import { execAll } from '../regexp-scan.ts';
import type { DateBasis, DatePrecision } from '../taxonomy.ts';
import { withStablePatterns } from './chrono-stable-patterns.ts';
import { TIME_ZONE_WORDS } from './lexicons/shared.ts';

/**
 * The date resolver of DESIGN §3 "Dates". chrono-node parses each language only through that language's own parser
 * (the default one is English only); news reports the past, so results are leaned into the past relative to the
 * publication date: a bare weekday that chrono puts in the coming days moves back a week, a day and month without a
 * year that falls after publication belongs to the previous year. Spanish and Portuguese "pasado/passada" and
 * "hace/há N días" are handled here because chrono does not parse them.
 */

/** The publication date the article's relative expressions are resolved against. */
export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
}

/** A date expression found in a sentence. */
export interface DateExpression {
  start: number;
  end: number;
  /** Null when the expression is relative and there is no publication date. */
  date: string | null;
  precision: DatePrecision | null;
  basis: DateBasis;
}

type ChronoParser = { parse: (text: string, ref: Date) => chrono.ParsedResult[] };

const CHRONO_BY_LANG: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
};

/**
 * Duration parsers: "3 days ago" (past) and "within 3 days", "3 days later", "in 3 days" (future). They are the costliest
 * of each language's casual parsers (about half of chrono's time in en, fr and de) and, in news, rare: the future ones
 * only ever give dates after publication, which are dropped, and the past one needs a word such as "ago" or "il y a".
 */
/** The language's own casual parser, English for a language chrono does not read. */
export function casualChrono(lang: string): chrono.Chrono {
  return CHRONO_BY_LANG[lang] ?? chrono.en.casual;
}

const DURATION_PARSER = /TimeUnit(?:Ago|Later|Within)FormatParser$/;

const liteByLang = new Map<string, chrono.Chrono>();

/** The language's casual parser without its duration parsers; `dates-hint.test.ts` checks it changes no result. */
export function liteChrono(lang: string): chrono.Chrono {
  let lite = liteByLang.get(lang);
  if (!lite) {
    const full = casualChrono(lang);
    lite = new chrono.Chrono({
      parsers: withStablePatterns(
        full.parsers.filter((parser) => !DURATION_PARSER.test(parser.constructor.name)),
      ),
      refiners: full.refiners,
    });
    liteByLang.set(lang, lite);
  }
  return lite;
}

const wholeByChrono = new Map<chrono.Chrono, chrono.Chrono>();

/** The language's whole casual parser (English for another language), its patterns compiled once. */
function wholeChrono(lang: string): chrono.Chrono {
  const full = casualChrono(lang);
  let whole = wholeByChrono.get(full);
  if (!whole) {
    whole = new chrono.Chrono({ parsers: withStablePatterns(full.parsers), refiners: full.refiners });
    wholeByChrono.set(full, whole);
  }
  return whole;
}

/** The duration parsers that {@link liteChrono} leaves out, by name: for the test that they are found at all. */
export function durationParserNames(lang: string): string[] {
  const full = casualChrono(lang);
  return full.parsers.map((parser) => parser.constructor.name).filter((name) => DURATION_PARSER.test(name));
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  ein: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  quatro: 4,
  due: 2,
  tre: 3,
  quattro: 4,
  sei: 6,
  sette: 7,
};

/** "three days ago", "il y a deux semaines", "vor einer Woche": group 1 the count, group 2 the unit (days or weeks). */
const DAYS_AGO_PATTERNS: readonly RegExp[] = [
  /(?<![\p{L}])(\d+|\p{L}+) (days?|weeks?) ago/giu,
  /il y a (\d+|\p{L}+) (jours?|semaines?)/giu,
  /vor (\d+|\p{L}+) (Tagen|Wochen|Woche)/giu,
  /hace (\d+|\p{L}+) (días?|semanas?)/giu,
  /há (\d+|\p{L}+) (dias?|semanas?)/giu,
  /(\d+|\p{L}+) (dias|semanas) atrás/giu,
  /(\d+|\p{L}+) (giorni|settimane|settimana) fa/giu,
];
const WEEK_UNIT = /^(?:week|semaine|woche|semana|settiman)/iu;

/** Words chrono does not know and that only say "last": blanked out (same length, so offsets hold). */
const LAST_WORDS = /(?<![\p{L}])(?:pasad[oa]|passad[oa]|último|última|scors[oa])(?![\p{L}])/giu;

/**
 * "in 2018", "en 2018", "seit 2019", "desde 2020": a background event dated to its year. German also writes the year
 * bare after the auxiliary ("hatte 2017 bereits … gekündigt"); a lower-case word must follow there, so that a count
 * ("hatte 2000 Follower", nouns are capitalised) is not read as a year.
 */
const YEAR_PATTERN =
  /(?<![\p{L}\p{N}])(?:(?:im Jahre?|in the year|en el año|no ano(?: de)?|nell['’]anno|en l['’]an(?:née)?|Anfang|Ende|Mitte|a principios de|a finales de|no início de|no final de|in|en|im|em|nel|del|de|depuis|since|seit|desde|dal|back in|au cours de|durante|during|à partir de|starting in|fin|late|early|début|finales de|inizio|fine)\s+((?:19|20)\d{2})(?![\p{N}]))/giu;

// No `i` flag: under /iu, \p{Ll} would also match capitals.
const BARE_YEAR_AFTER_AUXILIARY =
  /(?<![\p{L}\p{N}])(?:[Hh]atten?|[Hh]at|[Hh]aben|[Ww]ar(?:en)?|[Ww]urden?|[Bb]ereits|[Ss]chon)\s+((?:19|20)\d{2})(?=\s+\p{Ll}|[,.;])/gu;

const MONTH_NUMBER: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  dezembro: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
};

/** "im Januar 2021", "em janeiro de 2021", "in March 2022", and a bare "en janvier" / "lo scorso novembre" (month only). */
const MONTH_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:in|im|en|em|a|ad|nel|di|de|del|au mois de|last|lo scorso|el pasado|no mês de|seit|since|depuis|desde|dal|early|late|début|fin|Anfang|Ende|inizio|fine|principios de|finales de|início de|final de)\\s+)(${Object.keys(MONTH_NUMBER).join('|')})(?:\\s+(?:de |del |of )?((?:19|20)\\d{2}))?(?![\\p{L}\\d])`,
  'giu',
);

const DURATION_BEFORE =
  /(?<![\p{L}])(?:for|pendant|durant|für|durante|por|per)\s+(?:(?:about|around|nearly|almost|environ|près de|presque|etwa|rund|fast|cerca de|unos|unas|quase|circa|quasi)\s+)?$/iu;

const LAST_YEAR_AFTER =
  /^,?\s*(?:of\s+)?(?:last year|the previous year|(?:de )?l['’]an(?:née)? (?:dernier|dernière|passée?)|(?:des )?letzten Jahres|(?:des )?vergangenen Jahres|vorigen Jahres|(?:del )?(?:año pasado|pasado año)|(?:do )?ano passado|(?:dell['’]|lo )?(?:anno scorso|scorso anno))/iu;

/** "Dezembro de 2015", "March 2022", "März 2022": a month with its year needs no preposition. */
const MONTH_YEAR_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(${Object.keys(MONTH_NUMBER).join('|')})\\s+(?:de |del |of )?((?:19|20)\\d{2})(?![\\p{L}\\d])`,
  'giu',
);

/** A dateline: a place in capitals, a comma, a short date, maybe an agency, then a dash ("MOSCOW, March 5 —",
 * "BRASÍLIA, 8 de janeiro (Reuters) -"). */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40},\s+[^—–\-,.]{3,30}?\s*(?:\([^)]{2,20}\)\s*)?[—–-]\s/u;

const MONTH_OR_DIGIT =
  /\d|jan|f[eé]v|feb|mar|m[äa]r|apr|avr|abr|ma[iy]|mag|jun|juin|giu|jul|juil|lug|aug|ao[uû]|ago|sep|set|oct|okt|ott|out|nov|dec|d[eé]c|dez|dic/i;

/**
 * Parses `published` (`YYYY-MM-DD` or ISO 8601 date-time with offset) into the publisher's own calendar date.
 * Returns null when it is missing or not a valid date.
 */
export function parseReferenceDate(published: string | null | undefined): ReferenceDate | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(published.trim());
  if (!match) return null;
  if (precisionOfPartialDate(`${match[1]}-${match[2]}-${match[3]}`) !== 'day') return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function formatDay(year: number, month: number, day: number): string | null {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  // Validated without rolling over: Feb 31 is rejected, never read as 3 March.
  return precisionOfPartialDate(value) === 'day' ? value : null;
}

function compareDays(a: ReferenceDate, b: ReferenceDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function addDays(date: ReferenceDate, days: number): ReferenceDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Week-level expressions ("last week", "la semaine dernière") name no day: they never date a claim. */
const WEEK_ONLY = /week|semaine|woche|semana|settimana/iu;

function expressionFromChrono(
  result: chrono.ParsedResult,
  reference: ReferenceDate | null,
): DateExpression | null {
  const start = result.start;
  const text = result.text;
  if (WEEK_ONLY.test(text) && !start.isCertain('weekday') && !start.isCertain('day')) return null;
  const stated = MONTH_OR_DIGIT.test(text) && (start.isCertain('month') || start.isCertain('year'));
  const basis: DateBasis = stated ? 'stated' : 'relative';
  const span = { start: result.index, end: result.index + text.length };
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  if (start.isCertain('day') || start.isCertain('weekday')) {
    if (!start.isCertain('year') && reference === null)
      return { ...span, date: null, precision: null, basis };
    let value: ReferenceDate = { year, month, day };
    if (reference && compareDays(value, reference) > 0) {
      if (start.isCertain('year')) return null;
      if (!start.isCertain('day') || !start.isCertain('month')) {
        // A bare weekday read on a Monday ("jeudi") is the past week's, not the coming one's.
        value = addDays(value, -7);
      } else if (start.isCertain('month')) {
        value = { ...value, year: value.year - 1 };
      }
      if (compareDays(value, reference) > 0) return null;
    }
    if (!start.isCertain('day') && !start.isCertain('weekday')) return null;
    const date = formatDay(value.year, value.month, value.day);
    return date ? { ...span, date, precision: 'day', basis } : null;
  }
  if (start.isCertain('month')) {
    let monthYear = year;
    if (!start.isCertain('year')) {
      if (!reference) return { ...span, date: null, precision: null, basis };
      if (month > reference.month) monthYear = reference.year - 1;
      else monthYear = reference.year;
    }
    return { ...span, date: `${monthYear}-${pad(month)}`, precision: 'month', basis: 'stated' };
  }
  if (start.isCertain('year')) return { ...span, date: String(year), precision: 'year', basis: 'stated' };
  return null;
}

function chronoReference(reference: ReferenceDate | null): Date {
  // Local noon of the publication day: chrono computes weekdays in the process's zone, so local fields are what count.
  if (reference) return new Date(reference.year, reference.month - 1, reference.day, 12);
  return new Date();
}

const WEEKDAY_NUMBER: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  'segunda-feira': 1,
  'terça-feira': 2,
  'quarta-feira': 3,
  'quinta-feira': 4,
  'sexta-feira': 5,
  domenica: 0,
  lunedì: 1,
  martedì: 2,
  mercoledì: 3,
  giovedì: 4,
  venerdì: 5,
  sabato: 6,
};

/** Words that make a sentence need the full parser: digits, months, relative days, "last", "ago", "tomorrow"… */
const NEEDS_FULL_PARSER =
  /\d|(?<![\p{L}])(?:jan|enero|feb|vorgestern|anteayer|anoche|anteontem|f[eé]v|m[äa]r|apr|avr|abr|ma[iy]|mag|jun|juin|giu|jul|juil|lug|aug|ao[uû]|ago|sep|set|oct|okt|ott|out|nov|dec|d[eé]c|dez|dic|gen|yesterday|today|tonight|tomorrow|ago|last|next|week|hier|aujourd|demain|dernier|derni[eè]re|prochain|semaine|il y a|gestern|heute|morgen|letzte|vergangen|nächste|woche|ayer|hoy|mañana|pasad|próxim|semana|hace|ontem|hoje|amanhã|passad|há|ieri|oggi|domani|scors|prossim|settimana|fa|segunda|terça|quarta|quinta|sexta|vor\s|atrás)/iu;

// German compounds name the part of the day ("Freitagabend"); the day is what counts.
const WEEKDAY_WORD = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(WEEKDAY_NUMBER)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=(?:abend|morgen|nachmittag|vormittag|nacht|mittag)?(?![\\p{L}]))`,
  'giu',
);

/**
 * The common case without chrono: a sentence whose only date words are weekdays ("on Friday", "vendredi",
 * "am Samstag"). Each resolves to the latest such day on or before publication, which is what the chrono path
 * gives after moving future weekdays back a week. Returns null when the sentence needs the full parser.
 */
function findWeekdayExpressions(sentence: string, reference: ReferenceDate | null): DateExpression[] | null {
  if (NEEDS_FULL_PARSER.test(sentence)) return null;
  const expressions: DateExpression[] = [];
  WEEKDAY_WORD.lastIndex = 0;
  for (const match of execAll(WEEKDAY_WORD, sentence)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!reference) {
      expressions.push({ start, end, date: null, precision: null, basis: 'relative' });
      continue;
    }
    const weekday = WEEKDAY_NUMBER[match[0].toLowerCase()]!;
    const referenceWeekday = new Date(
      Date.UTC(reference.year, reference.month - 1, reference.day),
    ).getUTCDay();
    const value = addDays(reference, -((referenceWeekday - weekday + 7) % 7));
    expressions.push({
      start,
      end,
      date: formatDay(value.year, value.month, value.day),
      precision: 'day',
      basis: 'relative',
    });
  }
  // No weekday after all (the sentence had some other hint): the full parser decides.
  return expressions.length > 0 ? expressions : null;
}

/**
 * Words without which no parser here finds a date: a digit, a month, a weekday, or a relative day or period word in
 * one of the six languages. A superset on purpose (a false hit only costs the full parse); the unit test
 * `dates-hint.test.ts` checks on every evaluation sentence that skipping the others changes nothing.
 */
const RELATIVE_DATE_WORDS = [
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'ago',
  'last',
  'this',
  'next',
  'noon',
  'midnight',
  'morning',
  'evening',
  'night',
  'week',
  'month',
  'year',
  'weekend',
  'day',
  'hier',
  'aujourd',
  'demain',
  'veille',
  'lendemain',
  'soir',
  'matin',
  'nuit',
  'dernier',
  'dernière',
  'prochain',
  'semaine',
  'mois',
  'année',
  'an',
  'jour',
  'midi',
  'minuit',
  'week-end',
  'gestern',
  'heute',
  'morgen',
  'vorgestern',
  'abend',
  'nacht',
  'vor',
  'letzte',
  'nächste',
  'woche',
  'monat',
  'jahr',
  'tag',
  'mittag',
  'mitternacht',
  'wochenende',
  'ayer',
  'hoy',
  'mañana',
  'anoche',
  'hace',
  'pasad',
  'próxim',
  'semana',
  'mes',
  'año',
  'día',
  'noche',
  'tarde',
  'ontem',
  'hoje',
  'amanhã',
  'há',
  'passad',
  'próxim',
  'mês',
  'ano',
  'dia',
  'noite',
  'madrugada',
  'meio-dia',
  'ieri',
  'oggi',
  'domani',
  'stasera',
  'stanotte',
  'fa',
  'scors',
  'prossim',
  'settimana',
  'mese',
  'anno',
  'giorno',
  'sera',
  'notte',
  'mezzogiorno',
  'mezzanotte',
];
let dateHint: RegExp | null = null;
function getDateHint(): RegExp {
  if (dateHint === null) {
    const words = [...Object.keys(MONTH_NUMBER), ...Object.keys(WEEKDAY_NUMBER), ...RELATIVE_DATE_WORDS]
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    // Word starts only: "an" must not hit inside "Anatel", yet "ago" ends words and "passad" begins them.
    dateHint = new RegExp(`\\d|(?<![\\p{L}])(?:${words.join('|')}|segunda|terça|quarta|quinta|sexta)`, 'iu');
  }
  return dateHint;
}

/**
 * Every date expression of a sentence, in order, resolved against the publication date.
 * Never throws: an expression chrono cannot place is left out.
 */
export function findDateExpressions(
  sentence: string,
  lang: string | null,
  reference: ReferenceDate | null,
): DateExpression[] {
  // Most sentences of a long article name no date at all; chrono costs ~0.1 ms a call, this test a microsecond.
  if (!getDateHint().test(sentence)) return [];
  if (!getChronoHint().test(sentence)) return parseDateExpressions(sentence, lang, reference, 'none');
  return parseDateExpressions(sentence, lang, reference, DURATION_HINT.test(sentence) ? 'whole' : 'lite');
}

let chronoHint: RegExp | null = null;
/**
 * The date hint without its bare digit: chrono finds nothing in a sentence whose only digits are counts or years
 * ("3 million users", "in 2018", which our own year pattern reads), so it runs only on a date word or a digit in a
 * date or time shape ("08/01/2021", "2021-01-08", "8.1.", "23:59", "23h59", "8th", "1er"). About a third of the
 * sentences that reach date parsing skip chrono this way; `dates-hint.test.ts` checks that nothing changes.
 */
function getChronoHint(): RegExp {
  if (chronoHint === null) {
    chronoHint = new RegExp(
      `${getDateHint().source.replace(/^\\d\|/, '')}|\\d\\s*[./:hH-]\\s*\\d|\\d(?:st|nd|rd|th|er|e|º|ª|°)(?![\\p{L}])`,
      'iu',
    );
  }
  return chronoHint;
}

const DAY_BEFORE_WORDS =
  /veille|Vortag|víspera|véspera|vigilia|día anterior|dia anterior|giorno prima|day before|lendemain|day later|next day|following day|nächsten Tag|Folgetag|día siguiente|dia seguinte|giorno dopo|indomani/iu;

/** Words without which no "N days ago" pattern can match. */
const DAYS_AGO_HINT = /ago|il y a|vor |hace |há |atrás| fa(?![\p{L}])/iu;

/**
 * A time unit, without which chrono's duration parsers find nothing ("3 days ago", "il y a deux semaines", "vor einem
 * Monat", "hace un año", "há duas horas", "tre giorni fa", "3d later"). A superset on purpose: a false hit only costs
 * the whole parser; `dates-hint.test.ts` checks on every evaluation sentence that the lite parser changes nothing.
 */
const DURATION_HINT =
  /\d\s*(?:s|m|h|d|w|y|mo|yr|hrs?|mins?|secs?)(?![\p{L}])|(?<![\p{L}])(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|qtrs?|quarters?|years?|yrs?|secondes?|heures?|jours?|semaines?|mois|trimestres?|ans?|années?|Sek\w*|Minuten?|Std|Stunden?|Tage?n?|Woche\w*|Monat\w*|Quartal\w*|Jahr\w*|segundos?|minutos?|horas?|d[ií]as?|semanas?|mes|meses|m[eê]s|años?|anos?|trimestres?|secondi|secondo|ore|ora|giorni|giorno|settiman[ae]|mesi|mese|anni|anno)(?![\p{L}])/iu;

/**
 * Every parser on the sentence (`chronoReads: 'none'` leaves chrono out): {@link findDateExpressions} without its
 * cheap word tests, exported for the test that proves they change nothing.
 */
export function parseDateExpressions(
  sentence: string,
  lang: string | null,
  reference: ReferenceDate | null,
  chronoReads: 'whole' | 'lite' | 'none' = 'whole',
): DateExpression[] {
  const weekdaysOnly = findWeekdayExpressions(sentence, reference);
  if (weekdaysOnly) return weekdaysOnly;
  const parser: ChronoParser = chronoReads === 'lite' ? liteChrono(lang ?? 'en') : wholeChrono(lang ?? 'en');
  const prepared = sentence.replace(LAST_WORDS, (word) => ' '.repeat(word.length));
  const expressions: DateExpression[] = [];
  let results: chrono.ParsedResult[] = [];
  try {
    if (chronoReads !== 'none') results = parser.parse(prepared, chronoReference(reference));
  } catch {
    results = [];
  }
  for (const result of results) {
    // "la veille", "am Vortag": the day before the story's previous event, not before publication (the extractor
    // reads them against its previous claim).
    if (DAY_BEFORE_WORDS.test(result.text)) continue;
    // "for about a month", "pendant deux semaines": a length of time, not a date.
    if (
      DURATION_BEFORE.test(prepared.slice(Math.max(0, result.index - 24), result.index)) ||
      /^(?:for|pendant|durant|für|durante|por|per)\s/iu.test(result.text)
    )
      continue;
    const expression = expressionFromChrono(result, reference);
    if (expression) expressions.push(expression);
  }
  for (const pattern of DAYS_AGO_HINT.test(prepared) ? DAYS_AGO_PATTERNS : []) {
    pattern.lastIndex = 0;
    for (const match of execAll(pattern, prepared)) {
      const word = (match[1] ?? '').toLowerCase();
      const weeks = WEEK_UNIT.test(match[2] ?? '');
      const number = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
      if (number === undefined || number > (weeks ? 8 : 60)) continue;
      const count = weeks ? number * 7 : number;
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (expressions.some((e) => e.start < end && start < e.end)) continue;
      if (!reference) {
        expressions.push({ start, end, date: null, precision: null, basis: 'relative' });
        continue;
      }
      const value = addDays(reference, -count);
      expressions.push({
        start,
        end,
        date: formatDay(value.year, value.month, value.day),
        precision: 'day',
        basis: 'relative',
      });
    }
  }
  MONTH_PATTERN.lastIndex = 0;
  MONTH_YEAR_PATTERN.lastIndex = 0;
  for (const match of [...execAll(MONTH_PATTERN, prepared), ...execAll(MONTH_YEAR_PATTERN, prepared)]) {
    const start = (match.index ?? 0) + match[0].indexOf(match[1]!);
    const end = (match.index ?? 0) + match[0].length;
    if (expressions.some((e) => e.start < end && start < e.end && e.precision !== 'year')) continue;
    const month = MONTH_NUMBER[match[1]!.toLowerCase()]!;
    let year = match[2] ? Number(match[2]) : null;
    if (year === null) {
      if (!reference) continue;
      // "in May last year", "en mai de l'année dernière", "im Mai vergangenen Jahres": the year before publication's.
      const after = prepared.slice(
        (match.index ?? 0) + match[0].length,
        (match.index ?? 0) + match[0].length + 40,
      );
      year = LAST_YEAR_AFTER.test(after)
        ? reference.year - 1
        : month > reference.month
          ? reference.year - 1
          : reference.year;
    }
    if (reference && (year > reference.year || (year === reference.year && month > reference.month)))
      continue;
    for (let k = expressions.length - 1; k >= 0; k--) {
      const e = expressions[k]!;
      if (e.start < end && start < e.end) expressions.splice(k, 1);
    }
    expressions.push({ start, end, date: `${year}-${pad(month)}`, precision: 'month', basis: 'stated' });
  }
  YEAR_PATTERN.lastIndex = 0;
  for (const match of [...execAll(YEAR_PATTERN, prepared), ...execAll(BARE_YEAR_AFTER_AUXILIARY, prepared)]) {
    const yearText = match[1]!;
    const start = (match.index ?? 0) + match[0].length - yearText.length;
    const end = start + 4;
    if (expressions.some((e) => e.start < end && start < e.end)) continue;
    const year = Number(yearText);
    if (reference && year > reference.year) continue;
    expressions.push({ start, end, date: String(year), precision: 'year', basis: 'stated' });
  }
  // "in May last year": chrono reads the month in the current year.
  if (reference) {
    for (const e of expressions) {
      if (e.precision !== 'month' || e.date !== `${reference.year}-${e.date?.slice(5)}`) continue;
      if (LAST_YEAR_AFTER.test(prepared.slice(e.end, e.end + 40)))
        e.date = `${reference.year - 1}-${e.date.slice(5)}`;
    }
  }
  // A dateline ("MOSCOW, March 5 —") gives the day of filing, which publication already gives: it dates no act.
  const dateline = DATELINE.exec(sentence);
  const kept = dateline ? expressions.filter((e) => e.start >= dateline[0].length) : expressions;
  return kept.sort((a, b) => a.start - b.start);
}

const TIME_PATTERN =
  /(?<![\p{L}\p{N}])(\d{1,2})\s*(?:[hH:]|\.(?=\d{2}\s*(?:Uhr|h)))\s*(\d{2})?(?:\s*([ap])\.?\s?m\.?)?(?:\s*Uhr)?(?:\s*\(?\s*(GMT|UTC|PT|PST|PDT|ET|EST|EDT|CET|CEST|MSK|BRT|IST|MEZ|MESZ|heure de Paris|heure française|heure de Moscou|Pacific time|Eastern time|horário de Brasília|hora de Brasília)(?:\s*([+-]\d{1,2}))?)?(?![\p{L}\p{N}])/gu;

const AM_PM_PATTERN =
  /(?<![\p{L}\p{N}])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?(?:\s*\(?\s*(GMT|UTC|PT|PST|PDT|ET|EST|EDT|CET|CEST|MSK|BRT|IST)\b)?/giu;

/** A time of day stated in a text: `HH:MM`, then the zone when one is named. */
export interface TimeExpression {
  start: number;
  end: number;
  time: string;
}

/**
 * Times of day stated in a sentence ("23h59", "08H00 GMT", "11:59 p.m. PT", "um 18 Uhr"), as `HH:MM[ Zone]`.
 */
export function findTimeExpressions(sentence: string): TimeExpression[] {
  const times: TimeExpression[] = [];
  const add = (
    start: number,
    end: number,
    hourText: string,
    minuteText: string | undefined,
    meridiem: string | undefined,
    zone: string | undefined,
  ) => {
    let hour = Number(hourText);
    const minute = minuteText === undefined ? 0 : Number(minuteText);
    if (meridiem) {
      const pm = meridiem.toLowerCase() === 'p';
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    if (hour > 23 || minute > 59) return;
    if (times.some((t) => t.start < end && start < t.end)) return;
    const zoneName = zone ? TIME_ZONE_WORDS[zone.toLowerCase()] : undefined;
    times.push({ start, end, time: `${pad(hour)}:${pad(minute)}${zoneName ? ` ${zoneName}` : ''}` });
  };
  for (const match of execAll(AM_PM_PATTERN, sentence)) {
    add(match.index ?? 0, (match.index ?? 0) + match[0].length, match[1]!, match[2], match[3], match[4]);
  }
  for (const match of execAll(TIME_PATTERN, sentence)) {
    // "18 h" alone is rare in reports and "2 h" is often a duration; require minutes unless it says "Uhr" or a zone.
    if (match[2] === undefined && !/Uhr/.test(match[0]) && match[4] === undefined) continue;
    if (match[2] === undefined && /:/.test(match[0])) continue;
    add(match.index ?? 0, (match.index ?? 0) + match[0].length, match[1]!, match[2], match[3], match[4]);
  }
  return times.sort((a, b) => a.start - b.start);
}
