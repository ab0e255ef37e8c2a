import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon } from './types.ts';

/** Spanish. "ya no" states an ended service; a bare "no" negates. */
export const ES_LEXICON: LanguageLexicon = {
  lang: 'es',
  // Stems the per-sentence pre-filter must let through for the rules below (prefilter.ts merges them).
  prefilterStems: [
    'levantad',
    'revocad',
    'anulad',
    'silenció',
    'silenciaron',
    'silenciad',
    'silencia',
    'silencian',
    'silenciaba',
    'rescisi',
    'ya no est',
    'ya no es',
    'ya no era',
    'ya no son',
    'ya no eran',
    'ya no se puede',
    'ya no se podía',
    'ya no puede',
    'ya no podía',
    'ya no aparec',
    'revirti',
    'reviert',
    'revertid',
    'revertir',
    'sin servidores',
    'sin alojamiento',
    'sin hosting',
    'sin dominio',
    'sin cuenta',
    'sin canal',
    'sin perfil',
    'monetizaci',
    'suprimi',
    'purgó',
    'purgaron',
    'purgad',
    'deshabilit',
    'modo de lectura',
    'modo lectura',
    'modo de solo lectura',
    'modo de sólo lectura',
    'modo solo lectura',
    'modo sólo lectura',
    'impid',
    'impedía',
    'el alcance',
    'la visibilidad',
    'la difusión',
  ],
  verbs: [
    // An order to others ("ordered internet providers to block", "a ordonné aux opérateurs de bloquer"): the one who
    // orders blocks; the infinitive would otherwise read as a call or a demand.
    {
      pattern:
        '(?:orden|dispus|mand)(?:ó|aron|a|an|o) (?:[\\p{L}\\d-]+ ){0,5}?(?:que )?(?:bloque(?:e|en|ar|aran)|suspend(?:a|an|er|ieran)|cerr(?:ar|aran)|cierre(?:n)?|clausur(?:ar|e|en|aran)|retir(?:ar|e|en|aran)|elimin(?:ar|e|en|aran)|borr(?:ar|e|en|aran)|cort(?:ar|e|en|aran) el acceso)',
      action: 'block',
    },
    // Round 7. The ordered cut named by its noun, with its agent ("la suspensión de Telegram, decretada por la Audiencia
    // Nacional", "el cierre de la web fue ordenado por el juez").
    {
      pattern:
        '(?:bloqueo|suspensión|cierre|clausura|prohibición)(?: del? [\\p{L}\\d@.-]+(?: [\\p{Lu}\\d][\\p{L}\\d@.-]*){0,3})?,? (?:(?:fue|había sido|ha sido) )?(?:decretad|ordenad|acordad|dictad|dispuest|impuest)[oa]s?(?= (?:por|por parte de)\\b)',
      action: 'block',
      passive: true,
    },
    // Round 7. Newsroom synonyms: "suprimió/purgó la cuenta" (remove), "deshabilitó" (suspend), "impidió el acceso a"
    // (block), "dejó volver a", "rehabilitó a" (restore).
    {
      pattern: '(?:suprimi(?:ó|eron|do|da|dos|das)|purg(?:ó|aron|ado|ada|ados|adas))\\b',
      action: 'remove',
    },
    {
      pattern: 'deshabilit(?:ó|aron|ado|ada|ados|adas|a|an)\\b',
      action: 'suspend',
    },
    {
      pattern: '(?:impid(?:ió|ieron|e|en)|impedía|impedían) el acceso (?:a|al)\\b',
      action: 'block',
    },
    {
      pattern:
        '(?:dej(?:ó|aron|a|an)|ha dejado|han dejado) (?:volver|regresar) (?:a|al)\\b|rehabilit(?:ó|aron|ado|ada)(?= a\\b)',
      action: 'reinstate',
    },
    // Round 7. A repeated or fresh cut with its infinitive ("Rusia volvió a bloquear Telegram", "ha vuelto a suspender"),
    // and monetisation withdrawn ("canceló la monetización del canal"), which is a restriction, not a cut.
    {
      pattern:
        '(?:volvi(?:ó|eron)|vuelve(?:n)?|ha vuelto|han vuelto|había vuelto|habían vuelto|volvía|volvían) a (?:bloquear|censurar|cortar el acceso)\\b',
      action: 'block',
    },
    {
      pattern:
        '(?:volvi(?:ó|eron)|vuelve(?:n)?|ha vuelto|han vuelto|había vuelto|habían vuelto|volvía|volvían) a (?:suspender|inhabilitar|desactivar)\\b',
      action: 'suspend',
    },
    {
      pattern:
        '(?:volvi(?:ó|eron)|vuelve(?:n)?|ha vuelto|han vuelto|había vuelto|habían vuelto|volvía|volvían) a (?:prohibir|vetar|expulsar|banear)\\b',
      action: 'ban',
    },
    {
      pattern:
        '(?:volvi(?:ó|eron)|vuelve(?:n)?|ha vuelto|han vuelto|había vuelto|habían vuelto|volvía|volvían) a (?:retirar|eliminar|borrar)\\b',
      action: 'remove',
    },
    {
      pattern:
        '(?:cancel|suspend|retir|desactiv|quit|elimin|cort)\\p{L}* (?:la |su |toda la )?monetización\\b',
      action: 'restrict',
    },
    // Round 7. The cut itself lifted, as a passive subject: "la suspensión de la cuenta fue levantada por Twitter", "el
    // bloqueo de Telegram quedó sin efecto", "el veto había sido revocado".
    {
      pattern:
        '(?:suspensión|bloqueo|prohibición|veto|cierre|expulsión)(?: [\\p{L}\\d()-]+){0,8}? (?:fue|fueron|ha sido|han sido|había sido|habían sido|sería) (?:\\p{L}+ )?(?:levantad|revocad|anulad|suspendid|tumbad|derogad|revertid)[oa]s?\\b|(?:suspensión|bloqueo|prohibición|veto)(?: [\\p{L}\\d()-]+){0,8}? qued(?:ó|aron|a|an) sin efecto\\b',
      action: 'reinstate',
      passive: true,
    },
    // Suspending or overturning the order that cut ("suspendeu a decisão que bloqueava …") lifts the cut: a restoration.
    {
      pattern:
        '(?:suspendi(?:ó|eron)|suspende|anul(?:ó|aron|a)|revoc(?:ó|aron|a)|tumb(?:ó|aron|a)|dej(?:ó|aron|a) sin efecto)(?: [\\p{L}\\d()-]+){0,3}? (?:la |el |los |las )?(?:decisión|orden|resolución|medida|fallo|auto) que (?:\\p{L}+ )?(?:bloque(?:aba|ó|ado)|suspend(?:ía|ió|ido)|prohib(?:ía|ido)|orden(?:aba|ado)|retir(?:aba|ó|ado)|elimin(?:aba|ó|ado)|cerr(?:aba|ó|ado)|clausur(?:aba|ó|ado)|vet(?:aba|ó|ado))',
      action: 'reinstate',
    },
    // Ending the cut ("puso fin al bloqueo", "volvió a permitir a Trump", "permitió el regreso de"): listed before
    // "puso fin a", which otherwise terminates.
    {
      pattern:
        '(?:puso|pusieron|pone|ponen|ponía) fin (?:al|a la) (?:bloqueo|suspensión|veto|prohibición|restricción)|volvi(?:ó|eron) a (?:permitir|habilitar|admitir|aceptar)\\b|vuelve(?:n)? a (?:permitir|habilitar|admitir|aceptar)\\b|permiti(?:ó|eron)(?: [\\p{L}\\d()-]+){0,3}? (?:el regreso|el retorno|la vuelta|el desbloqueo)|(?:orden|decret|dispus|acord|dict)(?:ó|aron|ara|aran|a|an|o|ado)(?: [\\p{L}\\d()-]+){0,5}? (?:el desbloqueo|la reactivación|el restablecimiento|la restitución|el levantamiento)\\b',
      action: 'reinstate',
    },
    // Lifting a cut-off: the cut noun must not fire on its own ("lifted the ban", "revogou a suspensão").
    {
      pattern:
        '(?:levant(?:ó|ado|ada|aron|ara|aran|ar|a)|levantamiento del?|revirti(?:ó|eron|era|eran)|reviert(?:e|en)|revertid[oa]|revertir|dej(?:ó|ado|ar) en suspenso|suspendi(?:ó|do)|anul(?:ó|ado|ada|ar|a)|revoc(?:ó|ado|ada|ar|a)|tumb(?:ó|a|aron))(?: [\\p{L}\\d-]+){0,4}? (?:el |la |las |los )?(?:prohibición|suspensión|bloqueo|veto|cierre|restricciones|restricción|limitaciones|sanciones)|(?:retir(?:ó|ado|ada|aron|a|an)|quit(?:ó|ado|ada|aron|a|an)) (?:el |la )?(?:prohibición|suspensión|bloqueo|veto)\\b',
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        'volvi(?:ó|eron) a (?:estar|funcionar)(?: disponible)?|vuelve(?:n)? a (?:estar|funcionar)(?: disponible)?|(?:vuelve(?:n)?|volvi(?:ó|eron)) a (?:la|las|el|los)(?= (?:App Store|Play Store|Google Play|tiendas?)\\b)|de vuelta en|regres(?:ó|aron|a|an) a(?! (?:la |el )?(?:Casa Blanca|presidencia|poder|Gobierno|Moncloa|Congreso|Senado|Kremlin|Elíseo|Planalto|Miraflores|cárcel|prisión)\\b)|de nuevo (?:disponible|accesible)|recuper(?:ó|aron|a|an)(?: [\\p{L}\\d-]+){0,3}? (?:su|sus) (?:cuentas?|perfil(?:es)?|canal(?:es)?)',
      action: 'reinstate',
      passive: true,
    },
    {
      pattern:
        'ya no (?:est(?:á|aba|aban|án|uvo) disponibles?|(?:es|era|son|eran) accesibles?|funciona(?:ba)?|(?:se )?(?:puede|podía|pueden|podían) (?:descargar|instalar)(?:se)?|aparec(?:e|ía|en|ían) en (?:la |las |el |los )?(?:tiendas?|App Store|Play Store|Google Play))|fuera de línea|sin conexión|dej(?:ó|aron) de estar disponibles?|desapareci(?:ó|eron) de (?:la |las |el |los )?(?:tiendas?|App Store|Play Store|Google Play)',
      action: 'auto',
      passive: true,
    },
    {
      pattern:
        '(?:suspend\\p{L}*|prohibi\\p{L}*|expulsad\\p{L}*|vetad\\p{L}*) (?:de forma )?(?:permanente(?:mente)?|definitiva(?:mente)?|indefinida y permanentemente)',
      action: 'ban',
    },
    {
      pattern:
        'prohibi(?:ó|do|da|dos|das|eron|r|era|eran)\\b|prohíbe\\p{L}*|prohibición de|vet(?:ó|ado|ada|ados|adas|aron|a|an|ara|aran)\\b|vetó|bane(?:ó|ado|ada|ados|adas|aron|a|an)\\b|expuls(?:ó|ado|ada|ados|adas|aron|a|an|ara|aran)\\b|excluy(?:ó|eron)|excluid[oa]s?|veto (?:a|al|contra)\\b|acaba(?:n)? de (?:prohibir|vetar|expulsar)\\b',
      action: 'ban',
    },
    {
      pattern:
        'suspend(?:ió|ido|ida|idos|idas|ieron|e|en|er|ía|ían|iera|ieran)\\b|suspensión(?: \\p{L}+)? de|desactiv(?:ó|ado|ada|aron|a|an|ara|aran)\\b|inhabilit(?:ó|ado|ada|ados|adas|aron|a|an)\\b|acaba(?:n)? de suspender\\b',
      action: 'suspend',
    },
    {
      pattern:
        'elimin(?:ó|ado|ada|ados|adas|aron|a|an|aba|aban|ara|aran)\\b|eliminación (?:\\p{L}+ )?del?\\b|retir(?:ó|ado|ada(?! se\\b)|ados|adas|aron|a|an|aba|aban|ara|aran)\\b|(?:al|acaba(?:n)? de) (?:retirar|eliminar|borrar|quitar)\\b|borr(?:ó|ado|ada|aron|a|an|ara|aran)\\b|(?:dio|dado|dieron|dada) de baja|quit(?:ó|ado|ada|aron)\\b|sac(?:ó|ado|ada|aron) (?:de|del)|expulsó de',
      action: 'remove',
    },
    {
      pattern:
        '(?:cerr(?:ó|aron|ado|ada)|cierra(?:n)?) (?:\\p{L}+ )?(?:\\p{L}+ )?(?:las |la |el |los |sus |su )?(?:cuentas?|páginas?|canal(?:es)?|perfil(?:es)?)',
      action: 'remove',
    },
    {
      pattern:
        'dej(?:ó|aron|a|an|aba|aban|ado|ar|ara|aran) de (?:alojar|hospedar|proteger|dar servicio|prestar (?:sus )?servicios?|ofrecer (?:sus )?servicios?|procesar|dar cobertura|dar soporte)|retir(?:ó|aron|a|an|ado|ada|ar) (?:su|sus) (?:protección|servicios?|alojamiento)\\b|rescisión (?:del|de su|de los) contratos?|ya no (?:aloja|está alojad\\p{L}*|está disponible|es accesible)|rescind\\p{L}*|cancel(?:ó|ado|ada|aron|a|an) (?:su |el |la |los )?(?:contrato|servicio|servicios|alojamiento|cuenta|dominio)|(?:puso|pusieron) fin (?:a|al)|termin(?:ó|aron|a|an) (?:su |el |la |sus )?(?:contrato|relación|servicio|servicios|alojamiento)\\b|cort(?:ó|aron|ado) (?:los |sus |las )?(?:lazos|servicios|vínculos|relaciones|pagos|donaciones)|ech(?:ó|aron) el cierre (?:a|al)\\b|desconect(?:ó|ado|ada|aron)\\b|(?:fuera de línea|sin conexión)',
      action: 'terminate',
    },
    {
      pattern:
        'bloque(?:ó|ado|ada|ados|adas|aron|a|an|ar|aba|aban|ara|aran)\\b|bloqueo(?: \\p{L}+)? (?:de|del)|censur(?:ó|ado|ada|ados|adas|aron|a|an)\\b|orden(?:ó|aron)(?: [\\p{L}\\d-]+){0,3}? (?:el bloqueo|la suspensión)',
      action: 'block',
    },
    // A court or regulator decrees the block ("acordó la suspensión cautelar de Telegram", "decretó el bloqueo de X").
    {
      pattern:
        '(?:acord|decret|dict|impus)(?:ó|aron|a|an|o|ado|ara|aran)(?: [\\p{L}\\d-]+){0,5}? (?:el bloqueo|la suspensión|el cierre|la clausura|la prohibición|la retirada|la eliminación)\\b|orden(?:ó|aron|ara|aran|ado) (?:[\\p{L}\\d-]+ ){0,5}?(?:el cierre|la clausura|la retirada|la eliminación|la desactivación)\\b',
      action: 'block',
    },
    // Colloquial cuts ("tumbó el canal", "lo echaron de Twitter"), and the cancellation of an account.
    {
      pattern:
        'tumb(?:ó|aron|ado|ada|a|an) (?:el |la |los |las |su |sus )?(?:canal(?:es)?|cuentas?|perfil(?:es)?|páginas?|web|vídeos?|videos?)\\b|ech(?:ó|aron|ado|ada|ados|adas) (?:de|del)\\b(?! menos)|cancelación (?:de |del )?(?:la |su |sus |las )?(?:cuentas?|canal(?:es)?|perfil(?:es)?)\\b',
      action: 'ban',
    },
    // Round 7. "echó a Trump de la plataforma", "Facebook echa a Alex Jones": a ban (not "echó a perder", "echó a correr").
    {
      pattern:
        'ech(?:ó|aron|a|an|ado)(?= a (?!(?:perder|andar|correr|rodar|llorar|reír|volar|suertes|un vistazo|la calle|faltar|la culpa)\\b))',
      action: 'ban',
    },
    // Left without servers, domain or account ("dejó sin servidores a Parler", "Gab se quedó sin alojamiento"): the
    // service named decides the action.
    {
      pattern:
        '(?:dej(?:ó|aron|a|an|ado)|ha dejado|han dejado) sin (?:servidores|alojamiento|hosting|dominio|servicio|cuentas?|canal|perfil|acceso a)\\b',
      action: 'auto',
    },
    {
      pattern:
        '(?:(?:se )?qued(?:ó|aron|a|an|ado)|(?:se ha|se han|se había) quedado) sin (?:servidores|alojamiento|hosting|dominio|cuentas?|canal|perfil)\\b',
      action: 'auto',
      passive: true,
    },
    // Closing a site or account ("clausuró la web", "fue clausurado"); no longer giving access ("dejaron de dar acceso a").
    {
      pattern:
        'clausur(?:ó|ado|ada|ados|adas|aron|a|an|ara|aran)\\b|dej(?:ó|aron|a|an) de dar acceso (?:a|al)\\b|(?:dej(?:ó|aron|a|an)|ha dejado|han dejado) (?:inaccesible|fuera de servicio)',
      action: 'block',
    },
    // Cutting access ("Rusia corta el acceso a Instagram"): a block; the target follows "a".
    {
      pattern: 'cort(?:ó|aron|a|an|ado|ada)(?: de raíz)? el acceso (?:a|al)\\b',
      action: 'block',
    },
    {
      pattern:
        'congel(?:ó|ado|ada|aron|a|an)\\b|desmonetiz\\p{L}*|restring(?:ió|ido|ida|idos|idas|ieron|e|en|ía|ían|iera|ieran)(?: [«"“]?(?:de (?:forma|manera) \\p{L}+|temporalmente|provisionalmente)[»"”]?(?= ))?\\b|limit(?:ó|ado|ada|aron|a|an|aba|aban|ara|aran)(?: [\\p{L}\\d-]+){0,4}? (?:el |la |las |sus |su |algunas |varias )?(?:alcance|visibilidad|acceso|funciones|funcionalidades|capacidad)\\b|(?:reduj(?:o|eron)|reduc(?:e|en|ía|ido|ida))(?: [\\p{L}\\d-]+){0,3}? (?:el alcance|la visibilidad|la difusión)\\b|ralentiz\\p{L}*',
      action: 'restrict',
    },
    // Round 7. A state of limitation ("su perfil quedó limitado", "la cuenta quedaba restringida", "solo puede usarse en
    // modo de lectura") and an account kept from posting ("le impidió publicar"): restrictions.
    {
      pattern:
        '(?:qued(?:ó|aba|a|an|aron|aban)|ha quedado|han quedado|había quedado|habían quedado) (?:\\p{L}+ )?(?:limitad|restringid)[oa]s?\\b|(?:impid(?:ió|ieron|e|en)|impedía|impedían) (?:\\p{L}+ )?(?:publicar|tuitear|retuitear|transmitir|emitir|comentar)\\b',
      action: 'restrict',
      passive: true,
    },
    // Read-only mode ("puso la cuenta en modo de solo lectura"): a restriction by whoever put it there.
    {
      pattern: '(?:en|a) modo (?:de )?(?:solo |sólo )?lectura\\b',
      action: 'restrict',
    },
    // Silencing an account ("Twitter silenció la cuenta de Vox", "silencia a Trump"): a cut of the account.
    {
      pattern: 'silenci(?:ó|ado|ada|ados|adas|aron|a|an|aba|aban)\\b',
      action: 'suspend',
    },
    {
      pattern:
        'restablec(?:ió|idos?|idas?|ieron|e|en)\\b|autoriz(?:ó|ado|ada)(?: [\\p{L}\\d()-]+){0,3}? (?:el regreso|el retorno|la vuelta|el desbloqueo)|restitu(?:yó|idos?|idas?)\\b|restaur(?:ó|ado|ada|ados|adas|aron|a|an)\\b|(?:devolvi(?:ó|eron)|devuelve(?:n)?)(?: [\\p{L}\\d-]+){0,3}? (?:la cuenta|las cuentas|el acceso|el perfil|el canal)\\b|reincorpor(?:ó|ados?|adas?)\\b|rehabilit(?:ó|aron|ado|ada)(?: [\\p{L}\\d-]+){0,3}? (?:la cuenta|las cuentas|el perfil|el canal|el acceso)\\b|(?:le|les) devolvi(?:ó|eron) (?:su|sus|la|las|el) (?:cuentas?|perfil(?:es)?|canal(?:es)?|acceso)\\b|readmit(?:ió|idos?|idas?|e|en)\\b|(?:levant(?:ó|ado|ada|aron|ara|aran)|levantamiento de)(?: [\\p{L}\\d-]+){0,3}? (?:el |la )?(?:prohibición|suspensión|bloqueo|veto)|volvi(?:ó|eron) a estar disponible|desbloque(?:ó|ado|ada|aron|a|an)\\b|reactiv(?:ó|ado|ada|aron|a|an)\\b|volvi(?:ó|eron) a (?:estar|la|las|el|funcionar)|de vuelta en|regres(?:ó|aron|a|an) a(?! (?:la |el )?(?:Casa Blanca|presidencia|poder|Gobierno|Moncloa|Congreso|Senado|Kremlin|Elíseo|Planalto|Miraflores|cárcel|prisión)\\b)|de nuevo (?:disponible|accesible)',
      action: 'reinstate',
    },
    {
      // A lifted cut as the passive subject, with or without its object ("el bloqueo fue levantado el jueves"): the
      // lifted cut is the one the article reported, lifted by whoever imposed it (extract.ts).
      pattern:
        '(?:bloqueo|suspensión|prohibición|veto|medida)(?=(?: (?:de|del|a|al) [^.;:]{1,60}?)? (?:fue|fueron|ha sido|han sido|había sido|habían sido) (?:levantad[oa]s?|revocad[oa]s?|anulad[oa]s?)(?![\\p{L}]))',
      action: 'reinstate',
      passive: true,
    },
  ],
  passiveMarkers:
    '(?:fue|fueron|ha sido|han sido|había sido|habían sido|sido|quedó|quedaron|está|están|estaba|estaban|es|son|era|eran|resultó|(?:sigue|siguen|seguía|seguían|continúa|continúan|continuaba|continuaban|permanece|permanecen|permanecía|permanecían)(?! sin\\b))',
  agentMarkers: '(?:por|por parte de)',
  sourceMarkers: '(?:de|del|de la|de los|en)',
  locativeMarkers: '(?:en)',
  listJoiners: '(?:y|e|,|así como|o)',
  cancelCues:
    '(?:(?<!ya\\s)\\bno\\b(?!\\s+más)|\\bnunca\\b|\\bningún\\b|\\bninguna\\b|rechaz\\w*|neg(?:ó|aron|a)\\b|podría\\w*|\\bpuede\\b|pueden|debería\\w*|\\bva a\\b|\\bvan a\\b|planea\\w*|plan(?:es)? (?:de|para)|estudia\\w*|consider\\w*|amenaz\\w*|ultimátum|\\bsi\\b|a menos que|salvo que|pid(?:ió|e|en|ieron)|exig\\w*|reclam\\w*|\\bllam\\w* a|petición|(?<!(?:tras|por|ante)(?: [\\p{L}-]+){0,2} )presión|quiere\\w*|propuesta|proyecto de ley|(?<!\\bni (?:lo |la |los |las )?)desmient\\w*|(?<!\\bni (?:lo |la |los |las )?)desmint\\w*|rumor\\w*|tem\\w*|\\bmiedo\\b|riesgo|arriesga\\w*|horas para|días para|plazo|intent\\w*|dispuesto a|estaría\\w*|habría\\w*|a punto de|se prepara|paraliz\\w*|marcha atrás)',
  sentenceCancelCues:
    '(?:es la (?:segunda|tercera|cuarta) vez que|aplicación de la ley|aplicar (?:la|su|esa) ley|amenaz\\w* con|tem(?:or|ores|e|en)\\b|especul\\w*|rumor\\w*|hipotétic\\w*|pidió|piden|(?<!\\bni (?:lo |la |los |las )?)desmient\\w*|(?<!\\bni (?:lo |la |los |las )?)desmintió|proyecto de ley|fútbol|(?:\\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|diez) partidos?\\b|partidos? de (?:liga|copa|fútbol|sanción)|árbitro|dopaje|bolsas de plástico|pesca|tabaco|\\?$|¿)',
  followCues:
    '(?:(?:hizo|hicieron|había hecho|habían hecho|ha hecho|han hecho) lo (?:mismo|propio)|siguió (?:el ejemplo|sus pasos|la misma (?:línea|decisión)|poco después)|siguieron (?:el ejemplo|sus pasos)|se sumó|se sumaron|tomó la misma decisión|imitó)',
  pronounTargets:
    '(?:\\blo\\b|\\bla\\b|\\blos\\b|\\ble\\b|\\bles\\b|la aplicación|la app|la red(?: social)?|la plataforma|el sitio|(?:el|al|del) (?:juego|videojuego|foro|portal)\\b|su cuenta|sus cuentas|el canal|el servicio|sus servidores|su servidor|(?:al|del) (?:presidente|expresidente|mandatario|exmandatario|locutor|partido)|(?:a|de) la formación)',
  roleWords:
    '(?:presidente|presidenta|expresidente|rapero|rapera|cantante|influencer|influencer|periodista|activista|senador|senadora|diputado|diputada|ministro|ministra|presentador|presentadora|youtuber|streamer|político|política|candidato|candidata|líder|bloguero|comentarista|humorista)\\s*$',
  permanentCues: '(?:permanente(?:mente)?|definitiva(?:mente)?|de por vida|para siempre)',
  clauseBoundaries:
    '[;:]|,\\s*(?:y|pero|mientras|después|antes|que|cuando|tras|según)\\b|,\\s*(?:una|la|otra|esta) (?:medida|decisión|orden|resolución|sanción) (?:que|con la que|de la que)\\b|\\s(?:pero|mientras que|después de que|porque)\\s|\\s(?:tras|después de)\\s|\\s(?:en la que|en el que|en las que|en los que|donde)\\s',
  serviceWords: [
    ...SHARED_SERVICE_WORDS,
    {
      pattern: 'tiendas? (?:de aplicaciones|de apps|digital(?:es)?)|su tienda|tiendas?',
      service: 'app_store',
    },
    { pattern: 'aloja\\w*|hosting|servidores?|nube|hosped\\w*', service: 'hosting' },
    { pattern: 'dominio|registrador', service: 'domain' },
    { pattern: 'pagos?|donaciones|donativos|recaudación', service: 'payments' },
    { pattern: 'protección (?:contra ataques )?DDoS|servicios de seguridad', service: 'cdn_security' },
    { pattern: 'monetiz\\w*|publicidad|ingresos publicitarios', service: 'monetization' },
    { pattern: 'canal(?:es)?', service: 'channel' },
    { pattern: 'p[oó]dcasts?|programas?|música|canciones|álbum(?:es)?', service: 'content' },
    { pattern: 'cuentas?|perfil(?:es)?|página', service: 'account' },
    {
      pattern: 'en todo el país|en el país|a nivel nacional|acceso|territorio nacional',
      service: 'country_access',
    },
  ],
  targetIntroducers:
    '(?:la (?:aplicación|app|red social|red|plataforma|cuenta|página)(?: de)?|el (?:sitio|sitio web|portal|foro|canal|servicio|perfil|podcast)(?: de)?|las cuentas de|la cuenta de|(?:su|sus) cuentas?|aplicación|app|plataforma)\\s*$',
  nameStopWords: [
    'El',
    'La',
    'Los',
    'Las',
    'Un',
    'Una',
    'Su',
    'Sus',
    'Este',
    'Esta',
    'Lunes',
    'Martes',
    'Miércoles',
    'Jueves',
    'Viernes',
    'Sábado',
    'Domingo',
    'Enero',
    'Febrero',
    'Marzo',
    'Abril',
    'Mayo',
    'Junio',
    'Julio',
    'Agosto',
    'Septiembre',
    'Octubre',
    'Noviembre',
    'Diciembre',
    'Desde',
    'Tras',
    'Después',
    'En',
    'Él',
    'Ella',
    'Aplicación',
    'Plataforma',
  ],
};
