/**
 * Where a report was filed, read from its dateline ("KATHMANDU -", "MOSCOU, 17 septembre (Reuters) -", "CARACAS (EFE)
 * —"): the country whose government "the government" or "the authorities" are when the article names no country.
 * A dateline place is never a party of a claim (extract.ts drops mentions inside datelines); it only tells the reader
 * which state the story is about. Capitals and the cities wire services file from, in the six languages' spellings,
 * folded to upper-case ASCII. Brussels, Geneva, Strasbourg and Luxembourg are left out on purpose: datelines from there
 * are about EU or UN bodies, not the host country.
 */

const PLACES: Record<string, readonly string[]> = {
  AE: ['ABU DHABI', 'DUBAI'],
  AF: ['KABUL', 'KABOUL'],
  AL: ['TIRANA'],
  AM: ['YEREVAN', 'EREVAN', 'ERIWAN'],
  AR: ['BUENOS AIRES'],
  AT: ['VIENNA', 'VIENNE', 'WIEN', 'VIENA'],
  AU: ['CANBERRA', 'SYDNEY', 'MELBOURNE'],
  AZ: ['BAKU', 'BAKOU'],
  BD: ['DHAKA', 'DACCA'],
  BF: ['OUAGADOUGOU', 'UAGADUGU'],
  BH: ['MANAMA'],
  BI: ['BUJUMBURA', 'GITEGA'],
  BR: [
    'BRASILIA',
    'SAO PAULO',
    'RIO DE JANEIRO',
    'ARACAJU',
    'BELO HORIZONTE',
    'PORTO ALEGRE',
    'RECIFE',
    'SALVADOR',
  ],
  BY: ['MINSK'],
  CA: ['OTTAWA', 'TORONTO', 'MONTREAL', 'VANCOUVER'],
  CM: ['YAOUNDE', 'DOUALA'],
  CN: ['BEIJING', 'PEKIN', 'PEKING', 'PEQUIM', 'PECHINO', 'SHANGHAI'],
  CO: ['BOGOTA'],
  CU: ['HAVANA', 'LA HAVANE', 'HAVANNA', 'LA HABANA', "L'AVANA"],
  CZ: ['PRAGUE', 'PRAG', 'PRAGA'],
  DE: ['BERLIN', 'BERLIM', 'BERLINO'],
  DK: ['COPENHAGEN', 'COPENHAGUE', 'KOPENHAGEN', 'COPENAGHEN', 'COPENHAGA'],
  DZ: ['ALGIERS', 'ALGER', 'ALGIER', 'ARGEL', 'ALGERI'],
  EC: ['QUITO', 'GUAYAQUIL'],
  EE: ['TALLINN'],
  EG: ['CAIRO', 'LE CAIRE', 'KAIRO', 'EL CAIRO', 'IL CAIRO'],
  ES: ['MADRID', 'BARCELONA', 'BARCELONE', 'BARCELLONA'],
  ET: ['ADDIS ABABA', 'ADDIS-ABEBA', 'ADDIS ABEBA'],
  FR: ['PARIS', 'PARIGI', 'LYON', 'MARSEILLE'],
  GA: ['LIBREVILLE'],
  GB: ['LONDON', 'LONDRES', 'LONDRA'],
  GH: ['ACCRA'],
  GR: ['ATHENS', 'ATHENES', 'ATHEN', 'ATENAS', 'ATENE'],
  HK: ['HONG KONG', 'HONGKONG'],
  HU: ['BUDAPEST', 'BUDAPESTE'],
  ID: ['JAKARTA', 'DJAKARTA', 'YAKARTA', 'JACARTA', 'GIACARTA'],
  IE: ['DUBLIN', 'DUBLINO'],
  IL: ['JERUSALEM', 'TEL AVIV', 'GERUSALEMME'],
  IN: [
    'NEW DELHI',
    'NEW-DELHI',
    'NUEVA DELHI',
    'NOVA DELI',
    'NUOVA DELHI',
    'MUMBAI',
    'BOMBAY',
    'BANGALORE',
    'BENGALURU',
  ],
  IQ: ['BAGHDAD', 'BAGDAD', 'BAGDA'],
  IR: ['TEHRAN', 'TEHERAN', 'TEERA'],
  IT: ['ROME', 'ROMA', 'ROM', 'MILAN', 'MILANO', 'MAILAND', 'MILAO', 'NAPLES', 'NAPOLI', 'TURIN', 'TORINO'],
  JO: ['AMMAN'],
  JP: ['TOKYO', 'TOKIO', 'TOQUIO'],
  KE: ['NAIROBI'],
  KG: ['BISHKEK', 'BICHKEK'],
  KH: ['PHNOM PENH'],
  KP: ['PYONGYANG'],
  KR: ['SEOUL', 'SEUL'],
  KZ: ['ASTANA', 'ALMATY'],
  LK: ['COLOMBO'],
  LT: ['VILNIUS'],
  LV: ['RIGA'],
  LY: ['TRIPOLI'],
  MA: ['RABAT', 'CASABLANCA'],
  MD: ['CHISINAU', 'KICHINEV'],
  ML: ['BAMAKO'],
  MM: ['YANGON', 'RANGOON', 'NAYPYIDAW', 'NAYPYITAW'],
  MR: ['NOUAKCHOTT'],
  MX: ['MEXICO CITY', 'CIUDAD DE MEXICO', 'MEXICO'],
  MY: ['KUALA LUMPUR'],
  NG: ['ABUJA', 'LAGOS'],
  NI: ['MANAGUA'],
  NL: ['AMSTERDAM', 'THE HAGUE', 'LA HAYE', 'DEN HAAG', 'LA HAYA', "L'AIA"],
  NO: ['OSLO'],
  NP: ['KATHMANDU', 'KATMANDOU', 'KATMANDU'],
  PE: ['LIMA'],
  PH: ['MANILA', 'MANILLE'],
  PK: ['ISLAMABAD', 'KARACHI', 'LAHORE'],
  PL: ['WARSAW', 'VARSOVIE', 'WARSCHAU', 'VARSOVIA'],
  PT: ['LISBON', 'LISBONNE', 'LISSABON', 'LISBOA', 'LISBONA', 'PORTO'],
  RO: ['BUCHAREST', 'BUCAREST', 'BUKAREST', 'BUCARESTE'],
  RS: ['BELGRADE', 'BELGRAD', 'BELGRADO'],
  RU: [
    'MOSCOW',
    'MOSCOU',
    'MOSKAU',
    'MOSCU',
    'MOSCOVO',
    'MOSCA',
    'SAINT PETERSBURG',
    'SAINT-PETERSBOURG',
    'ST. PETERSBURG',
  ],
  RW: ['KIGALI'],
  SA: ['RIYADH', 'RIYAD', 'RIAD', 'RIADE'],
  SD: ['KHARTOUM', 'KHARTUM', 'JARTUM', 'CARTUM'],
  SE: ['STOCKHOLM', 'ESTOCOLMO', 'STOCCOLMA'],
  SG: ['SINGAPORE', 'SINGAPOUR', 'SINGAPUR', 'SINGAPURA'],
  SL: ['FREETOWN'],
  SN: ['DAKAR', 'DACAR'],
  SO: ['MOGADISHU', 'MOGADISCIO'],
  SY: ['DAMASCUS', 'DAMAS', 'DAMASKUS', 'DAMASCO'],
  TD: ["N'DJAMENA", 'NDJAMENA'],
  TG: ['LOME'],
  TH: ['BANGKOK', 'BANGUECOQUE'],
  TJ: ['DUSHANBE', 'DOUCHANBE'],
  TM: ['ASHGABAT', 'ACHGABAT'],
  TN: ['TUNIS', 'TUNEZ', 'TUNISI'],
  TR: ['ANKARA', 'ISTANBUL', 'ESTAMBUL', 'ISTAMBUL'],
  TW: ['TAIPEI', 'TAIPE'],
  TZ: ['DAR ES SALAAM', 'DODOMA'],
  UA: ['KYIV', 'KIEV', 'KIEW', 'KIIV'],
  UG: ['KAMPALA'],
  US: ['WASHINGTON', 'NEW YORK', 'NOVA IORQUE', 'NUEVA YORK'],
  UZ: ['TASHKENT', 'TACHKENT', 'TASCHKENT'],
  VE: ['CARACAS'],
  VN: ['HANOI', 'HO CHI MINH CITY'],
  ZA: ['JOHANNESBURG', 'PRETORIA', 'CAPE TOWN', 'JOHANNESBOURG'],
  ZM: ['LUSAKA'],
  ZW: ['HARARE'],
};

function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toUpperCase().trim();
}

const COUNTRY_BY_PLACE: ReadonlyMap<string, string> = new Map(
  Object.entries(PLACES).flatMap(([country, places]) =>
    places.map((place) => [fold(place), country] as const),
  ),
);

/**
 * The country (ISO 3166-1 alpha-2) of a dateline's place, or null. `place` is the dateline's first part, before its
 * comma, agency or dash ("KATHMANDU", "São Paulo", "MOSCOU").
 */
export function datelineCountry(place: string): string | null {
  return COUNTRY_BY_PLACE.get(fold(place)) ?? null;
}

/** A dateline's place at the start of a sentence, in capitals or not ("KATHMANDU -", "Berlin –", "ROMA, 3 marzo -"). */
const DATELINE_START =
  /^(\p{Lu}[\p{L}\p{M} .'’/-]{1,40}?)\s*(?:,[^—–\n]{0,40}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s/u;

/** The country of the dateline a sentence opens with, or null when it has none or its place is not known. */
export function countryOfDateline(sentence: string): string | null {
  const match = DATELINE_START.exec(sentence);
  return match ? datelineCountry(match[1]!) : null;
}

/** The dateline a sentence opens with ("Wien – "), when its place is known, or null. */
export function datelineStart(sentence: string): string | null {
  const match = DATELINE_START.exec(sentence);
  return match && datelineCountry(match[1]!) !== null ? match[0] : null;
}
