import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon } from './types.ts';

/**
 * French. "ne … plus" states an ended service ("n'est plus hébergé"), so only "pas", "jamais", "aucun" negate.
 * Participles carry gender and number ("retirée", "bannis"), hence the endings in each pattern.
 */
export const FR_LEXICON: LanguageLexicon = {
  lang: 'fr',
  // Stems the per-sentence pre-filter must let through for the rules below (prefilter.ts merges them).
  prefilterStems: [
    'commenc',
    'procéd',
    'proced',
    'décision de',
    'decision de',
    'de nouveau accessib',
    'de nouveau disponib',
    'à nouveau accessib',
    'à nouveau disponib',
    'fin à',
    'fin au',
    'écop',
    'ecop',
    'la porte',
    'extrémist',
    'extremist',
    'liste noire',
    'registre',
    'déverrouill',
    'deverrouill',
    'rendu son compte',
    'redonn',
    'empêch',
    'empech',
    'fin de',
    'fin du',
    'ne protège',
    'ne référence',
    'ne distribue',
    'ne propose',
    'ne diffuse',
  ],
  verbs: [
    // A participle right after a name, with no auxiliary, is a passive (headline style: "Parler banni de l'App Store
    // par Apple", "Telegram suspendu au Brésil"): the name is the target, "par" names the actor.
    {
      pattern:
        "(?<=(?-i:\\p{Lu})[\\p{L}\\d'’._-]*\\s)(?:(?:banni|exclu|proscrit|interdit)(?:e|s|es)?|expulsé(?:e|s|es)?)(?![\\p{L}])",
      action: 'ban',
      passive: true,
    },
    {
      pattern:
        "(?<=(?-i:\\p{Lu})[\\p{L}\\d'’._-]*\\s)(?:(?:suspendu)(?:e|s|es)?|(?:désactivé)(?:e|s|es)?)(?![\\p{L}])",
      action: 'suspend',
      passive: true,
    },
    {
      pattern:
        "(?<=(?-i:\\p{Lu})[\\p{L}\\d'’._-]*\\s)(?:(?:retiré|supprimé|effacé|évincé|déréférencé)(?:e|s|es)?)(?![\\p{L}])",
      action: 'remove',
      passive: true,
    },
    {
      pattern: "(?<=(?-i:\\p{Lu})[\\p{L}\\d'’._-]*\\s)(?:(?:bloqué|censuré)(?:e|s|es)?)(?![\\p{L}])",
      action: 'block',
      passive: true,
    },
    {
      pattern:
        "(?<=(?-i:\\p{Lu})[\\p{L}\\d'’._-]*\\s)(?:(?:gelé|démonétisé|bridé)(?:e|s|es)?|restreint(?:e|s|es)?)(?![\\p{L}])",
      action: 'restrict',
      passive: true,
    },
    {
      pattern:
        "(?<=(?-i:\\p{Lu})[\\p{L}\\d'’._-]*\\s)(?:(?:rétabli|réintégré|débloqué|réactivé|restauré|réautorisé)(?:e|s|es)?)(?![\\p{L}])",
      action: 'reinstate',
      passive: true,
    },
    // "s'est vu interdire l'accès à Twitter", "se voit retirer de l'App Store": the subject undergoes the act.
    {
      pattern:
        "(?:s['’]est|se sont|se voit|se voient|s['’]était|s['’]étaient) vu(?:e|s|es)? (?:\\p{L}+ )?(?:interdire|bannir|exclure)",
      action: 'ban',
      passive: true,
    },
    {
      pattern:
        "(?:s['’]est|se sont|se voit|se voient|s['’]était|s['’]étaient) vu(?:e|s|es)? (?:\\p{L}+ )?(?:suspendre|désactiver|verrouiller)",
      action: 'suspend',
      passive: true,
    },
    {
      pattern:
        "(?:s['’]est|se sont|se voit|se voient|s['’]était|s['’]étaient) vu(?:e|s|es)? (?:\\p{L}+ )?(?:retirer|supprimer|fermer)",
      action: 'remove',
      passive: true,
    },
    {
      pattern:
        "(?:s['’]est|se sont|se voit|se voient|s['’]était|s['’]étaient) vu(?:e|s|es)? (?:\\p{L}+ )?(?:bloquer|couper)",
      action: 'auto',
      passive: true,
    },
    // "Le compte de X a été fermé par Twitter": an account or a site closed is removed.
    {
      pattern:
        '(?<=(?:comptes?|pages?|chaînes?|profils?|groupes?|forums?|cagnottes?)(?![\\p{L}])[^.;:]{0,60}?)(?:été|est|sont) (?:\\p{L}+ )?ferm(?:é|ée|és|ées)\\b',
      action: 'remove',
      passive: true,
    },
    // An order to others ("ordered internet providers to block", "a ordonné aux opérateurs de bloquer"): the one who
    // orders blocks; the infinitive would otherwise read as a call or a demand.
    {
      pattern:
        "(?:ordonn|enjoi(?:gn)?|impos|contrai(?:gn)?|oblig|somm)(?:é|ée|és|e|ent|ait|aient|ant|t|nt)? (?:[\\p{L}\\d'’-]+ ){0,12}?(?:de |d['’])(?:bloquer|suspendre|interdire|couper l['’]accès (?:à|au|aux)|rendre (?:\\p{L}+ )?inaccessibles?|empêcher l['’]accès (?:à|au|aux))|décid(?:é|e|ent|ait|aient) (?:[\\p{L}\\d'’-]+ ){0,6}?(?:de |d['’])(?:bloquer|interdire|suspendre|couper l['’]accès (?:à|au|aux)|rendre (?:\\p{L}+ )?inaccessibles?)",
      action: 'block',
    },
    // "a fermé la porte à Dieudonné", "TikTok ferme à son tour la porte au polémiste": an exclusion.
    {
      pattern:
        'ferm(?:é|ée|és|e|ent|ait|aient|ant|er)(?: à son tour| à leur tour| définitivement| aussi| également)? (?:la |ses |leurs |les )?portes? (?:à|au|aux)\\b',
      action: 'ban',
    },
    // "a commencé à bloquer LinkedIn", "commence à restreindre l'accès à": the act has begun, it is no plan.
    {
      pattern:
        "(?:commenc(?:é|e|ent|ait|aient)|commençait|commençaient|commençant)(?: [\\p{L}-]+){0,2}? à (?:bloquer|censurer|couper l['’]accès|restreindre l['’]accès|rendre inaccessibles?)",
      action: 'block',
    },
    {
      pattern:
        '(?:commenc(?:é|e|ent|ait|aient)|commençait|commençaient|commençant)(?: [\\p{L}-]+){0,2}? à (?:restreindre|ralentir|limiter|brider)',
      action: 'restrict',
    },
    {
      pattern:
        '(?:commenc(?:é|e|ent|ait|aient)|commençait|commençaient|commençant)(?: [\\p{L}-]+){0,2}? à (?:retirer|supprimer|fermer|effacer|déréférencer)',
      action: 'remove',
    },
    {
      pattern:
        '(?:commenc(?:é|e|ent|ait|aient)|commençait|commençaient|commençant)(?: [\\p{L}-]+){0,2}? à (?:suspendre|désactiver)',
      action: 'suspend',
    },
    {
      pattern:
        '(?:commenc(?:é|e|ent|ait|aient)|commençait|commençaient|commençant)(?: [\\p{L}-]+){0,2}? à (?:bannir|exclure|interdire)',
      action: 'ban',
    },
    // "a procédé au blocage de", "a procédé à la fermeture du compte de": the act itself, in its noun.
    {
      pattern: "procéd(?:é|e|ent|ait|aient) (?:au blocage|à l['’]interdiction)(?= (?:de|du|des|d['’]))",
      action: 'block',
    },
    { pattern: "procéd(?:é|e|ent|ait|aient) à la suspension(?= (?:de|du|des|d['’]))", action: 'suspend' },
    {
      pattern:
        "procéd(?:é|e|ent|ait|aient) (?:au retrait|à la suppression|à la fermeture|à la clôture|au déréférencement)(?= (?:de|du|des|d['’]))",
      action: 'remove',
    },
    // "sa décision de bannir X", "la décision de YouTube de supprimer la chaîne": a decision taken is the act.
    {
      pattern: "(?:sa|leur|la) décision (?:[\\p{L}'’-]+ ){0,5}?(?:de |d['’])(?:bannir|exclure|expulser)",
      action: 'ban',
    },
    {
      pattern: "(?:sa|leur|la) décision (?:[\\p{L}'’-]+ ){0,5}?(?:de |d['’])(?:suspendre|désactiver)",
      action: 'suspend',
    },
    {
      pattern:
        "(?:sa|leur|la) décision (?:[\\p{L}'’-]+ ){0,5}?(?:de |d['’])(?:supprimer|retirer|fermer|effacer)",
      action: 'remove',
    },
    {
      pattern: "(?:sa|leur|la) décision (?:[\\p{L}'’-]+ ){0,5}?(?:de |d['’])(?:bloquer|censurer)",
      action: 'block',
    },
    {
      pattern:
        "(?:sa|leur|la) décision (?:[\\p{L}'’-]+ ){0,5}?(?:de |d['’])(?:rétablir|réintégrer|débloquer|réactiver)",
      action: 'reinstate',
    },
    // "a mis fin à la cagnotte ouverte pour X", "met fin au compte de": a fundraiser or an account closed.
    {
      pattern:
        "(?:mis|met|mettent|mettre|mettait|mettaient) fin (?:à|au|aux) (?:la |le |l['’]|les |sa |son |ses |leurs? |cette |ce |ces )?(?:cagnottes?|collectes?|comptes?|chaînes?|pages?|profils?|forums?|groupes?|campagnes?)\\b",
      action: 'remove',
    },
    // "Fin de la suspension de Twitter au Nigeria": a restoration, not the suspension the noun would state.
    {
      pattern:
        "fin (?:de la |du |de l['’]|des )(?:[\\p{L}\\d'’-]+ ){0,2}?(?:suspension|blocage|interdiction|bannissement|restrictions?|coupure)",
      action: 'reinstate',
    },
    // "Cloudflare ne protège plus 8chan", "Apple ne propose plus l'application": a service ended.
    {
      pattern:
        "ne (?:le |la |les |l['’])?(?:protège|protègent|protégeait|référence|référencent|distribue|distribuent|propose|proposent|diffuse|diffusent) plus",
      action: 'auto',
    },
    // A cut undone in the passive, from its noun ("l'interdiction de TikTok a été levée", "la suspension du compte de X
    // avait été annulée par Twitter"): a restoration, not the cut the noun would state. Only with its agent: without
    // one the actor would be guessed from the paragraph.
    {
      pattern:
        "(?:blocage|suspension|interdiction|bannissement|fermeture|coupure)(?= (?:de |du |des |d['’])[^.;:]{1,80}? (?:a|ont|avait|avaient|est|sont|était) (?:été |finalement été |déjà été )?(?:levée?s?|annulée?s?|abrogée?s?|suspendue?s?|invalidée?s?|cassée?s?)(?![\\p{L}])[^.;:«»]{0,40}? par )",
      action: 'reinstate',
    },
    // Without its object ("le blocage a été levé mercredi"): the lifted cut is the one the article reported, lifted by
    // whoever imposed it (extract.ts), or by the agent when one is named.
    {
      pattern:
        '(?:blocage|suspension|interdiction|bannissement|coupure|mesure)(?= (?:a|ont|avait|avaient|est|sont|était) (?:été |finalement été |déjà été |officiellement été )?(?:levée?s?|annulée?s?|abrogée?s?|invalidée?s?)(?![\\p{L}]))',
      action: 'reinstate',
      passive: true,
    },
    // The cut decided in the passive, from its noun ("le blocage de TikTok avait été décidé le 15 mai par le
    // gouvernement", "la suspension de RFI a été prononcée par").
    {
      pattern:
        "(?:blocage|interdiction)(?= (?:de |du |des |d['’])[^.;:]{1,80}? (?:a|ont|avait|avaient) été (?:décidée?s?|ordonnée?s?|prononcée?s?|imposée?s?|actée?s?|annoncée?s?)(?![\\p{L}]))",
      action: 'block',
    },
    {
      pattern:
        "suspension(?= (?:de |du |des |d['’])[^.;:]{1,80}? (?:a|ont|avait|avaient) été (?:décidée?s?|ordonnée?s?|prononcée?s?|imposée?s?|actée?s?|annoncée?s?)(?![\\p{L}]))",
      action: 'suspend',
    },
    // "l'accès à Facebook, WhatsApp et Twitter avait été limité pendant plusieurs jours": a restriction of the services
    // named after "l'accès à".
    {
      pattern:
        'accès(?= (?:à|au|aux) [^.;:]{1,80}? (?:a|ont|avait|avaient|est|sont|était|étaient) (?:été |déjà été |aussi été |également été )?(?:limité|ralenti|bridé|perturbé)(?:e|s|es)?(?![\\p{L}]))',
      action: 'restrict',
    },
    // "a écopé d'une suspension de sept jours", "écope d'un bannissement définitif": a passive whose subject is the target.
    {
      pattern: "écop(?:é|e|ent|ait|aient) d['’](?:une|un) (?:\\p{L}+ )?(?:bannissement|exclusion)",
      action: 'ban',
      passive: true,
    },
    {
      pattern: "écop(?:é|e|ent|ait|aient) d['’]une (?:\\p{L}+ )?suspension",
      action: 'suspend',
      passive: true,
    },
    // Outlawed as extremist ("a qualifié Meta d'organisation extrémiste", "a déclaré Meta « extrémiste »"): a ban.
    {
      pattern:
        "(?:qualifi|déclar|désign|class|reconnu|inscrit)(?:é|ée|és|e|ent|ait|aient)? (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:comme |d['’]|de |en )?(?:une? )?(?:«\\s*)?(?:organisation |mouvement |groupe )?(?:«\\s*)?extrémiste",
      action: 'ban',
    },
    // "a inscrit LinkedIn sur sa liste des sites interdits", "a ajouté le site au registre des ressources interdites".
    {
      pattern:
        "(?:inscrit|ajouté|ajoute|ajoutent|placé|place|mis|met) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:sur|à|au|dans) (?:sa |la |leur |le |son )?(?:liste noire|(?:liste|registre) (?:des|de) (?:sites|ressources|services|applications|plateformes|organisations) (?:interdit|bloqué|prohibé)\\p{L}*)",
      action: 'block',
    },
    // Restorations in other words: "a déverrouillé le compte de", "a rendu son compte à", "a redonné accès à", "a autorisé
    // X à reprendre ses activités".
    {
      pattern:
        "déverrouill(?:é|ée|és|e|ent|ait)\\b|rend(?:u|ent|ait|aient) (?:son|leur|ses|leurs) comptes? (?:à|au|aux)\\b|redonn(?:é|e|ent|ait|aient) (?:l['’])?accès (?:à|au|aux)\\b|autoris(?:é|ée|e|ent|ait)(?: [\\p{L}\\d'’.-]+){1,4}? (?:à|a) (?:reprendre|fonctionner|opérer|rouvrir)\\b",
      action: 'reinstate',
    },
    // "a empêché Donald Trump de publier": a suspension of the account.
    {
      pattern:
        "empêch(?:é|ée|és|e|ent|ait|aient) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:de |d['’])(?:publier|poster|tweeter|diffuser|streamer|utiliser (?:la|sa|leur) plateforme)",
      action: 'suspend',
    },
    // "YouTube a montré la porte à Alain Soral": an exclusion.
    { pattern: 'montr(?:é|e|ent|ait|aient) la porte (?:à|au|aux)\\b', action: 'ban' },
    // "a vu son compte suspendu", "voit sa chaîne supprimée", "ont vu leurs comptes rétablis": a passive whose subject
    // is the target.
    {
      pattern:
        '(?:a|ont|avait|avaient) vu (?:son|sa|ses|leurs?) (?:comptes?|chaînes?|pages?|profils?|applications?|sites?|cagnottes?)(?: [\\p{L}\\d@._-]+){0,3}? (?:suspendu|désactivé|verrouillé|bloqué)(?:e|s|es)?(?![\\p{L}])|(?:voit|voient) (?:son|sa|ses|leurs?) (?:comptes?|chaînes?|pages?|profils?|applications?|sites?|cagnottes?)(?: [\\p{L}\\d@._-]+){0,3}? (?:suspendu|désactivé|verrouillé|bloqué)(?:e|s|es)?(?![\\p{L}])',
      action: 'suspend',
      passive: true,
    },
    {
      pattern:
        '(?:a|ont|avait|avaient) vu (?:son|sa|ses|leurs?) (?:comptes?|chaînes?|pages?|profils?|applications?|sites?|cagnottes?)(?: [\\p{L}\\d@._-]+){0,3}? (?:supprimé|fermé|retiré|effacé|clôturé)(?:e|s|es)?(?![\\p{L}])|(?:voit|voient) (?:son|sa|ses|leurs?) (?:comptes?|chaînes?|pages?|profils?|applications?|sites?|cagnottes?)(?: [\\p{L}\\d@._-]+){0,3}? (?:supprimé|fermé|retiré|effacé|clôturé)(?:e|s|es)?(?![\\p{L}])',
      action: 'remove',
      passive: true,
    },
    {
      pattern:
        '(?:a|ont|avait|avaient) vu (?:son|sa|ses|leurs?) (?:comptes?|chaînes?|pages?|profils?|applications?|sites?|cagnottes?)(?: [\\p{L}\\d@._-]+){0,3}? (?:rétabli|réactivé|débloqué|restauré|rouvert)(?:e|s|es)?(?![\\p{L}])|(?:voit|voient) (?:son|sa|ses|leurs?) (?:comptes?|chaînes?|pages?|profils?|applications?|sites?|cagnottes?)(?: [\\p{L}\\d@._-]+){0,3}? (?:rétabli|réactivé|débloqué|restauré|rouvert)(?:e|s|es)?(?![\\p{L}])',
      action: 'reinstate',
      passive: true,
    },
    // A closure stated as a noun ("la fermeture du compte TikTok de X par…", "a confirmé la suppression de la chaîne
    // de X", "PostFinance a annoncé la clôture du compte de X").
    {
      pattern:
        "(?:fermeture|suppression|clôture|désactivation)(?: définitive| temporaire)? (?:du|des|de la|de l['’]|de son|de sa|de ses|de leurs?) (?:compte|comptes|chaîne|chaînes|page|pages|profil|profils|groupe|groupes|forum|cagnotte|cagnottes|collecte|collectes)\\b",
      action: 'remove',
    },
    // "PostFinance a clôturé le compte de X", "le compte … a été clôturé par PayPal": an account closed.
    { pattern: 'clôtur(?:é|ée|és|ées|e|ent|ait|aient|ant|er)\\b', action: 'terminate' },
    // "Apple a mis hors ligne l'application": the one who takes it offline cuts it (before the state "hors ligne").
    { pattern: '(?:mis|mise|met|mettent|mettre|mettait|mettant) hors ligne', action: 'auto' },
    // Restorations in other words: "a rouvert le compte de", "a autorisé X à revenir", "a réadmis", "le blocage de X a
    // pris fin".
    {
      pattern:
        "(?:rouv|réouv)(?:ert|erte|erts|ertes|re|rent|rait|rir)(?= (?:[\\p{L}\\d'’.-]+ ){0,3}?(?:comptes?|pages?|chaînes?|profils?|forums?|cagnottes?)\\b)|autoris(?:é|ée|és|e|ent|ait)(?: [\\p{L}\\d'’.-]+){1,4}? (?:à|a) (?:revenir|faire son retour|réintégrer|retrouver)|réadmi(?:s|se|ses|t|ttent)\\b|(?:interdiction|suspension|blocage|bannissement)(?= (?:[\\p{L}\\d'’«»-]+ ){0,6}?(?:a|ont|avait|avaient) pris fin\\b)",
      action: 'reinstate',
    },
    // "a fait disparaître de son App Store l'application": removed.
    { pattern: '(?:fait|font|faisait|faire) disparaître', action: 'remove' },
    // A ban or block decreed as a noun ("a annoncé vendredi l'interdiction de TikTok", "a décrété le blocage de").
    {
      pattern:
        "(?:annonc|décrét|prononc|décid|impos|act)(?:é|ée|e|ent|ait|aient)(?: (?!fin\\b|levée\\b)[\\p{L}\\d]+){0,3}? (?:l['’]interdiction|le blocage|la suspension) (?:de|du|des|d['’])",
      action: 'block',
    },
    // Suspending or overturning the order that cut ("suspendeu a decisão que bloqueava …") lifts the cut: a restoration.
    {
      pattern:
        "(?:suspendu|suspend|annul(?:é|e)|invalid(?:é|e)|cass(?:é|e)|infirm(?:é|e))(?: [\\p{L}\\d-]+){0,3}? (?:la |le |les |l['’])?(?:décision|ordonnance|mesure|arrêté|jugement) qui (?:\\p{L}+ )?(?:bloquait|suspendait|interdisait|ordonnait|bloqué|suspendu|interdit|ordonné)",
      action: 'reinstate',
    },
    // Lifting a cut-off: the cut noun must not fire on its own ("lifted the ban", "revogou a suspensão").
    {
      pattern:
        "(?:lev(?:é|ée|és|ent|er|ant|ait)|levée|lèvent|lève|(?:mis|met|mettent|mettre|mettait|mettaient) fin|annul(?:e|é|ée|ent|er|ant|ation)|invalid(?:e|é|ée|ent|er)|suspendu|rétablissement|réactivation|autoris(?:é|ée|ant|er) (?:le |la )?(?:retour|rétablissement|réactivation))(?: [\\p{L}\\d'’-]+){0,4}? (?:de |d['’])?(?:l['’]|la |le |son |sa )?(?:interdiction|suspension|blocage|bannissement|mesure)",
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        'de retour sur|(?:de nouveau|à nouveau) (?:accessibles?|disponibles?)|(?:fait|font|a fait|ont fait|signe|signent|a signé|ont signé) (?:son|leur) (?:grand |retentissant )?retour (?:sur|dans|à)|(?:revenu|revenue|réapparu|réapparue) sur|à nouveau (?:disponible|accessible|autorisé)|(?:est|sont) (?:de nouveau|à nouveau) (?:accessibles?|disponibles?|en ligne)',
      action: 'reinstate',
      passive: true,
    },
    {
      pattern:
        "n['’ ]est plus (?:accessible|disponible|en ligne|hébergé\\w*)|(?:privé|privée|privés) de|(?:s['’]est retrouvé|se retrouve) hors ligne|hors ligne",
      action: 'auto',
      passive: true,
    },
    // "a fait interdire", "avait fait bloquer": the one who has it done acts. "a indiqué suspendre les paiements",
    // "a annoncé retirer l'application": a reported act in the infinitive, not a plan, when its object is a
    // service of others (payments, accounts, access, an app); the subject's own ("suspendre leur travail", "suspendre
    // « volontairement » le programme de son application") is no claim.
    { pattern: 'fait (?:interdire|bannir|exclure)', action: 'ban' },
    { pattern: 'fait (?:bloquer|censurer)', action: 'block' },
    { pattern: 'fait suspendre', action: 'suspend' },
    { pattern: 'fait (?:retirer|supprimer|fermer|effacer)', action: 'remove' },
    {
      pattern:
        "(?:indiqué|annoncé|déclaré|confirmé) (?:\\p{L}+ )?(?:suspendre|désactiver)(?= (?:\\p{L}+ ){0,2}(?:les |la |le |l['’]|tous les |toutes les )(?:paiements|transactions|comptes?|chaînes?|pages?|profils?|accès|applications?|app|sites?|diffusion)\\b)",
      action: 'suspend',
    },
    {
      pattern:
        "(?:indiqué|annoncé|déclaré|confirmé) (?:\\p{L}+ )?(?:retirer|supprimer|fermer)(?= (?:\\p{L}+ ){0,2}(?:les |la |le |l['’]|tous les |toutes les )(?:paiements|transactions|comptes?|chaînes?|pages?|profils?|accès|applications?|app|sites?|diffusion)\\b)",
      action: 'remove',
    },
    {
      pattern:
        "(?:indiqué|annoncé|déclaré|confirmé) (?:\\p{L}+ )?(?:bloquer|interdire|bannir)(?= (?:\\p{L}+ ){0,2}(?:les |la |le |l['’]|tous les |toutes les )(?:paiements|transactions|comptes?|chaînes?|pages?|profils?|accès|applications?|app|sites?|diffusion)\\b)",
      action: 'block',
    },
    {
      pattern: 'définitivement (?:banni|suspendu|exclu|supprimé|retiré)\\w*|bannissement définitif',
      action: 'ban',
    },
    {
      pattern:
        'bann(?:i|ie|is|ies|it|issent|issait|issaient|issant|ir|ira|iront)\\b|exclu(?:e|s|es|t|ent)?\\b|expuls(?:é|ée|és|ées|e|ent|er)\\b|interdit(?:e|s|es)?\\b|interdi(?:sait|sent|re)\\b|proscrit',
      action: 'ban',
    },
    {
      pattern:
        'suspend(?:u|ue|us|ues|it|ent|re|ait)?\\b|suspension(?: \\p{L}+)?(?: et \\p{L}+)? (?:du|de|des)',
      action: 'suspend',
    },
    {
      pattern: 'désactiv(?:é|ée|és|ées|e|ent)\\b|verrouill(?:é|ée)\\b',
      action: 'suspend',
    },
    {
      pattern:
        'radi(?:é|ée|és|ées|e|ent)\\b|retir(?:é|ée|és|ées|e|ent|ait|er)\\b|supprim(?:é|ée|és|ées|e|ent|ait)\\b|déréférenc(?:é|ée|e)\\b|évinc(?:é|ée|és|e|ent)\\b|éject(?:é|ée|és)\\b|chass(?:é|ée)\\b|effac(?:é|ée)\\b',
      action: 'remove',
    },
    {
      pattern:
        "ferm(?:é|ée|és|ées|e|ent) (?:\\p{L}+ )?(?:les |la |le |l['’ ]|ses |son |sa )?(?:comptes?|pages?|chaînes?|profils?|groupes?|forums?|communautés?|subreddits?|cagnottes?|collectes?|campagnes? de (?:dons|financement))|ferm(?:é|ée|és|ées|e|ent)(?= r\\/)",
      action: 'remove',
    },
    {
      pattern:
        "(?:cess(?:é|e|ent|ait)|arrêt(?:é|e|ent))(?: [\\p{L}\\d]+){0,4}? (?:d['’ ]|de )(?:l['’ ]|les |le |la )?(?:héberger|fournir|servir|assurer|protéger|prendre en charge|traiter|verser|accepter|diffuser|distribuer|relayer|référencer)|ne (?:l['’ ])?(?:plus )?héberge(?:r|nt)? plus|n['’ ]est plus hébergé\\w*|(?:mis|met|mettent|mettre|mettait|mettaient) fin (?:à|au|aux) (?:l['’ ]|ses |son |sa |leurs? |les |la |le )?(?:hébergement|contrat|services?|relation|collaboration|partenariat|utilisation|acceptation|diffusion|distribution)|résili(?:é|ée|e|ent)\\b|romp(?:u|t|ent|ait) (?:ses |leurs |les |tout(?:e|es)? )?(?:liens|relations?|contrats?|partenariats?|collaborations?) avec|(?:a|ont|avait|avaient) rompu avec",
      action: 'terminate',
    },
    {
      pattern:
        "coup(?:é|e|ent|er|ait|aient) (?:les ponts|les vivres|l['’ ]accès|ses services|le robinet|l['’ ]hébergement|(?:les |ses )serveurs|(?:le |les |son |ses )comptes?|(?:les |ses |leurs )(?:paiements|financements|dons|services de paiement))|priv(?:é|ée|és|ées|e|ent|ait)(?= (?:[\\p{L}\\d'’-]+ ){1,6}?de (?:leurs?|ses|son|sa|tout|toute|tous) (?:accès|moyens de paiement|financement|comptes?|chaînes?|pages?)\\b)|lâch(?:é|ée|e|ent)\\b|abandonn(?:é|ée)\\b|débranch(?:é|ée|e|ent)\\b|privé(?:e|s)? de",
      action: 'auto',
    },
    // "a privé les chaînes de RT de leurs revenus publicitaires": a demonetisation, whatever the noun in between.
    {
      pattern:
        "priv(?:é|ée|és|ées|e|ent|ait)(?= (?:[\\p{L}\\d'’-]+ ){1,6}?de (?:leurs?|ses|son|sa|tout|toute|tous) (?:revenus|recettes)(?: publicitaires)?\\b)",
      action: 'restrict',
      service: 'monetization',
    },
    {
      pattern:
        '(?:est|sont|était|reste|restent) (?:désormais |toujours |depuis )?(?:inaccessibles?|bloqué\\w*|suspendu\\w*|banni\\w*|interdit\\w*)',
      action: 'auto',
      passive: true,
    },
    {
      pattern:
        "n['’ ]est plus (?:accessible|disponible|en ligne)|(?:plus|n['’ ]était plus) (?:accessible|disponible)|ne (?:sont|seront|étaient) plus (?:accessibles|disponibles|en ligne)",
      action: 'auto',
    },
    {
      pattern:
        'bloqu(?:é|ée|és|ées|e|ent|ait|er)\\b|blocage(?: \\p{L}+)?(?: et \\p{L}+)? (?:de|du|des)|censur(?:é|ée|és|e|ent)\\b|rend(?:u|ue|us|ues|ait|ent)? inaccessibles?',
      action: 'block',
    },
    { pattern: "ordonné (?:le blocage|la suspension|l['’ ]interdiction)", action: 'block' },
    // Restricting access to a service in a country cuts it, as in English ("restricted access to").
    {
      pattern:
        "restrei(?:nt|nte|nts|gnent|gnait|gnaient|gnant|ndre)(?: (?:fortement|sévèrement|largement|déjà))? l['’ ]accès (?:à|au|aux)\\b",
      action: 'block',
    },
    {
      pattern:
        "gel(?:é|ée|és|e|ent)\\b|gèle(?:nt)?\\b|démonétis(?:é|ée|és|e|ent)\\b|désindex(?:é|ée|és|e|ent|er)\\b|déréférenc(?:é|ée|és|e|ent|er)\\b|restreint(?:e|s)?\\b|restrei(?:gnent|gnait)\\b|limit(?:é|ée|e|ent) (?:la portée|la visibilité|l['’ ]accès)|ralenti(?:t|e|r)?\\b",
      action: 'restrict',
    },
    {
      pattern:
        "rétabli(?:e|s|es|t|ssent|r)?\\b|remis(?:e|es)? en ligne|réintégr(?:é|ée|és|e|ent)\\b|réactiv(?:é|ée|e|ent)\\b|débloqu(?:é|ée|és|e|ent)\\b|réautoris(?:é|ée|e)\\b|restaur(?:é|ée|és|ées|e|ent)\\b|(?:lev(?:é|ée|e|ent|er)|levée) (?:de )?(?:l['’ ]|la |le |son |sa )?(?:interdiction|suspension|blocage|bannissement)|(?:autoris|ordonn|décid|acté)(?:é|ée|e|ent) (?:\\p{L}+ )?(?:le retour|le rétablissement|le déblocage|la réactivation|la réintégration|la réouverture)|levant (?:l['’ ]|la |le )(?:interdiction|suspension|blocage)|de retour sur|(?:revenu|revenue|réapparu|réapparue) sur|à nouveau (?:disponible|accessible|autorisé)",
      action: 'reinstate',
    },
  ],
  passiveMarkers:
    "(?:a été|ont été|avait été|avaient été|été|est|sont|était|étaient|s['’ ]est vu|s['’ ]est vue|se voit|se sont vu|fut|furent)",
  agentMarkers: "(?:par|de la part de|sur (?:l['’])?ordre (?:de|du|des)|sur (?:la )?décision (?:de|du|des))",
  sourceMarkers: "(?:de|des|du|d['’]|sur|hors de|de l['’])",
  locativeMarkers: '(?:en|au|aux|dans)',
  listJoiners: '(?:et|,|ainsi que|puis|ou)',
  cancelCues:
    "(?:\\bpas\\b|\\bjamais\\b|\\baucun\\w*|\\bnullement\\b|\\brefus\\w*|pourrai\\w*|pourrait|pourraient|\\bpeut\\b|\\bpeuvent\\b|devrai\\w*|devrait|envisag\\w*|\\bva\\b|\\bvont\\b|menac\\w*|ultimatum|\\bsi\\b|\\bs['’]il|sauf si|à moins|appel\\w*|réclam\\w*|demand\\w*|exig\\w*|pétition|pression|veut|veulent|voudrai\\w*|projet|propos\\w*|dément\\w*|démenti|nié|nie\\b|rumeur\\w*|craint\\w*|craindre|risqu\\w*|heures pour|jours pour|délai|vot\\w* pour|cherch\\w*|tent\\w*|serait|seraient|aurait|auraient|prêt à|sur le point de|pour que|afin que|s['’]apprête\\w*|souhait\\w*|réfléchi\\w*)",
  sentenceCancelCues:
    // A site that shuts itself ("a suspendu mercredi l'accès à ses sites depuis la France", "a décidé de suspendre
    // lui-même l'accès à ses plateformes") is no one's cut.
    "(?:suspend\\p{L}* (?:[\\p{L}-]+ ){0,2}?l['’]accès à (?:ses|leurs) (?:propres )?(?:sites|plateformes|services)\\b|c['’]est la (?:deuxième|seconde|troisième|quatrième) fois que|application de la loi|appliquer (?:la|sa|cette) loi|menac\\w* (?:\\p{L}+ )?(?:de |d['’])(?=\\p{L}+(?:er|ir|re)\\b)|pas eu lieu|fait craindre|font craindre|faire craindre|crainte\\w*|spécul\\w*|rumeur\\w*|hypothè\\w*|appel\\w* à (?:bannir|suspendre|interdire|bloquer)|réclame\\w*|exige\\w*|dément\\w*|démenti|envisage\\w*|projet de loi|proposition de loi|football|match(?:s|es)?\\b|arbitre|dopage|sacs plastiques?|pêche|tabac|rugby|\\?$)",
  followCues:
    '(?:a suivi|ont suivi|avait suivi|a emboîté le pas|ont emboîté le pas|a fait de même|ont fait de même|a fait pareil|(?:en )?(?:a|ont) fait autant|(?:a|ont) suivi le mouvement|lui a emboîté|suivi (?:cette|la même) décision|lui a (?:aussitôt |rapidement )?emboîté le pas|même décision|a pris la même)',
  pronounTargets:
    "(?:\\bl['’](?=\\s*(?:ont|a|avait|avaient|aurait)\\b)|\\ble\\b|\\bla\\b|\\bles\\b|\\blui\\b|l['’ ]application|le réseau(?: social)?|le site|la plateforme|son compte|ses comptes|sa page|ses pages|sa chaîne|ses chaînes|son profil|ses profils|sa cagnotte|la chaîne|le service|le groupe|la messagerie|l['’ ]appli|(?:du|au) (?:site|service|réseau(?: social)?|forum)|(?:de|à) la (?:plateforme|messagerie)|(?:de|à) l['’]application|ce compte|cette application|ce site|ce réseau social|le forum)",
  roleWords:
    '(?:président|présidente|ancien président|rappeur|rappeuse|chanteur|chanteuse|influenceur|influenceuse|polémiste|journaliste|militant|militante|sénateur|sénatrice|député|députée|ministre|animateur|animatrice|youtubeur|youtubeuse|streamer|homme politique|candidat|candidate|dirigeant|humoriste|essayiste|complotiste|idéologue)\\s*$',
  permanentCues: '(?:définitivement|à vie|de manière permanente|de façon permanente|pour de bon)',
  clauseBoundaries:
    '[;:]|,\\s*(?=(?-i:\\p{Lu})[\\p{L}\\d-]*(?:\\s+(?:et|,)\\s+(?-i:\\p{Lu})[\\p{L}\\d-]*){0,3}\\s+(?:font|fait|ont|a|sont|est|vont|va)\\s)|,\\s*(?:et|mais|tandis que|alors que|après|avant|qui|lorsque|quand|puis|deux|trois|quelques|selon|au terme d|à l\\W?issue d|faute d|estimant|jugeant|invoquant|citant|arguant|expliquant|affirmant|accusant|reprochant)\\b|\\s(?:mais|tandis que|alors que|après que|après avoir|parce que|car|depuis que)\\s|\\s(?:après|après que|après avoir)\\s|\\s(?:dans laquelle|lors de laquelle|où)\\s',
  serviceWords: [
    ...SHARED_SERVICE_WORDS,
    {
      pattern:
        "boutique(?:s)?(?: d['’ ]applications?)?|magasin(?:s)? d['’ ]applications?|(?:les |des |sa |son )?stores?|magasin en ligne|plateforme de téléchargement",
      service: 'app_store',
    },
    { pattern: 'héberg\\w*|serveurs?|nuage', service: 'hosting' },
    { pattern: "nom de domaine|domaine|bureau d[’']enregistrement|registraire", service: 'domain' },
    { pattern: 'paiements?|dons|cagnotte|financement participatif|collecte de fonds', service: 'payments' },
    { pattern: 'protection (?:anti-?)?DDoS|services? de sécurité', service: 'cdn_security' },
    { pattern: 'monétis\\w*|publicité\\w*|revenus publicitaires', service: 'monetization' },
    { pattern: 'chaînes?', service: 'channel' },
    { pattern: 'émissions?|podcasts?|musique|chansons?|albums?', service: 'content' },
    { pattern: 'comptes?|profils?|page', service: 'account' },
    {
      pattern: "l['’ ]accès|dans (?:tout )?le pays|sur (?:tout )?le territoire|à l['’ ]échelle nationale",
      service: 'country_access',
    },
  ],
  targetIntroducers:
    "(?:l['’ ]?\\s?(?:application|appli|app)|le (?:site|réseau(?: social)?|forum|service|compte|groupe|podcast)|la (?:plateforme|chaîne|messagerie)|les comptes? de|le compte de|la chaîne de|(?:son|ses) comptes?|application|site|réseau social|plateforme)\\s*(?:de |d['’])?\\s*$",
  nameStopWords: [
    'Le',
    'La',
    'Les',
    'L',
    'Un',
    'Une',
    'Des',
    'Ce',
    'Cette',
    'Ces',
    'Son',
    'Sa',
    'Ses',
    'Lundi',
    'Mardi',
    'Mercredi',
    'Jeudi',
    'Vendredi',
    'Samedi',
    'Dimanche',
    'Janvier',
    'Février',
    'Mars',
    'Avril',
    'Mai',
    'Juin',
    'Juillet',
    'Août',
    'Septembre',
    'Octobre',
    'Novembre',
    'Décembre',
    'Depuis',
    'Après',
    'Avant',
    'Il',
    'Elle',
    'Ils',
    'Elles',
    'En',
    'Au',
    'Dans',
  ],
};
