import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon } from './types.ts';

/**
 * German. The participle closes the clause ("Amazon hat Parler gesperrt"), so the auxiliary marks where the object
 * begins; "nicht mehr" states an ended service, so only a bare "nicht", "kein", "nie" negate.
 */
export const DE_LEXICON: LanguageLexicon = {
  lang: 'de',
  // Stems the per-sentence pre-filter must let through for the rules below (prefilter.ts merges them).
  prefilterStems: [
    'aufgehoben',
    'gekippt',
    'nimmt',
    'dicht',
    'verlangsam',
    'demonetis',
    'entzog',
    'still',
    'nehmen',
    'strich',
    'streich',
    'verschw',
    'stumm',
    'installierbar',
    'herunterladbar',
    'netzsperr',
    'internetsperr',
    'zugangssperr',
  ],
  verbs: [
    // Suspending or overturning the order that cut ("suspendeu a decisão que bloqueava …") lifts the cut: a restoration.
    {
      pattern:
        '(?:setzte|setzt|hob|hebt|kippte|kippt|annullierte|annulliert)(?: [\\p{L}\\d-]+){0,3}? (?:die |den |das )?(?:Entscheidung|Anordnung|Verfügung|Beschluss|Urteil)(?: auf)?,? (?:die|der|das) (?:(?:die |den |das )?(?:Sperre|Sperrung|Blockade)|(?:[\\p{L}\\d-]+ ){1,4}?(?:gesperrt|blockiert|verboten|suspendiert) (?:hatte|hat))',
      action: 'reinstate',
    },
    // Separable verbs: the particle closes the clause ("schaltet Trumps Konto wieder frei", "hob die Sperre auf").
    {
      pattern:
        '(?:schaltet|schaltete|schalteten|gibt|gab|geben|gaben)(?=[^.,;:]{0,60}\\bwieder frei\\b)|(?:ließ|ließen|lässt|lassen)(?=[^.,;:]{0,60}\\bwieder zu\\b)|(?:holt|holte|holten)(?=[^.,;:]{0,60}\\bzurück\\b)|zurückgeholt|wieder freigegeben|(?:stellt|stellte|stellten|stellen)(?=[^.;:]{0,80}\\bwieder her(?=[.,;:!?–]|\\s*$))|(?:schaltet|schaltete|schalteten)(?=[^.,;:]{0,60}\\bfrei(?=[.,;:!?–]|\\s*$))',
      action: 'reinstate',
    },
    {
      pattern:
        '(?:ist|sind|war|waren) (?:[\\p{L}\\d-]+ ){0,8}?(?:offline|vom Netz|nicht mehr (?:erreichbar|verfügbar|abrufbar))',
      action: 'auto',
      passive: true,
    },
    // Giving the account back ("gibt «Titanic» ihr Konto zurück", "gab Trump seinen Account zurück"): a restoration.
    {
      pattern:
        '(?:gibt|gab|gaben|geben)(?=[^.;:]{0,60}\\b(?:Konto|Konten|Account|Accounts|Kanal|Kanäle|Profil|Zugang|Zugriff)\\b[^.;:]{0,40}\\bzurück\\b)|(?:Konto|Konten|Account|Accounts|Kanal|Profil|Zugang) (?:[\\p{L}\\d-]+ ){0,3}?zurückgegeben',
      action: 'reinstate',
    },
    // The target gets it back ("Titanic bekommt ihr Konto zurück", "erhielt seinen Account zurück").
    {
      pattern:
        '(?:bekommt|bekam|bekamen|bekommen|erhält|erhielt|erhielten)(?=(?: [\\p{L}\\d.-]+){0,4}? (?:sein|ihr|seinen|ihren|seine|ihre|das|den|die) (?:[\\p{L}-]+ )?(?:Konto|Konten|Account|Accounts|Kanal|Kanäle|Profil|Zugang)\\b[^.;:]{0,40}\\bzurück\\b)',
      action: 'reinstate',
      passive: true,
    },
    // Undoing or ending the cut ("machte die Sperre rückgängig", "beendete die Sperre"): listed before "beendete".
    {
      pattern:
        '(?:machte|macht|machten) (?:[\\p{L}\\d«»„“".-]+ ){0,6}?(?:Sperre|Sperrung|Löschung|Blockade|Verbannung|Entscheidung)(?: [\\p{L}\\d«»„“".-]+){0,8}? rückgängig|(?:Sperre|Sperrung|Löschung|Blockade|Verbannung)(?: [\\p{L}\\d«»„“".-]+){0,6}? rückgängig gemacht|(?:beendete|beendet|beendeten)(?: [\\p{L}\\d-]+){0,3}? (?:die |seine |ihre )?(?:Sperre|Sperrung|Blockade|Suspendierung)(?![\\p{L}])',
      action: 'reinstate',
    },
    // A ban put out of force ("hat das Verbot außer Vollzug gesetzt", "kippte die Sperre").
    {
      pattern:
        '(?:Verbot|Sperre|Sperrung|Blockade)(?: [\\p{L}\\d()«»„“".-]+){0,8}? (?:außer Vollzug gesetzt|gekippt)|(?:setzte|setzt|setzten) (?:[\\p{L}\\d()«»„“".-]+ ){0,8}?(?:Verbot|Sperre|Sperrung|Blockade)(?: [\\p{L}\\d()«»„“".-]+){0,8}? außer Vollzug|(?:kippte|kippt|kippten)(?: [\\p{L}\\d-]+){0,4}? (?:die |das |den )?(?:[\\p{L}-]*(?:Verbot|Sperre|Sperrung|Blockade))(?![\\p{L}])',
      action: 'reinstate',
    },
    // "hebt Trumps Sperre auf": the owner stands between the verb and the noun, so the verb alone is the match.
    {
      pattern:
        '(?:hob|hebt|heben|hoben)(?=(?: [\\p{L}\\d-]+){1,3}? (?:Sperre|Sperren|Kontosperre)(?![\\p{L}])[^.;:]{0,80}\\bauf\\b)|(?:hob|hebt|heben|hoben)(?: [\\p{L}\\d-]+){0,2}? (?:die |den |das |ihre |seine )?[\\p{L}\\d]+-(?:Sperre|Sperren|Sperrung|Blockade|Verbot)(?=(?:(?!nicht\\s)[^.;:]){0,80}\\bauf(?=[.,;:!?–]|\\s*$))|(?:hob|hebt|heben|hoben)(?=(?: [\\p{L}\\d-]+){0,3}? [\\p{L}]+(?:sperre|sperren|sperrung|blockade|verbot)(?![\\p{L}])(?:(?!nicht\\s)[^.;:]){0,80}\\bauf(?=[.,;:!?–]|\\s*$))',
      action: 'reinstate',
    },
    // Withdrawing the cut ("nahm die Sperre zurück", "hat das Verbot zurückgenommen", "zog die Twitter-Sperre zurück").
    {
      pattern:
        '(?:Sperre|Sperrung|Blockade|Verbot|Suspendierung)(?: [\\p{L}\\d()«»„“".-]+){0,8}? (?:zurückgenommen|zurückgezogen)|(?:nahm|nimmt|nahmen|nehmen|zog|zieht|zogen|ziehen)(?=(?: [\\p{L}\\d-]+){0,4}? (?:die |das |den |seine |ihre )?[\\p{L}]*-?(?:Sperre|Sperrung|Blockade|Verbot|Suspendierung)(?![\\p{L}])(?:(?!nicht\\s)[^.;:]){0,80}\\bzurück(?=[.,;:!?–]|\\s*$))',
      action: 'reinstate',
    },
    // Lifting a cut-off: the cut noun must not fire on its own ("lifted the ban", "revogou a suspensão").
    {
      pattern:
        '(?:hob|hoben|hebt|heben|aufgehoben|Aufhebung|annulliert|kassiert)(?: [\\p{L}\\d-]+){0,4}? (?:die |der |den |das )?(?:Sperre|Sperrung|Blockade|Verbot|Suspendierung|Beschränkungen|Einschränkungen|Restriktionen)|(?:Sperre|Sperrung|Blockade|Verbot|Beschränkungen|Einschränkungen|Restriktionen)(?: [\\p{L}\\d()«»„“".-]+){0,8}? aufgehoben',
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        'wieder (?:im|in (?:den|der|dem))\\b|(?:ist|sind|war) wieder (?:verfügbar|erreichbar|zugänglich|online|möglich|abrufbar)|wieder (?:verfügbar|erreichbar|zugänglich|online|möglich|aufrufbar|abrufbar|nutzbar|herunterladbar|installierbar)|(?:ist|sind|war) (?:wieder )?zurück|kehrte\\b|zurückgekehrt',
      action: 'reinstate',
      passive: true,
    },
    {
      pattern:
        'nicht (?:mehr|länger) (?:(?:über|in|im|auf) (?:[\\p{L}\\d-]+ ){1,6}?)?(?:erreichbar|verfügbar|online|zugänglich|abrufbar|aufrufbar|auffindbar)|nicht (?:mehr|länger) (?:neu )?(?:herunterladbar|installierbar|herunterzuladen|zu installieren|heruntergeladen werden|installiert werden|zum Download (?:verfügbar|bereit))|nicht (?:mehr|länger) (?:im|in den) (?:[\\p{L}-]+ )?(?:App[- ]?Stores?|Play[- ]?Store|Stores?)(?![\\p{L}])|offline gegangen|vom Netz gegangen',
      action: 'auto',
      passive: true,
    },
    // Barred from one function ("vom Hochladen neuer Videos ausgeschlossen"): a restriction, not a ban.
    {
      pattern:
        '(?:vom|von) (?:Hochladen|Posten|Veröffentlichen|Livestreamen|Streamen|Twittern|Kommentieren)(?: [\\p{L}\\d-]+){0,3}? (?:ausgeschlossen|ausgesperrt)',
      action: 'restrict',
    },
    // Separable and idiomatic cuts: "wirft Kiwi Farms raus", "fliegt aus dem Store", "hat 8chan fallen gelassen".
    {
      pattern:
        '(?:wirft|warf|werfen|warfen|schmeißt|schmiss|schmissen|kickt|kickte|kickten)(?=[^.,;:]{0,60}\\b(?:raus|hinaus)\\b)|Rauswurf\\p{L}*|(?:raus|hinaus)gekickt',
      action: 'ban',
    },
    {
      pattern:
        '(?:fliegt|fliegen|flog|flogen)(?=(?: [\\p{L}\\d.-]+){0,3}? (?:aus (?:dem|der|den) (?:[\\p{L}-]+ )?(?:App-?Store|Play Store|Store|Stores|Sortiment|Programm|Netzwerk)(?![\\p{L}])|raus(?![\\p{L}])|hinaus(?![\\p{L}])))',
      action: 'auto',
      passive: true,
    },
    // Shut down or thrown off a server ("hat den Kanal dichtgemacht", "macht die Seite dicht", "wirft Parler vom Server").
    {
      pattern:
        'dicht ?gemacht|(?:macht|machte|machten)(?=[^.;:]{0,60}\\bdicht(?=[.,;:!?–]|\\s*$))|(?:wirft|werfen|warf|warfen)(?=(?: [\\p{L}\\d.„“"«»-]+){0,6}? (?:von der|vom|von seiner|von ihrer|von seinen|von ihren) (?:[\\p{L}-]+ )?(?:Plattform|Server|Servern|Webseite|Netzwerk|Dienst)(?![\\p{L}]))',
      action: 'auto',
    },
    // Disappeared from a store ("verschwand aus dem App Store", "ist aus dem Play Store verschwunden"): taken out.
    {
      pattern:
        '(?:verschwindet|verschwinden|verschwand|verschwanden)(?=(?: [\\p{L}\\d.„“"«»-]+){0,6}? aus (?:dem|den|der|seinem|ihrem|allen) (?:[\\p{L}-]+ )?(?:App[- ]?Stores?|Play[- ]?Store|Stores?)(?![\\p{L}]))|aus (?:dem|den|der|seinem|ihrem|allen) (?:[\\p{L}-]+ )?(?:App[- ]?Stores?|Play[- ]?Store|Stores?)(?: [\\p{L}\\d.-]+){0,3}? verschwunden',
      action: 'remove',
      passive: true,
    },
    // Cutting the tie ("kappte die Verbindung zu Parler", "trennte sich von Wikileaks"): the service decides the act.
    {
      pattern:
        '(?:kappt|kappte|kappten|gekappt)\\b|(?:trennt|trennte|trennten) sich (?:[\\p{L}\\d-]+ ){0,3}?von\\b',
      action: 'auto',
    },
    // A broadcast licence withdrawn ("entzog RT DE die Sendelizenz", "die Lizenz entzogen"): a block.
    {
      pattern:
        '(?:Lizenz|Sendelizenz|Zulassung|Rundfunklizenz|Sendeerlaubnis) (?:[\\p{L}\\d-]+ ){0,3}?entzogen|entz(?:og|ogen|ieht)\\b(?: [\\p{L}\\d-]+){0,4}? (?:die |seine |ihre )?(?:Lizenz|Sendelizenz|Zulassung|Rundfunklizenz|Sendeerlaubnis)(?![\\p{L}])',
      action: 'block',
    },
    // Pulling the plug ("zog Parler den Stecker", "stillgelegt", "löste das Konto auf").
    {
      pattern:
        '(?:zog|zogen|zieht)(?=[^.;:]{0,60}\\bden Stecker\\b)|den Stecker gezogen|stillgelegt|(?:legte|legten|legt)(?=[^.;:]{0,60}\\bstill(?=[.,;:!?–]|\\s*$))|(?:Konto|Konten|Account|Accounts) (?:[\\p{L}\\d-]+ ){0,3}?aufgelöst|(?:löste|lösten|löst)(?= (?:[\\p{L}\\d-]+ ){0,3}?(?:das |die |sein |seine |ihr |ihre )?(?:Konto|Konten|Account|Accounts)\\b[^.;:]{0,60}\\bauf(?=[.,;:!?–]|\\s*$))',
      action: 'terminate',
    },
    // Taken down ("heruntergenommen", "nahm das Video herunter").
    {
      pattern:
        '(?:herunter|runter)genommen|(?:nahm|nahmen|nimmt)(?=[^.,;:]{0,60}\\b(?:herunter|runter)(?=[.,;:!?–]|\\s*$))',
      action: 'remove',
    },
    {
      pattern:
        'fallen ?gelassen|(?:ließ|ließen|lässt)(?=[^.,;:]{0,60}\\bfallen\\b)|(?:den Schutz|die Dienste|den Dienst|die Unterstützung|das Hosting)(?: [\\p{L}\\d-]+){0,3}? entz(?:og|ogen)\\b|entz(?:og|ogen|ieht)\\b(?: [\\p{L}\\d-]+){0,4}? (?:den Schutz|die Dienste|den Dienst|die Unterstützung|das Hosting)',
      action: 'auto',
    },
    {
      pattern:
        'dauerhaft (?:gesperrt|verbannt|suspendiert|entfernt)|endgültig (?:gesperrt|verbannt)|lebenslang gesperrt',
      action: 'ban',
    },
    {
      pattern:
        'verbannt(?:e|en)?\\b|verbannen|(?:bannt|bannte|bannten)\\b|gebannt\\b(?! (?:zu|auf|verfolg|lausch|schau|zusah))|Verbannung|ausgeschlossen|schloss(?! sich)(?=[^.;:]{0,80}\\baus(?=[.,;:!?–]|\\s*$))|verboten|verbot(?:en)?\\b|verbietet\\b|(?-i:verbieten|untersagen)\\b|rausgeworfen|rausgeschmissen|hinausgeworfen|warf(?![^.;:]{0,80}\\bvor(?=[.,;:!?–]|\\s*$))|untersagt(?:e|en)?\\b(?!,(?! (?:weil|nachdem|da|als|denn|obwohl|wie|teilte|sagte|hieß|berichtete|meldete)\\b))|Untersagung',
      action: 'ban',
    },
    {
      pattern:
        'gesperrt|sperrte(?:n)?\\b|sperrt\\b|(?-i:sperren)\\b(?! (?:lassen|ließ|ließen)\\b)|(?-i:suspendieren|deaktivieren)\\b|sperren (?:lassen|ließ|ließen)\\b|verhängt(?:e|en)?(?: [\\p{L}\\d-]+){0,4}? (?:[\\p{L}-]*sperre|Sperrung)(?![\\p{L}])|Sperrung|suspendiert(?:e|en)?\\b|deaktiviert(?:e|en)?\\b|stumm ?geschaltet|(?:schaltet|schaltete|schalteten)(?=[^.;:]{0,60}\\bstumm(?=[.,;:!?–]|\\s*$))',
      action: 'suspend',
    },
    {
      pattern:
        'entfernt(?:e|en)?\\b|(?-i:entfernen|löschen)\\b|Entfernung|Löschung|gelöscht|löschte(?:n)?\\b|löscht\\b|(?<=(?:aus|von) (?:dem|den|der|seinem|ihrem|seinen|ihren) [\\p{L}\\s-]{0,25}?)(?:geworfen|genommen|gestrichen)|(?:nahm|nahmen|nimmt|warf|strich)(?=[^.;:]{0,80}\\b(?:aus|vom|von|raus|hinaus|heraus)\\b)(?![^.;:]{0,80}\\b(?:vor|teil)(?=[.,;:!?–]|\\s*$))|(?:wirft|werfen|warfen|nehmen|streicht|strichen|streichen|entfernt|entfernte|entfernten|entfernen)(?=(?: [\\p{L}\\d.„“"«»-]+){0,8}? aus (?:dem|der|den|seinem|seiner|seinen|ihrem|ihrer|ihren|allen) (?:[\\p{L}-]+ )?(?:App[- ]?Stores?|Play[- ]?Store|Stores?|Angebot|Sortiment|Katalog|Marktplatz|Shop)(?![\\p{L}]))',
      action: 'remove',
    },
    {
      pattern:
        '(?:kündigte|kündigt)(?![^.;:]{0,100}?\\ban(?=[.,;:!?–]|\\s*$))|gekündigt|(?:beendete|beendet)\\b|eingestellt|(?:stellte|stellten|stellt|stellen)(?=[^.;:]{0,80}\\bein(?=[.,;:!?–]|\\s*$))|nicht (?:mehr|länger) (?:gehostet|hosten|erreichbar|verfügbar|online)|vom Netz genommen|abgeschaltet|(?:schaltete|schalteten|schaltet|schalten)(?=[^.;:]{0,80}\\bab(?=[.,;:!?–]|\\s*$))|Hosting (?:beendet|eingestellt)',
      action: 'terminate',
    },
    // Broadcasting or access suspended ("die Verbreitung von RT ausgesetzt", "setzte die Ausstrahlung aus").
    {
      pattern:
        '(?:Verbreitung|Ausstrahlung|Ausspielung|Zugang|Zugriff|Betrieb)(?: [\\p{L}\\d-]+){0,6}? (?:ausgesetzt|auszusetzen)|(?:setzte|setzten|setzt)(?= (?:die |den |das )?(?:Verbreitung|Ausstrahlung|Ausspielung|Betrieb)\\b[^.;:]{0,80}\\baus(?=[.,;:!?–]|\\s*$))',
      action: 'block',
    },
    // Imposing a broadcast or usage ban ("verhängte ein Sendeverbot gegen die Deutsche Welle"); not an entry ban.
    {
      pattern:
        '(?:verhängt(?:e|en)?|erließ|erließen|erlassen|verfügte|verfügten|verfügt)(?: [\\p{L}\\d.-]+){0,4}? (?:ein |das |einen |eine )?(?:Sende|Verbreitungs|Ausstrahlungs|Nutzungs|Betriebs|Rundfunk)?(?:verbot|Verbot|sperre|Sperre|Bann)(?![\\p{L}])',
      action: 'block',
    },
    // A state narrowing access to a site ("hat den Zugang zu den Seiten der BBC eingeschränkt"): a block.
    {
      pattern: '(?:Zugang|Zugriff) (?:zu|auf) (?:[\\p{L}\\d.-]+ ){0,6}?(?:eingeschränkt|beschränkt)',
      action: 'block',
    },
    {
      pattern:
        'blockiert(?:e|en)?\\b|blockieren|geblockt|blockte(?:n)?\\b|geoblockt|Geoblocking|Blockade|zensiert|unzugänglich gemacht',
      action: 'block',
    },
    {
      pattern: 'angeordnet(?:e)? (?:die )?(?:Sperrung|Blockade)|ordnete (?:die )?(?:Sperrung|Blockade)',
      action: 'block',
    },
    {
      pattern:
        'eingefroren|fror\\b|demonetarisiert|demonetisiert|eingeschränkt|schränkte(?:n)?\\b|(?:schränkt|schränken)(?=[^.;:]{0,80}\\bein(?=[.,;:!?–]|\\s*$))|beschränkt(?:e|en)?\\b|gedrosselt|drosselte\\b|drosselt\\b|verlangsamt|ausgebremst|(?:bremst|bremste|bremsten)(?=[^.,;:]{0,60}\\baus\\b)',
      action: 'restrict',
    },
    {
      pattern:
        'wieder (?:im|in (?:den|der|dem))\\b|ließ(?![\\p{L}])[^.]{0,60}\\bwieder zu|(?:erlaubte|genehmigte|gestattete)(?: [\\p{L}\\d.-]+){0,3}? (?:die|der) Rückkehr|wieder (?:freigeschaltet|zugelassen|entsperrt|verfügbar|erreichbar|zugänglich|online|aufgenommen|hergestellt)|entsperrt(?:e|en)?\\b|freigeschaltet|reaktiviert(?:e|en)?\\b|wiederhergestellt|aufgehoben|hob\\b|(?:ist|sind|war) (?:wieder )?zurück|kehrte\\b|zurückgekehrt|Rückkehr',
      action: 'reinstate',
    },
    {
      // A lifted cut as the passive subject, with or without its object ("Die Sperre wurde am Donnerstag aufgehoben"):
      // the lifted cut is the one the article reported, lifted by whoever imposed it (extract.ts).
      pattern:
        '(?:Sperre|Sperrung|Blockade|Verbot)(?=(?: (?:von|gegen|des|der) [^.;:]{1,60}?)? (?:wurde|wurden|ist|sind|war|waren) (?:[\\p{L}.]+ ){0,4}?(?:aufgehoben|zurückgenommen|gekippt|beendet)(?![\\p{L}]))',
      action: 'reinstate',
      passive: true,
    },
  ],
  passiveMarkers: '(?:wurde|wurden|worden|wird|werden|ist|sind|war|waren)',
  agentMarkers: '(?:von|vom|durch)',
  sourceMarkers: '(?:aus|aus dem|von|vom|bei|im)',
  locativeMarkers: '(?:in)',
  listJoiners: '(?:und|,|sowie|oder)',
  auxiliaries: '(?:hat|haben|hatte|hatten)',
  cancelCues:
    '(?:nicht(?!\\s+(?:mehr|länger))|\\bkein\\w*|\\bnie\\b|niemals|könnte\\w*|\\bkann\\b|können|dürfte\\w*|würde\\w*|soll\\w*|muss|müsste\\w*|will\\b|wollen|plant\\w*|erwäg\\w*|droh\\w*|Ultimatum|\\bfalls\\b|\\bwenn\\b|\\bob\\b|forder\\w*|verlang\\w*|Petition|(?<!(?:nach|auf)(?: [\\p{L}-]+){0,2} )Druck|Gesetzentwurf|bestreit\\w*|dementier\\w*|Gerücht\\w*|befürcht\\w*|Angst|Stunden Zeit|Frist|prüf\\w*|erwartet|versucht\\w*|bereit(?!s))',
  sentenceCancelCues:
    '(?:(?:ließ|lässt|ließen|lassen) (?:[\\p{L}-]+ ){1,6}?prüfen\\b|ins Spiel (?:gebracht|bringt|bringen|brachte\\w*)|als letzte[sn]? Mittel|(?:steht|stehe|stand|stünde) (?:\\p{L}+ ){0,2}?nicht (?:im Raum|zur Debatte|auf der Tagesordnung)|nicht (?:grundsätzlich |länger |mehr )?aus(?:zu)?(?:schließen|geschlossen)|(?:schließt|schloss|schließen|schlossen) (?:[\\p{L}„“"-]+ ){1,6}?nicht aus(?=[.,;:!?–]|\\s*$)|(?:ist|war) (?:es )?(?:bereits )?das (?:zweite|dritte|vierte) Mal|Anwendung des Gesetzes|drohte?,|droht damit|befürcht\\w*|spekul\\w*|Gerücht\\w*|hypothetisch|fordert\\w*|forderte\\w*|Forderung\\w*|dementier\\w*|bestreit\\w*|erwäg\\w*|Gesetzentwurf|Fußball|Spiele\\b|Spielen\\b|Schiedsrichter|Doping|Plastiktüten|Rauchverbot|Angeln|\\?$)',
  followCues:
    '(?:zog(?: \\p{L}+){0,3} nach|zogen(?: \\p{L}+){0,3} nach|folgte(?:n)? (?:dem Beispiel|wenig später|kurz darauf|am|\\w+)?|tat (?:es )?(?:ihm |ihnen )?gleich|taten (?:es )?gleich|schloss sich an|schlossen sich an|nachgezogen)',
  pronounTargets:
    '(?:\\bihn\\b|\\bsie\\b|\\bes\\b|\\bihm\\b|die App|das Netzwerk|die Plattform|die Seite|sein Konto|seinen Account|sein Profil|ihr Konto|ihren Account|ihr Profil|seine Konten|ihre Konten|seinen Kanal|ihren Kanal|den Dienst|des Dienstes|den Kanal|die Zusammenarbeit|die Geschäftsbeziehung|die Anwendung|den Kurznachrichtendienst|den Fotodienst|den Videodienst|den Onlinedienst|den Messengerdienst|den Messenger|die Videoplattform|die (?:Online-)?Enzyklopädie|das soziale Netzwerk|das Portal|die Website|die Webseite)',
  roleWords:
    '(?:Präsident|Ex-Präsident|früheren Präsidenten|Präsidenten|Rapper|Sänger|Sängerin|Influencer|Influencerin|Journalist|Journalistin|Aktivist|Aktivistin|Politiker|Politikerin|Abgeordnete\\w*|Minister|Moderator|Moderatorin|Youtuber|Streamer|Kandidat|Koch|Verschwörungstheoretiker|Blogger)\\s*$',
  permanentCues: '(?:dauerhaft|endgültig|lebenslang|für immer)',
  clauseBoundaries:
    '[;:]|,\\s*(?:und|aber|während|nachdem|bevor|als|weil|die|der|das|wie|nach)\\b|\\s(?:hatte|hatten|worden|wurde|wurden),(?=\\s+(?!(?:darunter|etwa|unter|insbesondere|namentlich|vor|zum|so|und|oder|aber|wie|die|der|das|den|dem|des|ein|eine|mit)\\b)\\p{Ll})|\\s(?:aber|während|nachdem|weil)\\s|\\s(?:nachdem)\\s|(?:,|\\s[–—])\\s*(?=(?:[\\p{L}-]+\\s){1,3}(?:zieht|zog|zogen|folgt|folgte|folgten|tat|taten)\\b)|\\s[–—]\\s(?!und\\b|aber\\b|doch\\b|jedoch\\b|dann\\b|danach\\b|später\\b|nun\\b|auch\\b|sogar\\b|zumindest\\b|vorerst\\b|vorübergehend\\b|wenige\\b|kurz\\b|mit\\b)',
  serviceWords: [
    ...SHARED_SERVICE_WORDS,
    {
      pattern: 'App-?Stores?|(?:seinem|ihrem) Store|Stores?|Plattform zum Herunterladen',
      service: 'app_store',
    },
    { pattern: 'Hosting|gehostet|hosten|Server\\w*|Webhoster|Hoster|Cloud', service: 'hosting' },
    { pattern: 'Domain\\w*|Registrar', service: 'domain' },
    { pattern: 'Zahlung\\w*|Spenden\\w*|Bezahl\\w*|Konto bei PayPal', service: 'payments' },
    { pattern: 'DDoS-Schutz|Schutzdienst\\w*', service: 'cdn_security' },
    { pattern: 'Monetarisierung|Werbe\\w*', service: 'monetization' },
    { pattern: 'Kanal|Kanäle|Kanals', service: 'channel' },
    { pattern: 'Podcast\\w*|Sendung\\w*|Musik|Songs?|Album', service: 'content' },
    { pattern: 'Konto|Konten|Kontos|Account\\w*|Profil\\w*|Seite', service: 'account' },
    { pattern: 'landesweit|im ganzen Land|Zugang|Zugriff', service: 'country_access' },
  ],
  targetIntroducers:
    '(?:die (?:App|Anwendung|Plattform|Seite|Website|Webseite)|das (?:Netzwerk|Konto|Profil|Forum|Portal)|den (?:Account|Kanal|Dienst|Messengerdienst)|(?:die )?Konten von|das Konto von|den Account von|(?:die )?Kanäle von|den Kanal von|das Profil von|(?:die )?Seiten von|der App|des Netzwerks|App|Plattform|Website)\\s*$',
  nameStopWords: [
    'Der',
    'Die',
    'Das',
    'Den',
    'Dem',
    'Ein',
    'Eine',
    'Am',
    'Im',
    'Seit',
    'Nach',
    'Montag',
    'Dienstag',
    'Mittwoch',
    'Donnerstag',
    'Freitag',
    'Samstag',
    'Sonntag',
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
    'Er',
    'Sie',
    'Es',
    'Auch',
    'Zudem',
    'Konto',
    'Konten',
    'Account',
    'App',
    'Plattform',
    'Kanal',
    'Server',
    'Stunden',
    'Tage',
    'Wochen',
    // Common nouns that German capitalises: never a target's name ("wie eine Sprecherin bestätigte").
    'Sprecher',
    'Sprecherin',
    'Unternehmenssprecher',
    'Unternehmen',
    'Konzern',
    'Regierung',
    'Behörde',
    'Nutzer',
    'Angaben',
  ],
};
