import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon, VerbRule } from './types.ts';

/**
 * "si è visto sospendere l'account da Twitter", "si sono visti chiudere le pagine": having one's accounts cut is a
 * passive whose subject is the target.
 */
function sawItCut(infinitives: string, action: VerbRule['action']): VerbRule {
  return {
    pattern: `(?:si è vist[oa]|si sono vist[ie]|si vede|si vedono|si era vist[oa]|si erano vist[ie]) (?:\\p{L}+ )?(?:${infinitives})`,
    action,
    passive: true,
  };
}

/** Italian. "non … più" states an ended service; a bare "non" negates. */
export const IT_LEXICON: LanguageLexicon = {
  lang: 'it',
  // Stems the per-sentence pre-filter must let through for the rules below (prefilter.ts merges them).
  prefilterStems: [
    'revocat',
    'rimoss',
    'annullat',
    'tolt',
    'silenzi',
    'ristrett',
    'rescis',
    'tagliat',
    'reinserit',
    'messo fine',
    'stopp',
    'riabilit',
    'ridà',
    'ridato',
    'ridata',
    'ridann',
    'ridied',
    'buttat',
    'butta fuori',
    'buttano fuori',
    'buttò',
    'sbatt',
    'mette al bando',
    'mise al bando',
    'mettono al bando',
    'misero al bando',
    'speg',
    'spent',
    'spens',
    'irraggiungib',
    'riapr',
    'riapert',
    'pubblicità',
    'monetizz',
  ],
  verbs: [
    // An order to others ("ordered internet providers to block", "a ordonné aux opérateurs de bloquer"): the one who
    // orders blocks; the infinitive would otherwise read as a call or a demand.
    {
      pattern: "(?:ordin|impost)(?:ato|ò|a) (?:[\\p{L}\\d'’-]+ ){0,5}?di (?:bloccare|sospendere|oscurare)",
      action: 'block',
    },
    sawItCut('sospendere|disattivare', 'suspend'),
    sawItCut('bannare|bandire|espellere', 'ban'),
    sawItCut('rimuovere|cancellare|eliminare|chiudere', 'remove'),
    sawItCut('bloccare|oscurare', 'block'),
    // An order to restore, addressed to an unnamed party ("ha ordinato alla società di riattivare la pagina", "ha
    // imposto alla piattaforma di ripristinare il canale", "obbliga il social a riammettere"): the orderer restores.
    {
      pattern:
        "(?:ordin(?:a|ano|ato|ata|ò)|impo(?:ne|ngono|sto|se)|intim(?:a|ano|ato|ò)|obblig(?:a|ano|ato|ò)|condann(?:a|ano|ato|ò))(?: (?-i:[\\p{Ll}\\d(])[\\p{L}\\d'’()-]*){1,5}? (?:di|a|ad) (?:riattivare|ripristinare|sbloccare|reintegrare|riammettere|rimettere online|ripubblicare|riaprire)\\b",
      action: 'reinstate',
    },
    // An ordered restoration: "ha ordinato la riattivazione della pagina", "ha disposto lo sblocco di …".
    {
      pattern:
        "(?:dispost[oa]|dispone|dispose|ordinato|ordina|ordinò|decis[oa]|decretato|concesso|autorizzato)(?:,? (?-i:[\\p{Ll}\\d(])[\\p{L}\\d'’()-]*,?){0,5}? (?:il |la |lo |l['’])?(?:riattivazione|ripristino|sblocco|riammissione|reintegro|reintegrazione|riapertura)\\b",
      action: 'reinstate',
    },
    // "ha disposto la limitazione provvisoria del trattamento", "ha ordinato, con effetto immediato, il blocco di …":
    // the ordered cut (the Garante's limitation of processing is its block), not its lifting ("la revoca del blocco").
    {
      pattern:
        "(?:dispost[oa]|dispone|dispose|ordinato|ordina|ordinò|decis[oa]|decretato|imposto|impone)(?:,? (?!revoca|fine\\b|rimozione del|sospensione del (?:blocco|divieto))(?-i:[\\p{Ll}\\d(])[\\p{L}\\d'’()-]*,?){0,5}? (?:il |la |lo |l['’])?(?:limitazione (?:(?:provvisoria|temporanea|d['’]urgenza)(?: del trattamento)?|del trattamento)|blocco|sospensione|oscuramento|divieto|chiusura)(?! (?:\\p{L}+ )?(?:del|della|dei|delle|degli) (?:blocco|divieto|sospensione|provvedimento|decisione|processo|procedimento|pagament[oi]|contratt[oi]|lavori|gara|udienza|seduta|vendita|vendite|termini|effetti|giudizio|lezioni)\\b)",
      action: 'block',
    },
    // The cut itself lifted: "il blocco è stato poi revocato dal tribunale", "le restrizioni erano state tolte".
    {
      pattern:
        "(?:il |la |lo |le |l['’])?(?:blocco|sospensione|divieto|oscuramento|restrizioni|limitazioni|limitazione|ban)(?: [\\p{L}\\d()-]+){0,5}? (?:è|sono|era|erano|fu|viene|vengono) (?:stat[oaie] )?(?:(?:poi|quindi|infine|già|subito) )?(?:revocat|tolt|annullat|sospes|ritirat)[oaie]\\b",
      action: 'reinstate',
      passive: true,
    },
    // Monetisation taken away, not the account: "escluso dal circuito pubblicitario", "tolta la possibilità di guadagnare".
    {
      pattern:
        "esclus[oaie] (?:[\\p{L}\\d'’-]+ ){0,3}?da(?:l|i|lla)? (?:suo |sua |suoi )?(?:circuit[oi] pubblicitari[oa]?|programm[ai] (?:partner|pubblicitari[oa]?)|monetizzazione|pubblicità)",
      action: 'restrict',
      service: 'monetization',
    },
    // Advertising taken away ("ha tolto la pubblicità al canale", "sospende la monetizzazione"): a restriction.
    {
      pattern:
        '(?:tolt[oaie]|revocat[oaie]|sospes[oaie]|disattivat[oaie]|toglie|tolgono|tolse|tolsero|sospende|sospendono|sospese|disattiva|disattivano|disattivò) (?:anche |poi |inoltre |subito )?(?:la pubblicità|la monetizzazione|gli annunci(?: pubblicitari)?|i ricavi pubblicitari|gli introiti pubblicitari)(?![\\p{L}])',
      action: 'restrict',
      service: 'monetization',
    },
    {
      pattern:
        '(?:tolt|revocat|sospes|negat)[oa] (?:anche )?(?:la possibilità|il diritto) di (?:guadagnare|monetizzare|fare soldi)',
      action: 'restrict',
      service: 'monetization',
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
        "(?:revoc(?:ato|ata|ò|are|a)|rimozione|fine|tolt[oa]|ritirat[oa]|annullat[oa]|sospes[oa])(?: [\\p{L}\\d-]+){0,4}? (?:il |la |lo |le |i |gli |l['’])?(?:divieto|divieti|sospensione|sospensioni|blocco|blocchi|ban|stop|limitazione|limitazioni|restrizione|restrizioni)|reinserit[oaie]|riattivat[oaie]|riabilit(?:ato|ata|ati|ate|ò|a|ano)\\b",
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        '(?:è |sono )?tornat(?:o|a|i|e) (?:(?:di nuovo|nuovamente|pienamente|regolarmente) )?(?:disponibil\\w*|online|su|accessibil\\w*|attiv\\w*|consultabil\\w*|raggiungibil\\w*|visibil\\w*|funzionant\\w*|utilizzabil\\w*|scaricabil\\w*|in rete)|torn(?:a|ano) (?:(?:di nuovo|nuovamente|pienamente|regolarmente) )?(?:disponibil\\w*|online|su|accessibil\\w*|consultabil\\w*|raggiungibil\\w*|visibil\\w*|funzionant\\w*|utilizzabil\\w*|scaricabil\\w*|in rete|a funzionare|nei negozi|negli store|sugli store|nelle playlist|nei suggerimenti|nelle raccomandazioni|nei risultati di ricerca|nel catalogo)|di nuovo (?:disponibile|accessibile|online|consultabile|raggiungibile)',
      action: 'reinstate',
      passive: true,
    },
    // Switched off or stopped ("Mosca spegne Instagram", "ha spento i server di …", "il Garante ha stoppato ChatGPT"):
    // the service decides block or termination.
    {
      pattern:
        "stopp(?:a|ano|ato|ata|ati|ate|ò)\\b(?! (?:(?:l[ae]|il|i|gli|lo|un|una) )?(?:indagin|inchiest|lavor|vendit|produzion|trattativ|negoziat|partit|campionat|procedur|progett|programm|piano|legge|riforma|decreto|gara|gare|match|sciopero|aument|rincar)\\p{L}*)|spegne|spengono|spense|spensero|(?:ha|hanno|aveva|avevano|abbia|abbiano) spento|(?:è|sono|era|erano|fu|furono) stat[oaie] spent[oaie]|spegnimento (?:del|della|dell['’]|dei|delle|di)",
      action: 'auto',
    },
    // Out of reach: "è inaccessibile in Russia", "risultano irraggiungibili". (An app "no longer downloadable from the
    // stores" is not a removal by the stores: the writers of every test set read it as unattributed.)
    {
      pattern:
        '(?:è|sono|era|erano|risulta|risultano|risultava|risultavano|resta|restano|restava|restavano|rimane|rimangono|rimaneva|rimanevano) (?:ancora |ormai |tuttora |di fatto |completamente |del tutto )?(?:inaccessibil[ei]|irraggiungibil[ei])',
      action: 'auto',
      passive: true,
    },
    {
      pattern:
        'non (?:è )?più (?:disponibile|accessibile|online|raggiungibile)|finit(?:o|a) offline|offline|res[oaie] (?:inaccessibil[ei]|irraggiungibil[ei]|indisponibil[ei]|non (?:disponibil|accessibil)[ei])',
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
        "bann(?:ato|ata|ati|ate|a|ò|ano)\\b|bandisc(?:e|ono)\\b|bandit[oaie]\\b|espuls(?:o|a|i|e|ato|ata)\\b|messo al bando|(?:mette|mettono|mise|misero) al bando|vietat[oaie]\\b|vietato|(?:vieta|vietano|vietò)\\b(?! (?:di|a|ai|agli|alle|al|alla|l['’]uso|l['’]utilizzo|la vendita|la diffusione|la pubblicazione|i contenuti|la disinformazione)\\b)|esclus[oaie]\\b|(?:buttat|sbattut|cacciat)[oaie] fuori|(?:butta|buttano|buttò|sbatte|sbattono|caccia|cacciano|cacciò) fuori",
      action: 'ban',
    },
    {
      pattern:
        'sospe(?:so|sa|si|se|ndere|nde|ndono|nsione(?! (?:del|della|dei|delle|degli) (?:processo|procedimento|pagament[oi]|contratt[oi]|lavori|gara|udienza|seduta|vendita|vendite|termini|effetti|giudizio|lezioni)\\b)(?: \\p{L}+){0,3}? d\\w*)\\b|disattivat[oaie]\\b|disattiv(?:a|ò)\\b',
      action: 'suspend',
    },
    {
      pattern:
        "rimoss(?:o|a|i|e)\\b|rimuov(?:e|ono|ere)\\b|rimozione d\\w*|elimin(?:ato|ata|ati|ate|ò|a)\\b|cancell(?:ato|ata|ati|ate|ò|a|ano)\\b|chiusura (?:del|della|dell['’]|dei|delle) (?:account|profil[oi]|canal[ei]|pagin[ae])|tolt(?:o|a|i)\\b|ritirat(?:o|a)\\b|ritir(?:a|ò)\\b|cacciat(?:o|a)\\b",
      action: 'remove',
    },
    {
      pattern:
        "(?:chius(?:o|a|i|e)|chiud(?:e|ono)) (?:\\p{L}+ ){0,3}?(?:le |la |il |i |gli |l['’])?(?:pagin[ae]|account|profil[oi]|canal[ei]|gruppi)",
      action: 'remove',
    },
    {
      pattern:
        'smess(?:o|a) di (?:ospitare|fornire|offrire)|(?:non (?:è )?più (?:ospitat\\w*|disponibile|accessibile|online))|interromp(?:e|ono)\\b|interrott(?:o|a|i)\\b|chius(?:o|a) (?:i |il |la )?(?:server|servizi|conto|contratto)|rescis(?:so|sa)|tagliat(?:o|a)\\b|staccat(?:o|a) la spina|staccato|(?:ha|hanno) messo fine',
      action: 'terminate',
    },
    {
      pattern:
        'blocc(?:ato|ata|ati|ate|a|ò|ano)\\b|blocco(?: (?:totale|temporaneo|temporanea|provvisorio|provvisoria|immediato|immediata|definitivo|definitiva|completo|completa|parziale))? d\\w*|oscurat(?:o|a|i|e)\\b|oscur(?:a|ò|ano)\\b|oscuramento(?: (?:totale|temporaneo|temporanea|provvisorio|provvisoria|immediato|immediata|definitivo|definitiva|completo|completa|parziale))? d\\w*|censurat(?:o|a)\\b',
      action: 'block',
    },
    {
      pattern:
        "(?:cominciat[oa]|iniziat[oa]|comincia|inizia|cominciano|iniziano|cominciò|iniziò) a (?:limitare|rallentare)\\b|limit(?:a|ano|ò|arono)\\b(?<!(?:si|s['’]è|si è|si sono) limit(?:a|ano|ò|arono))(?! (?:a |(?:\\p{L}+ )?il trattamento))|rallent(?:a|ano|ò|arono)\\b(?! (?:la crescita|l['’]economia|i lavori|le vendite|il passo|il ritmo))|congelat[oaie]\\b|demonetizz\\w*|(?:ha |hanno |è stat[oa] |sono stati |sono state )?limitat[oaie]\\b(?! a \\p{L}+(?:are|ere|ire)\\b)|deindicizzat\\w*|limitat(?:o|a) (?:la portata|la visibilità|l['’]accesso)|limit(?:a|ò) (?:la portata|la visibilità)|rallentat(?:o|a)\\b|silenziat[oaie]\\b|silenzi(?:a|ano|ò)\\b|ristrett\\w*",
      action: 'restrict',
    },
    {
      pattern:
        "ripristin(?:ato|ata|ati|ate|ò|a|ano)\\b|autorizz(?:ato|ata|ò)(?: [\\p{L}\\d()-]+){0,3}? (?:il ritorno|lo sblocco|la riattivazione)|riammess(?:o|a|i)\\b|riammett\\w*|reintegr(?:ato|ata|ati|ò|a|ano)\\b|(?:revoc(?:ato|ata|ò)|tolto|tolta|ritirato)(?: [\\p{L}\\d-]+){0,3}? (?:il |la |lo )?(?:divieto|sospensione|blocco|ban)|sblocc(?:ato|ata|ati|ate|ò|a|ano|o)\\b|riattiv(?:ato|ata|ati|ate|ò|a|ano)\\b|(?:restitu(?:ito|ita|iti|isce|iscono|ì|ire)|rid(?:à|anno|ato|ata|iede|iedero)) (?:\\p{L}+ )?(?:a [\\p{L}.-]+ )?(?:l['’]accesso|l['’]account|gli account|il profilo|i profili|il canale|la pagina)|(?:è )?tornat(?:o|a) (?:disponibile|online|su|accessibile|attiv\\w*)|torna (?:disponibile|online|su|accessibile)|di nuovo (?:disponibile|accessibile|online)",
      action: 'reinstate',
    },
    {
      // A lifted cut as the passive subject, with or without its object ("il blocco è stato revocato giovedì"): the
      // lifted cut is the one the article reported, lifted by whoever imposed it (extract.ts).
      pattern:
        '(?:blocco|divieto|sospensione|oscuramento|limitazione)(?=(?: (?:di|del|della|dello|a|al) [^.;:]{1,60}?)? (?:è stat[oa]|sono stat[ie]|era stat[oa]|erano stat[ie]|fu|furono|venne|viene) (?:revocat[oa]|rimoss[oa]|annullat[oa]|tolt[oa])(?![\\p{L}]))',
      action: 'reinstate',
      passive: true,
    },
  ],
  passiveMarkers:
    '(?:è stato|è stata|sono stati|sono state|era stato|era stata|stato|stata|stati|state|viene|vengono|venne|è|sono|era|erano|fu)',
  agentMarkers:
    "(?:(?:da|dal|dalla|dai|dalle|dallo|da parte (?:di|del|della))(?: (?:giudice|giudici|ministr[oa]|president(?:e|essa)|magistrat[oa]|procuratore|presidente del tribunale))?(?: (?:del|della|dell['’]|di))?|su (?:ordine|decisione|disposizione) (?:del|della|dell['’]|di)(?: (?:giudice|ministr[oa]|president(?:e|essa)|magistrat[oa]))?)",
  sourceMarkers: '(?:da|dal|dalla|dai|dallo|dagli|di)',
  locativeMarkers: '(?:in|nel|nella|negli)',
  listJoiners: '(?:e|,|così come|o)',
  cancelCues:
    '(?:cont[oi] (?:corrent[ei]|bancari\\w*)|\\bnon\\b(?!\\s+(?:è\\s+)?più)|\\bmai\\b|\\bné\\b|\\bnessun\\w*|rifiut\\w*|neg(?:a|ato|ò)\\b|potrebbe\\w*|\\bpuò\\b|possono|dovrebbe\\w*|\\bsta per\\b|intend\\w*|pian\\w*|valut(?!azion)\\w*|consider(?:a|ano|ando|ava|avano|are)\\b|(?:ha|hanno|aveva|avevano) considerato|minacc\\w*|ultimatum|\\bse\\b|a meno che|chied\\w*|(?<!come )chiest\\w*|esig\\w*|pretend\\w*|petizione|(?<!(?:sotto|sotto la|dopo la|dopo le|a seguito della|in seguito alla) )pression[ei]|vuole|vogliono|propost\\w*|disegno di legge|smentit\\w*|smentisc\\w*|voc\\w*|tem(?:e|ono|eva|evano|endo|ere|ut[oaie])\\b|paura|rischi\\w*|ore per|giorni per|(?<!(?:alla|dopo la) )scadenza|tent\\w*|pronto a|sarebbe\\w*|avrebbe\\w*)',
  sentenceCancelCues:
    '(?:è la (?:seconda|terza|quarta) volta che|applicazione della legge|applicare (?:la|sua) legge|minacc\\w* di (?:\\p{L}+ ){0,2}?(?:blocc|sospe|bann|band|chiud|chius|rimuov|rimozion|ritir|oscur|vieta|divieto|espell|esclu|cancell|elimin|limit|tagli|interromp|stacc|lasci|uscire|abbandon|multa|sanzion)|tim(?:ore|ori)\\b|tem(?:e|ono)\\b|specul\\w*|\\bvoci\\b|ipotetic\\w*|chiede\\w*|(?<!come )chiesto|esige\\w*|smentit\\w*|smentisc\\w*|disegno di legge|calcio|partite?\\b|(?:\\d+|una|due|tre|quattro|cinque|sei|dieci) giornate?\\b|arbitro|doping|sacchetti di plastica|pesca|\\?$)',
  followCues:
    "(?:ha fatto lo stesso|hanno fatto lo stesso|ha seguito (?:l['’]esempio|la stessa (?:strada|decisione))?|hanno seguito|si è accodat\\w*|si sono accodat\\w*|ha preso la stessa decisione|ha imitato)",
  pronounTargets:
    "(?:(?:l['’]account|il profilo|i profili|la pagina|il canale|i canali)(?: ufficiale| personale)? (?:del|della|dell['’]) ?(?:candidat[oa]|presidente|ex presidente|deputat[oa]|senat(?:ore|rice)|ministr[oa]|influencer|cantante|rapper|blogger|youtuber|giornalista|attivista|politic[oa]|conduttore|conduttrice|comico|movimento|partito|leader)|il suo profilo|i suoi profili|il chatbot|l['’]enciclopedia(?: online)?|il (?:servizio|sistema) di messaggistica|l['’]app di messaggistica|il social (?:delle foto|dei video|cinese)|il motore di ricerca|il social(?: network)?|\\blo\\b|\\bla\\b|\\bli\\b|\\ble\\b|l['’](?=ha|hanno)|\\bgli\\b(?= (?:ha|hanno|aveva|avevano) )|l['’]app(?:licazione)?|la (?:rete|piattaforma)|il sito|il suo account|i suoi account|il profilo|il canale|il servizio|(?:la pagina|le pagine|i canali|i profili)(?! d(?:i|el|ella|ell['’]|ei|egli|elle) ))",
  roleWords:
    '(?:presidente|ex presidente|rapper|cantante|influencer|giornalista|attivista|senatore|senatrice|deputato|deputata|ministro|ministra|conduttore|conduttrice|youtuber|streamer|politico|politica|candidato|candidata|leader|blogger|commentatore|comico)\\s*$',
  permanentCues: '(?:permanente(?:mente)?|definitiva(?:mente)?|in via definitiva|per sempre|a vita)',
  clauseBoundaries:
    '[;:]|,\\s*(?:e|ma|mentre|dopo|prima|che(?![^,.;:]{1,60},)|quando|poi|secondo)\\b|\\s(?:ma|mentre|dopo che|dopo aver|perché)\\s|\\s(?:dopo|dopo che)\\s|\\s(?:in cui|nel quale|nella quale|dove)\\s',
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
    'Ora',
    'Oggi',
    'Ieri',
    'Poi',
    'Intanto',
    'Già',
    'Europa',
  ],
};
