import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon } from './types.ts';

/** Italian. "non … più" states an ended service; a bare "non" negates. */
export const IT_LEXICON: LanguageLexicon = {
  lang: 'it',
  verbs: [
    // An order to others ("ordered internet providers to block", "a ordonné aux opérateurs de bloquer"): the one who
    // orders blocks; the infinitive would otherwise read as a call or a demand.
    {
      pattern: "(?:ordin|impost)(?:ato|ò|a) (?:[\\p{L}\\d'’-]+ ){0,5}?di (?:bloccare|sospendere|oscurare)",
      action: 'block',
    },
    // Suspending or overturning the order that cut ("suspendeu a decisão que bloqueava …") lifts the cut: a restoration.
    {
      pattern:
        "(?:sospeso|sospende|annullato|annulla|revocato|revoca)(?: [\\p{L}\\d-]+){0,3}? (?:il |la |lo |l['’])?(?:provvedimento|decisione|ordinanza|misura|sentenza) che (?:\\p{L}+ )?(?:bloccava|sospendeva|vietava|disponeva|ordinava|bloccato|sospeso|vietato|disposto|ordinato)",
      action: 'reinstate',
    },
    // Lifting a cut-off: the cut noun must not fire on its own ("lifted the ban", "revogou a suspensão").
    {
      pattern:
        "(?:revoc(?:ato|ata|ò|are|a)|rimozione|fine|tolt[oa]|ritirat[oa]|annullat[oa]|sospes[oa])(?: [\\p{L}\\d-]+){0,4}? (?:il |la |lo |l['’])?(?:divieto|sospensione|blocco|ban|limitazione)|reinserit[oa]|riattivat[oa]",
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        '(?:è )?tornat(?:o|a|i) (?:disponibile|online|su|accessibile|attiv\\w*)|torna (?:disponibile|online|su|accessibile)|di nuovo (?:disponibile|accessibile|online)',
      action: 'reinstate',
      passive: true,
    },
    {
      pattern: 'non (?:è )?più (?:disponibile|accessibile|online|raggiungibile)|finit(?:o|a) offline|offline',
      action: 'auto',
      passive: true,
    },
    {
      pattern:
        '(?:sospes\\w*|bannat\\w*|rimoss\\w*) (?:in modo )?(?:permanente(?:mente)?|definitiva(?:mente)?)|ban (?:permanente|definitivo)',
      action: 'ban',
    },
    {
      pattern:
        'bann(?:ato|ata|ati|ate|a|ò|ano)\\b|bandisc(?:e|ono)\\b|bandit[oaie]\\b|espuls(?:o|a|i|e|ato|ata)\\b|messo al bando|vietat[oaie]\\b|vietato|esclus[oaie]\\b',
      action: 'ban',
    },
    {
      pattern:
        'sospe(?:so|sa|si|se|ndere|nde|ndono|nsione(?: \\p{L}+)? d\\w*)\\b|disattivat[oaie]\\b|disattiv(?:a|ò)\\b',
      action: 'suspend',
    },
    {
      pattern:
        'rimoss(?:o|a|i|e)\\b|rimuov(?:e|ono|ere)\\b|rimozione d\\w*|elimin(?:ato|ata|ati|ate|ò|a)\\b|cancell(?:ato|ata|ati|ò)\\b|tolt(?:o|a|i)\\b|ritirat(?:o|a)\\b|ritir(?:a|ò)\\b|cacciat(?:o|a)\\b',
      action: 'remove',
    },
    {
      pattern:
        "chius(?:o|a|i|e) (?:\\p{L}+ )?(?:le |la |il |i |gli |l['’])?(?:pagin[ae]|account|profil[oi]|canal[ei]|gruppi)",
      action: 'remove',
    },
    {
      pattern:
        'smess(?:o|a) di (?:ospitare|fornire|offrire)|(?:non (?:è )?più (?:ospitat\\w*|disponibile|accessibile|online))|interromp(?:e|ono)\\b|interrott(?:o|a|i)\\b|chius(?:o|a) (?:i |il |la )?(?:server|servizi|conto|contratto)|rescis(?:so|sa)|tagliat(?:o|a)\\b|staccat(?:o|a) la spina|staccato|(?:ha|hanno) messo fine',
      action: 'terminate',
    },
    {
      pattern:
        "blocc(?:ato|ata|ati|ate|a|ò|ano)\\b|blocco d\\w*|oscurat(?:o|a|i|e)\\b|oscur(?:a|ò|ano)\\b|oscuramento d\\w*|censurat(?:o|a)\\b|ordinato (?:il blocco|la sospensione|l['’]oscuramento)",
      action: 'block',
    },
    {
      pattern:
        "congelat[oaie]\\b|demonetizz\\w*|(?:ha |hanno |è stat[oa] |sono stati |sono state )?limitat[oaie]\\b|deindicizzat\\w*|limitat(?:o|a) (?:la portata|la visibilità|l['’]accesso)|limit(?:a|ò) (?:la portata|la visibilità)|rallentat(?:o|a)\\b|ristrett\\w*",
      action: 'restrict',
    },
    {
      pattern:
        'ripristin(?:ato|ata|ati|ò|a)\\b|autorizz(?:ato|ata|ò)(?: [\\p{L}\\d()-]+){0,3}? (?:il ritorno|lo sblocco|la riattivazione)|riammess(?:o|a|i)\\b|riammett\\w*|reintegr(?:ato|ata|ò)\\b|(?:revoc(?:ato|ata|ò)|tolto|tolta|ritirato)(?: [\\p{L}\\d-]+){0,3}? (?:il |la |lo )?(?:divieto|sospensione|blocco|ban)|sblocc(?:ato|ata|ò|a|o)\\b|riattiv(?:ato|ata|ò)\\b|(?:è )?tornat(?:o|a) (?:disponibile|online|su|accessibile|attiv\\w*)|torna (?:disponibile|online|su|accessibile)|di nuovo (?:disponibile|accessibile|online)',
      action: 'reinstate',
    },
  ],
  passiveMarkers:
    '(?:è stato|è stata|sono stati|sono state|era stato|era stata|stato|stata|stati|state|viene|vengono|venne|è|sono|era|erano|fu)',
  agentMarkers: '(?:da|dal|dalla|dai|dalle|dallo|da parte di)',
  sourceMarkers: '(?:da|dal|dalla|dai|dallo|dagli|di)',
  locativeMarkers: '(?:in|nel|nella|negli)',
  listJoiners: '(?:e|,|così come|o)',
  cancelCues:
    '(?:\\bnon\\b(?!\\s+(?:è\\s+)?più)|\\bmai\\b|\\bnessun\\w*|rifiut\\w*|neg(?:a|ato|ò)\\b|potrebbe\\w*|\\bpuò\\b|possono|dovrebbe\\w*|\\bsta per\\b|intend\\w*|pian\\w*|valut\\w*|consider\\w*|minacc\\w*|ultimatum|\\bse\\b|a meno che|chied\\w*|chiest\\w*|esig\\w*|pretend\\w*|petizione|pressione|vuole|vogliono|propost\\w*|disegno di legge|smentit\\w*|smentisc\\w*|voc\\w*|tem\\w*|paura|rischi\\w*|ore per|giorni per|scadenza|tent\\w*|pronto a|sarebbe\\w*|avrebbe\\w*)',
  sentenceCancelCues:
    '(?:è la (?:seconda|terza|quarta) volta che|applicazione della legge|applicare (?:la|sua) legge|minacc\\w* di|tim(?:ore|ori)\\b|tem(?:e|ono)\\b|specul\\w*|\\bvoci\\b|ipotetic\\w*|chiede\\w*|chiesto|esige\\w*|smentit\\w*|smentisc\\w*|disegno di legge|calcio|partite?\\b|(?:\\d+|una|due|tre|quattro|cinque|sei|dieci) giornate?\\b|arbitro|doping|sacchetti di plastica|pesca|\\?$)',
  followCues:
    "(?:ha fatto lo stesso|hanno fatto lo stesso|ha seguito (?:l['’]esempio|la stessa (?:strada|decisione))?|hanno seguito|si è accodat\\w*|si sono accodat\\w*|ha preso la stessa decisione|ha imitato)",
  pronounTargets:
    "(?:\\blo\\b|\\bla\\b|\\bli\\b|\\ble\\b|l['’](?=ha|hanno)|l['’]app(?:licazione)?|la (?:rete|piattaforma)|il sito|il suo account|i suoi account|il profilo|il canale|il servizio)",
  roleWords:
    '(?:presidente|ex presidente|rapper|cantante|influencer|giornalista|attivista|senatore|senatrice|deputato|deputata|ministro|ministra|conduttore|conduttrice|youtuber|streamer|politico|politica|candidato|candidata|leader|blogger|commentatore|comico)\\s*$',
  permanentCues: '(?:permanente(?:mente)?|definitiva(?:mente)?|per sempre|a vita)',
  clauseBoundaries:
    '[;:]|,\\s*(?:e|ma|mentre|dopo|prima|che|quando|poi|secondo)\\b|\\s(?:ma|mentre|dopo che|dopo aver|perché)\\s|\\s(?:dopo|dopo che)\\s|\\s(?:in cui|nel quale|nella quale|dove)\\s',
  serviceWords: [
    ...SHARED_SERVICE_WORDS,
    { pattern: 'negozi(?:o)? (?:di app|digital\\w*|online)|store|suo negozio', service: 'app_store' },
    { pattern: 'ospit\\w*|server|cloud|hosting', service: 'hosting' },
    { pattern: 'dominio|registrar', service: 'domain' },
    { pattern: 'pagament\\w*|donazion\\w*|raccolta fondi', service: 'payments' },
    { pattern: 'protezione (?:anti-?)?DDoS|servizi di sicurezza', service: 'cdn_security' },
    { pattern: 'monetizz\\w*|pubblicità|introiti pubblicitari', service: 'monetization' },
    { pattern: 'canale|canali', service: 'channel' },
    { pattern: 'podcast|programm\\w*|musica|canzoni|album', service: 'content' },
    { pattern: 'account|profil[oi]|pagina', service: 'account' },
    {
      pattern: 'in tutto il paese|nel paese|a livello nazionale|accesso|territorio nazionale',
      service: 'country_access',
    },
  ],
  targetIntroducers:
    "(?:l['’ ]?\\s?(?:app|applicazione)|il (?:sito|portale|forum|canale|servizio|profilo|podcast|social(?: network)?)(?: di)?|la (?:piattaforma|rete|pagina)(?: di)?|gli account di|l['’]account di|(?:il suo|i suoi) account|app|piattaforma)\\s*$",
  nameStopWords: [
    'Il',
    'Lo',
    'La',
    'I',
    'Gli',
    'Le',
    'Un',
    'Una',
    'Suo',
    'Sua',
    'Questo',
    'Questa',
    'Lunedì',
    'Martedì',
    'Mercoledì',
    'Giovedì',
    'Venerdì',
    'Sabato',
    'Domenica',
    'Gennaio',
    'Febbraio',
    'Marzo',
    'Aprile',
    'Maggio',
    'Giugno',
    'Luglio',
    'Agosto',
    'Settembre',
    'Ottobre',
    'Novembre',
    'Dicembre',
    'Da',
    'Dopo',
    'In',
    'Nel',
    'Nella',
    'Lui',
    'Lei',
  ],
};
