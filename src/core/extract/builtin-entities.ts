import type { EntityKind } from '../taxonomy.ts';
import type { ExtractEntity } from './types.ts';

/** A built-in entity with its aliases (every language). */
export interface MatchableEntity extends ExtractEntity {
  aliases?: { any?: string[] };
}

/**
 * A small built-in catalogue of the parties that appear most in deplatforming news, with the canonical ids of the
 * project. The extractor merges it under `data/entities/` (the catalogue wins on a shared id), so `wbw extract` works
 * on a fresh clone and the tests do not depend on the catalogue's growth.
 * Format per line: `id|Name|kind|parent|country|alias;alias;…` (aliases for every language).
 */
const BUILTIN_ENTITY_TABLE = `
apple|Apple|app_store||US|Apple;Apple Inc.;Apple's;App Store;Apple App Store;l'App Store;Apple Store
google|Google|platform||US|Google;Google's;Google Play;Google Play Store;Play Store;Alphabet;Google Cloud
youtube|YouTube|platform|google|US|YouTube;Youtube;YouTube's
meta|Meta|platform||US|Meta;Meta Platforms;Meta's
facebook|Facebook|platform|meta|US|Facebook;Facebook's;FB
instagram|Instagram|platform|meta|US|Instagram;Instagram's
whatsapp|WhatsApp|platform|meta|US|WhatsApp;Whatsapp
x|X|platform||US|X;Twitter;Twitter's;X's;X Corp;X Corp.;réseau social X;rede social X
snap|Snap|platform||US|Snap;Snap Inc.
snapchat|Snapchat|platform|snap|US|Snapchat;Snapchat's
amazon|Amazon|platform||US|Amazon;Amazon's
aws|Amazon Web Services|host|amazon|US|Amazon Web Services;AWS;AWS's
twitch|Twitch|platform|amazon|US|Twitch;Twitch's
microsoft|Microsoft|platform||US|Microsoft
github|GitHub|platform|microsoft|US|GitHub;Github
linkedin|LinkedIn|platform|microsoft|US|LinkedIn
reddit|Reddit|platform||US|Reddit;Reddit's
discord|Discord|platform||US|Discord
bytedance|ByteDance|platform||CN|ByteDance
tiktok|TikTok|platform|bytedance|CN|TikTok;Tiktok;TikTok's;Douyin
spotify|Spotify|platform||SE|Spotify;Spotify's
paypal|PayPal|payments||US|PayPal;Paypal;PayPal's
stripe|Stripe|payments||US|Stripe
visa|Visa|payments||US|Visa
mastercard|Mastercard|payments||US|Mastercard;MasterCard
patreon|Patreon|payments||US|Patreon
gofundme|GoFundMe|payments||US|GoFundMe
shopify|Shopify|platform||CA|Shopify
cloudflare|Cloudflare|cdn_security||US|Cloudflare;CloudFlare;Cloudflare's
godaddy|GoDaddy|registrar||US|GoDaddy;Godaddy
tucows|Tucows|registrar||CA|Tucows
namecheap|Namecheap|registrar||US|Namecheap
epik|Epik|registrar||US|Epik
digitalocean|DigitalOcean|host||US|DigitalOcean
zoho|Zoho|platform||IN|Zoho
telegram|Telegram|platform||AE|Telegram;Telegram's
vimeo|Vimeo|platform||US|Vimeo
pinterest|Pinterest|platform||US|Pinterest
substack|Substack|platform||US|Substack
rumble|Rumble|platform||US|Rumble
apple-podcasts|Apple Podcasts|platform|apple|US|Apple Podcasts
soundcloud|SoundCloud|platform||DE|SoundCloud
deezer|Deezer|platform||FR|Deezer
airbnb|Airbnb|platform||US|Airbnb
uber|Uber|platform||US|Uber
okta|Okta|platform||US|Okta
twilio|Twilio|platform||US|Twilio
mailchimp|Mailchimp|platform||US|Mailchimp
parler|Parler|app|||Parler;Parler's
gab|Gab|site|||Gab;Gab.com;Gab's
8chan|8chan|site|||8chan;8kun
kiwi-farms|Kiwi Farms|site|||Kiwi Farms;Kiwifarms;KiwiFarms
daily-stormer|Daily Stormer|site|||Daily Stormer;The Daily Stormer;the Daily Stormer
infowars|Infowars|site|||Infowars;InfoWars
alex-jones|Alex Jones|person|||Alex Jones;Jones
donald-trump|Donald Trump|person|||Donald Trump;Trump;Donald J. Trump;President Trump;Trump's
rt|RT|organization||RU|RT;Russia Today;RT France;RT Deutsch;RT en Español
sputnik|Sputnik|organization||RU|Sputnik;Sputnik News
andrew-tate|Andrew Tate|person|||Andrew Tate;Tate
kanye-west|Kanye West|person|||Kanye West;Ye
jair-bolsonaro|Jair Bolsonaro|person|||Jair Bolsonaro;Bolsonaro
wikileaks|WikiLeaks|site|||WikiLeaks;Wikileaks
the-pirate-bay|The Pirate Bay|site|||The Pirate Bay;Pirate Bay
milo-yiannopoulos|Milo Yiannopoulos|person|||Milo Yiannopoulos;Yiannopoulos
laura-loomer|Laura Loomer|person|||Laura Loomer;Loomer
david-icke|David Icke|person|||David Icke;Icke
truth-social|Truth Social|app|||Truth Social
gettr|Gettr|app|||Gettr;GETTR
joe-rogan|Joe Rogan|person|||Joe Rogan;Rogan
the-joe-rogan-experience|The Joe Rogan Experience|content|||The Joe Rogan Experience;Joe Rogan Experience
marjorie-taylor-greene|Marjorie Taylor Greene|person|||Marjorie Taylor Greene
steve-bannon|Steve Bannon|person|||Steve Bannon;Bannon
nick-fuentes|Nick Fuentes|person|||Nick Fuentes;Fuentes
dieudonne|Dieudonné|person|||Dieudonné;Dieudonne
alain-soral|Alain Soral|person|||Alain Soral;Soral
egalite-et-reconciliation|Égalité et Réconciliation|site|||Égalité et Réconciliation
attila-hildmann|Attila Hildmann|person|||Attila Hildmann;Hildmann
ken-jebsen|Ken Jebsen|person|||Ken Jebsen;KenFM
allan-dos-santos|Allan dos Santos|person|||Allan dos Santos
monark|Monark|person|||Monark
nicolas-maduro|Nicolás Maduro|person|||Nicolás Maduro;Nicolas Maduro;Maduro
vox|Vox|organization||ES|Vox
hamas|Hamas|organization|||Hamas;Hamás
hezbollah|Hezbollah|organization|||Hezbollah;Hizbollah
taliban|Taliban|organization|||Taliban;talibans;the Taliban
proud-boys|Proud Boys|organization|||Proud Boys
qanon|QAnon|organization|||QAnon
signal|Signal|platform||US|Signal
wikipedia|Wikipedia|site|||Wikipedia;Wikipédia
vkontakte|VKontakte|platform||RU|VKontakte;VK
roskomnadzor|Roskomnadzor|regulator||RU|Roskomnadzor;Roskomnadsor;the Russian telecoms regulator;Russia's communications regulator;Russia's media regulator;le gendarme russe des télécoms;russischen Medienaufsicht;Medienaufsicht Roskomnadsor
anatel|Anatel|regulator||BR|Anatel;ANATEL;Brazil's telecoms regulator;Agência Nacional de Telecomunicações
br-supreme-court|Supreme Federal Court (Brazil)|court||BR|STF;Supremo Tribunal Federal;Supreme Federal Court;Brazil's Supreme Court;Brazilian Supreme Court;Alexandre de Moraes;Justice Alexandre de Moraes;Moraes;Cour suprême brésilienne;la Cour suprême du Brésil;juge Alexandre de Moraes;la justice brésilienne;Brasiliens Oberster Gerichtshof;Oberste Gericht Brasiliens;Tribunal Supremo de Brasil;Corte Suprema de Brasil;ministro Alexandre de Moraes;Corte Suprema brasiliana;justiça brasileira;justicia brasileña;giustizia brasiliana;brasilianische Justiz
br-electoral-court|Superior Electoral Court (Brazil)|court||BR|TSE;Tribunal Superior Eleitoral;Superior Electoral Court
in-meity|Ministry of Electronics and IT (India)|government||IN|MeitY;Ministry of Electronics and Information Technology;India's IT ministry;Indian IT ministry;le ministère indien de l'Informatique
btk|ICTA (Turkey)|regulator||TR|BTK;ICTA;Turkey's telecoms regulator;Turkish telecoms regulator;Information and Communication Technologies Authority
us-supreme-court|Supreme Court of the United States|court||US|US Supreme Court;U.S. Supreme Court;the Supreme Court of the United States
arcom|Arcom|regulator||FR|Arcom;ARCOM;le régulateur de l'audiovisuel
ofcom|Ofcom|regulator||GB|Ofcom
eu|European Union|government|||European Union;EU;the EU;l'Union européenne;l'UE;Europäische Union;EU-Kommission;Unión Europea;União Europeia;Unione europea;Council of the EU;European Commission;Commission européenne;Comisión Europea;Comissão Europeia;Commissione europea
tr-courts|Turkish courts|court||TR|Turkish court;a Turkish court;un tribunal turc
ru-courts|Russian courts|court||RU|Moscow court;a Moscow court;Tagansky District Court;un tribunal de Moscou;tribunal de Moscou;Moskauer Gericht;tribunal de Moscú;tribunale di Mosca
`;

/**
 * Governments: `cc|English name|English adjective|fr name|fr adjective (m)|de name|de adjective stem|es name|es adjective|pt name|pt adjective|it name|it adjective`.
 * The aliases "the Russian government", "le gouvernement russe", "die russische Regierung"… are generated from it.
 */
const BUILTIN_GOVERNMENT_TABLE = `
ru|Russia|Russian|Russie|russe|Russland|russisch|Rusia|ruso|Rússia|russo|Russia|russo
cn|China|Chinese|Chine|chinois|China|chinesisch|China|chino|China|chinês|Cina|cinese
in|India|Indian|Inde|indien|Indien|indisch|India|indio|Índia|indiano|India|indiano
br|Brazil|Brazilian|Brésil|brésilien|Brasilien|brasilianisch|Brasil|brasileño|Brasil|brasileiro|Brasile|brasiliano
tr|Turkey|Turkish|Turquie|turc|Türkei|türkisch|Turquía|turco|Turquia|turco|Turchia|turco
ir|Iran|Iranian|Iran|iranien|Iran|iranisch|Irán|iraní|Irã|iraniano|Iran|iraniano
ng|Nigeria|Nigerian|Nigeria|nigérian|Nigeria|nigerianisch|Nigeria|nigeriano|Nigéria|nigeriano|Nigeria|nigeriano
us|United States|US|États-Unis|américain|USA|amerikanisch|Estados Unidos|estadounidense|Estados Unidos|americano|Stati Uniti|statunitense
pk|Pakistan|Pakistani|Pakistan|pakistanais|Pakistan|pakistanisch|Pakistán|pakistaní|Paquistão|paquistanês|Pakistan|pakistano
bd|Bangladesh|Bangladeshi|Bangladesh|bangladais|Bangladesch|bangladeschisch|Bangladés|bangladesí|Bangladesh|bengali|Bangladesh|bengalese
id|Indonesia|Indonesian|Indonésie|indonésien|Indonesien|indonesisch|Indonesia|indonesio|Indonésia|indonésio|Indonesia|indonesiano
vn|Vietnam|Vietnamese|Vietnam|vietnamien|Vietnam|vietnamesisch|Vietnam|vietnamita|Vietnã|vietnamita|Vietnam|vietnamita
ve|Venezuela|Venezuelan|Venezuela|vénézuélien|Venezuela|venezolanisch|Venezuela|venezolano|Venezuela|venezuelano|Venezuela|venezuelano
ua|Ukraine|Ukrainian|Ukraine|ukrainien|Ukraine|ukrainisch|Ucrania|ucraniano|Ucrânia|ucraniano|Ucraina|ucraino
by|Belarus|Belarusian|Biélorussie|biélorusse|Belarus|belarussisch|Bielorrusia|bielorruso|Bielorrússia|bielorrusso|Bielorussia|bielorusso
kz|Kazakhstan|Kazakh|Kazakhstan|kazakh|Kasachstan|kasachisch|Kazajistán|kazajo|Cazaquistão|cazaque|Kazakistan|kazako
et|Ethiopia|Ethiopian|Éthiopie|éthiopien|Äthiopien|äthiopisch|Etiopía|etíope|Etiópia|etíope|Etiopia|etiope
ug|Uganda|Ugandan|Ouganda|ougandais|Uganda|ugandisch|Uganda|ugandés|Uganda|ugandense|Uganda|ugandese
eg|Egypt|Egyptian|Égypte|égyptien|Ägypten|ägyptisch|Egipto|egipcio|Egito|egípcio|Egitto|egiziano
sa|Saudi Arabia|Saudi|Arabie saoudite|saoudien|Saudi-Arabien|saudisch|Arabia Saudita|saudí|Arábia Saudita|saudita|Arabia Saudita|saudita
ae|United Arab Emirates|Emirati|Émirats arabes unis|émirien|Vereinigte Arabische Emirate|emiratisch|Emiratos Árabes Unidos|emiratí|Emirados Árabes Unidos|emiradense|Emirati Arabi Uniti|emiratino
mm|Myanmar|Myanmar|Birmanie|birman|Myanmar|myanmarisch|Birmania|birmano|Mianmar|birmanês|Birmania|birmano
np|Nepal|Nepalese|Népal|népalais|Nepal|nepalesisch|Nepal|nepalí|Nepal|nepalês|Nepal|nepalese
fr|France|French|France|français|Frankreich|französisch|Francia|francés|França|francês|Francia|francese
de|Germany|German|Allemagne|allemand|Deutschland|deutsch|Alemania|alemán|Alemanha|alemão|Germania|tedesco
gb|United Kingdom|British|Royaume-Uni|britannique|Großbritannien|britisch|Reino Unido|británico|Reino Unido|britânico|Regno Unito|britannico
it|Italy|Italian|Italie|italien|Italien|italienisch|Italia|italiano|Itália|italiano|Italia|italiano
es|Spain|Spanish|Espagne|espagnol|Spanien|spanisch|España|español|Espanha|espanhol|Spagna|spagnolo
kp|North Korea|North Korean|Corée du Nord|nord-coréen|Nordkorea|nordkoreanisch|Corea del Norte|norcoreano|Coreia do Norte|norte-coreano|Corea del Nord|nordcoreano
tm|Turkmenistan|Turkmen|Turkménistan|turkmène|Turkmenistan|turkmenisch|Turkmenistán|turcomano|Turcomenistão|turcomeno|Turkmenistan|turkmeno
af|Afghanistan|Afghan|Afghanistan|afghan|Afghanistan|afghanisch|Afganistán|afgano|Afeganistão|afegão|Afghanistan|afghano
gh|Ghana|Ghanaian|Ghana|ghanéen|Ghana|ghanaisch|Ghana|ghanés|Gana|ganês|Ghana|ghanese
tz|Tanzania|Tanzanian|Tanzanie|tanzanien|Tansania|tansanisch|Tanzania|tanzano|Tanzânia|tanzaniano|Tanzania|tanzaniano
sn|Senegal|Senegalese|Sénégal|sénégalais|Senegal|senegalesisch|Senegal|senegalés|Senegal|senegalês|Senegal|senegalese
ar|Argentina|Argentine|Argentine|argentin|Argentinien|argentinisch|Argentina|argentino|Argentina|argentino|Argentina|argentino
mx|Mexico|Mexican|Mexique|mexicain|Mexiko|mexikanisch|México|mexicano|México|mexicano|Messico|messicano
co|Colombia|Colombian|Colombie|colombien|Kolumbien|kolumbianisch|Colombia|colombiano|Colômbia|colombiano|Colombia|colombiano
cu|Cuba|Cuban|Cuba|cubain|Kuba|kubanisch|Cuba|cubano|Cuba|cubano|Cuba|cubano
ni|Nicaragua|Nicaraguan|Nicaragua|nicaraguayen|Nicaragua|nicaraguanisch|Nicaragua|nicaragüense|Nicarágua|nicaraguense|Nicaragua|nicaraguense
pt|Portugal|Portuguese|Portugal|portugais|Portugal|portugiesisch|Portugal|portugués|Portugal|português|Portogallo|portoghese
`;

function femininePlural(frAdjective: string): string {
  if (frAdjective.endsWith('e')) return `${frAdjective}s`;
  if (frAdjective.endsWith('ien')) return `${frAdjective}nes`;
  if (frAdjective.endsWith('c')) return `${frAdjective}ques`;
  return `${frAdjective}es`;
}

function governmentAliases(columns: readonly string[]): string[] {
  const [, enName, enAdj, frName, frAdj, deName, deAdj, esName, esAdj, ptName, ptAdj, itName, itAdj] =
    columns as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
  const esAdjF = esAdj.endsWith('o') ? `${esAdj.slice(0, -1)}a` : esAdj;
  return [
    enName,
    `${enName}'s government`,
    `the ${enAdj} government`,
    `${enAdj} government`,
    `${enAdj} authorities`,
    `the ${enAdj} authorities`,
    `${enName}'s authorities`,
    frName,
    `gouvernement ${frAdj}`,
    `autorités ${femininePlural(frAdj)}`,
    deName,
    `${deAdj}e Regierung`,
    `${deAdj}en Regierung`,
    `${deAdj}en Behörden`,
    `${deAdj}e Behörden`,
    esName,
    `gobierno ${esAdj}`,
    `autoridades ${esAdj.replace(/o$/, 'a')}s`,
    `Gobierno ${esAdj}`,
    ptName,
    `governo ${ptAdj}`,
    `Governo ${ptAdj}`,
    itName,
    `governo ${itAdj}`,
    `Governo ${itAdj}`,
    `autorità ${itAdj.replace(/o$/, 'e')}`,
    `${esAdjF}s autoridades`,
    // A judge or a court of the country, when the report does not name it: the state acts.
    `${enAdj} court`,
    `${enAdj} judge`,
    `juge ${frAdj}`,
    `tribunal ${frAdj}`,
    `${deAdj}er Richter`,
    `${deAdj}es Gericht`,
    `juez ${esAdj}`,
    `tribunal ${esAdj}`,
    `juiz ${ptAdj}`,
    `tribunal ${ptAdj}`,
    `giudice ${itAdj}`,
    `tribunale ${itAdj}`,
    // The judiciary as a whole ("la justicia argentina", "a Justiça brasileira"): the state acts through it.
    `justice ${frAdj.endsWith('e') ? frAdj : frAdj.endsWith('ien') ? `${frAdj}ne` : `${frAdj}e`}`,
    `justicia ${esAdjF}`,
    `Justicia ${esAdjF}`,
    `justiça ${ptAdj.endsWith('o') ? `${ptAdj.slice(0, -1)}a` : ptAdj}`,
    `Justiça ${ptAdj.endsWith('o') ? `${ptAdj.slice(0, -1)}a` : ptAdj}`,
    `giustizia ${itAdj.endsWith('o') ? `${itAdj.slice(0, -1)}a` : itAdj}`,
    `${deAdj}e Justiz`,
    `${deAdj}en Justiz`,
  ];
}

function parseBuiltinEntities(): MatchableEntity[] {
  const entities: MatchableEntity[] = [];
  for (const line of BUILTIN_ENTITY_TABLE.trim().split('\n')) {
    const [id, name, kind, parent, country, aliases] = line.split('|') as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    entities.push({
      id,
      name,
      kind: (kind === 'content' ? 'app' : kind) as EntityKind,
      parent: parent || undefined,
      country: country || undefined,
      aliases: { any: aliases.split(';').filter(Boolean) },
    });
  }
  for (const line of BUILTIN_GOVERNMENT_TABLE.trim().split('\n')) {
    const columns = line.split('|');
    const cc = columns[0]!;
    entities.push({
      id: `${cc}-government`,
      name: `Government of ${columns[1]}`,
      kind: 'government',
      country: cc.toUpperCase(),
      aliases: { any: governmentAliases(columns) },
    });
  }
  return entities;
}

/** The built-in catalogue, parsed once. */
export const BUILTIN_ENTITIES: readonly MatchableEntity[] = parseBuiltinEntities();

/**
 * The plural demonyms of the built-in countries in the six languages ("nigerians", "nigérians", "nigerianos",
 * "nigeriani"), lower case, with the country code: a headline's "Nigerians back on Twitter" names the country's
 * people, never a target.
 */
export const DEMONYM_COUNTRY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of BUILTIN_GOVERNMENT_TABLE.trim().split('\n')) {
    const columns = line.split('|');
    const cc = columns[0]!.toUpperCase();
    const [enAdj, frAdj, esAdj, ptAdj, itAdj] = [
      columns[2],
      columns[4],
      columns[8],
      columns[10],
      columns[12],
    ];
    const forms = [
      `${enAdj}s`,
      `${frAdj}s`,
      `${esAdj}s`,
      `${ptAdj}s`,
      itAdj?.endsWith('o') ? `${itAdj.slice(0, -1)}i` : undefined,
    ];
    for (const form of forms) if (form && form.length > 4) map.set(form.toLowerCase(), cc);
  }
  return map;
})();
