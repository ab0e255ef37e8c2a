import { ENGLISH_MONTH_NAMES } from '../../dates.ts';
import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon } from './types.ts';

/** English. Active and passive forms; "no longer" states an ended service, so it is a verb here, not a negation. */
export const EN_LEXICON: LanguageLexicon = {
  lang: 'en',
  // Stems the per-sentence pre-filter must let through for the rules below (prefilter.ts merges them).
  prefilterStems: [
    'scrap',
    'repeal',
    'revers',
    'undid',
    'undoes',
    'called off',
    'calls off',
    'rolled back',
    'rolls back',
    'decision to',
    'move to',
    'loading again',
    'working again',
    'reachable again',
    'functioning again',
    'back up and running',
    'deny access',
    'hand',
    'gave',
    'gives',
    'giving',
    'issued',
    'slap',
    'the door',
    'the exit',
    'hit with',
    'shut',
    'impos',
    'placed',
    'curbs',
    'outlaw',
    'extremist',
    'blacklist',
    'registry',
    'let ',
    'lets ',
    'brought',
    'brings',
    'bringing',
    'unlock',
    'allowed',
    'permit',
    'cleared',
    'prevent',
    'stopped',
    'quarantin',
    'slow',
    'end of',
    'came to an end',
    'expired',
  ],
  verbs: [
    // A headline's name and participle with no auxiliary, then "by" or "from", is a passive ("Parler banned from App
    // Store by Apple", "Alex Jones suspended by Twitter"): the name is the target. Only at the sentence start, where
    // the past tense of prose ("Apple removed Parler from …") has its object after the verb, not "from" or "by".
    {
      pattern:
        "(?<=^(?:(?-i:\\p{Lu})[\\p{L}\\d'’.&-]*\\s){1,4})(?:banned|barred|expelled|blacklisted)(?= (?:by|from|off|on|in)\\b)",
      action: 'ban',
      passive: true,
    },
    {
      pattern:
        "(?<=^(?:(?-i:\\p{Lu})[\\p{L}\\d'’.&-]*\\s){1,4})(?:suspended|disabled|locked out)(?= (?:by|from|off|on|in)\\b)",
      action: 'suspend',
      passive: true,
    },
    {
      pattern:
        "(?<=^(?:(?-i:\\p{Lu})[\\p{L}\\d'’.&-]*\\s){1,4})(?:removed|pulled|delisted|kicked (?:off|out)|booted|purged|taken down)(?= (?:by|from|off|on|in)\\b)",
      action: 'remove',
      passive: true,
    },
    {
      pattern:
        "(?<=^(?:(?-i:\\p{Lu})[\\p{L}\\d'’.&-]*\\s){1,4})(?:blocked|censored)(?= (?:by|from|off|on|in)\\b)",
      action: 'block',
      passive: true,
    },
    {
      pattern:
        "(?<=^(?:(?-i:\\p{Lu})[\\p{L}\\d'’.&-]*\\s){1,4})(?:demoneti[sz]ed|throttled|restricted)(?= (?:by|from|off|on|in)\\b)",
      action: 'restrict',
      passive: true,
    },
    {
      pattern:
        "(?<=^(?:(?-i:\\p{Lu})[\\p{L}\\d'’.&-]*\\s){1,4})(?:reinstated|restored|unbanned|unblocked|unsuspended)(?= (?:by|from|off|on|in)\\b)",
      action: 'reinstate',
      passive: true,
    },
    // An order to others ("ordered internet providers to block", "a ordonné aux opérateurs de bloquer"): the one who
    // orders blocks; the infinitive would otherwise read as a call or a demand.
    {
      pattern:
        "(?:ordered|orders|ordering|directed|directs|directing|instructed|instructs|instructing|required|requires|compelled|compels|forced|forces) (?:[\\p{L}\\d'’-]+ ){0,8}?to (?:block|suspend|ban|prohibit|shut down|cut off access to|cut access to|disable access to|restrict access to|stop access to|deny access to)(?: (?:new |all |any )?(?:the )?(?:downloads?|downloading|use|usage|installation|distribution|sale) of)?",
      action: 'block',
    },
    // Suspending or overturning the order that cut ("suspendeu a decisão que bloqueava …") lifts the cut: a restoration.
    {
      pattern:
        '(?:suspended|suspends|overturned|overturns|struck down|strikes down|stayed|stays|annulled|annuls|vacated|vacates|reversed|reverses|set aside|sets aside|quashed|quashes|lifted|lifts|revoked|revokes|withdrew|withdraws|rescinded|rescinds)(?: [\\p{L}\\d-]+){0,3}? (?:the |a )?(?:order|decision|ruling|injunction|measure) (?:(?:that|which) (?:had )?(?:blocked|banned|suspended|ordered|prohibited|barred)|prohibiting|banning|blocking|suspending|barring)',
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        'back on(?: the)?|back online|(?:is|are) available again|accessible again|(?:loading|working|reachable|functioning|online|available) again|back up and running|returned to|returns to',
      action: 'reinstate',
      passive: true,
    },
    {
      pattern:
        '(?:was|were|is|are|remained|remains|has been) (?:still )?(?:offline|dark|unreachable|inaccessible)|went offline|went dark|knocked offline|taken offline|pushed offline|forced offline|no longer (?:available|accessible|online|reachable)',
      action: 'auto',
      passive: true,
    },
    { pattern: 'permanently (?:banned|suspended|barred|removed)', action: 'ban' },
    // "YouTube becomes latest platform to ban Andrew Tate": the latest, last or first one to do it has done it.
    {
      pattern:
        '(?:becomes|became|is|was|has become) (?:the )?(?:latest|last|newest|first|second|third|fourth|fifth)(?: [\\p{L}-]+){0,4}? to (?:ban|bar)',
      action: 'ban',
    },
    {
      pattern:
        '(?:becomes|became|is|was|has become) (?:the )?(?:latest|last|newest|first|second|third|fourth|fifth)(?: [\\p{L}-]+){0,4}? to (?:suspend)',
      action: 'suspend',
    },
    {
      pattern:
        '(?:becomes|became|is|was|has become) (?:the )?(?:latest|last|newest|first|second|third|fourth|fifth)(?: [\\p{L}-]+){0,4}? to (?:remove|pull|drop|kick out)',
      action: 'remove',
    },
    {
      pattern:
        '(?:becomes|became|is|was|has become) (?:the )?(?:latest|last|newest|first|second|third|fourth|fifth)(?: [\\p{L}-]+){0,4}? to (?:reinstate|restore|unban|let (?:\\p{L}+ )?back)',
      action: 'reinstate',
    },
    // A cut that ends ("End of Twitter ban in Nigeria", "Nigeria's Twitter ban ended on Wednesday", "the ban on Twitter
    // came to an end"): a restoration, not the ban the noun would state.
    {
      pattern:
        "end of (?:the |a |its |their )?(?:[\\p{L}\\d'’-]+ ){0,3}?(?:ban|block|blocking|blockade|suspension|blackout|shutdown)(?: (?:on|of|against))?",
      action: 'reinstate',
    },
    {
      pattern:
        '(?:ban|block|blocking|blockade|suspension|restrictions|shutdown|blackout)(?=(?: (?:on|of|against) [^.;:]{1,80}?)? (?:ended|has ended|had ended|came to an end|has come to an end|expired|has expired|had expired)\\b)',
      action: 'reinstate',
    },
    // A cut undone in the passive, from its noun ("the ban on TikTok was lifted in August", "the block on Wikipedia has
    // been removed"): a restoration, not the ban the noun would state on its own.
    {
      pattern:
        '(?:ban|block|blocking|blockade|suspension|restrictions|shutdown|blackout)(?= (?:on|of|against) [^.;:]{1,80}? (?:was|were|has been|had been|have been|is being)(?: (?:finally|formally|officially|partially|partly|quietly|later|eventually|also|then|now|already|fully))? (?:lifted|scrapped|reversed|overturned|rescinded|revoked|withdrawn|repealed|struck down|annulled)\\b)',
      action: 'reinstate',
    },
    // Without its object ("the ban was lifted in August"): the lifted cut is the one the article reported.
    {
      pattern:
        '(?:ban|block|blocking|blockade|suspension|restrictions|shutdown|blackout)(?= (?:was|were|has been|had been|have been|is being)(?: (?:finally|formally|officially|partially|partly|quietly|later|eventually|also|then|now|already|fully))? (?:lifted|scrapped|reversed|overturned|rescinded|revoked|withdrawn|repealed|struck down|annulled)\\b)',
      action: 'reinstate',
      passive: true,
    },
    // "ordered it lifted", "ordered the block removed", "ordered Wikipedia unblocked": the one who orders restores.
    {
      pattern: "ordered (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:lifted|unblocked|restored|reinstated|reopened)\\b",
      action: 'reinstate',
    },
    // "Patreon's decision to expel Carl Benjamin", "the company's move to suspend him", "its decision to pull the app":
    // the decision is the act (an owner's or a definite one, not "a decision to ban … is expected").
    {
      pattern:
        "(?<=(?:['’]s|(?<![\\p{L}])(?:its|their|the)) (?:(?:abrupt|sudden|controversial|latest|recent|unprecedented|surprise|swift|initial|original|earlier|unilateral|final) )?)(?:decision|move) to (?:ban|expel|bar|blacklist|permanently ban|permanently suspend)",
      action: 'ban',
    },
    {
      pattern:
        "(?<=(?:['’]s|(?<![\\p{L}])(?:its|their|the)) (?:(?:abrupt|sudden|controversial|latest|recent|unprecedented|surprise|swift|initial|original|earlier|unilateral|final) )?)(?:decision|move) to (?:suspend|lock|disable|deactivate)",
      action: 'suspend',
    },
    {
      pattern:
        "(?<=(?:['’]s|(?<![\\p{L}])(?:its|their|the)) (?:(?:abrupt|sudden|controversial|latest|recent|unprecedented|surprise|swift|initial|original|earlier|unilateral|final) )?)(?:decision|move) to (?:remove|pull|delist|kick|boot|take down|shut down|close|delete|purge)",
      action: 'remove',
    },
    {
      pattern:
        "(?<=(?:['’]s|(?<![\\p{L}])(?:its|their|the)) (?:(?:abrupt|sudden|controversial|latest|recent|unprecedented|surprise|swift|initial|original|earlier|unilateral|final) )?)(?:decision|move) to (?:block|censor|cut off access to|restrict access to)",
      action: 'block',
    },
    {
      pattern:
        "(?<=(?:['’]s|(?<![\\p{L}])(?:its|their|the)) (?:(?:abrupt|sudden|controversial|latest|recent|unprecedented|surprise|swift|initial|original|earlier|unilateral|final) )?)(?:decision|move) to (?:cut off|cut ties with|drop|deplatform)",
      action: 'auto',
    },
    {
      pattern:
        "(?<=(?:['’]s|(?<![\\p{L}])(?:its|their|the)) (?:(?:abrupt|sudden|controversial|latest|recent|unprecedented|surprise|swift|initial|original|earlier|unilateral|final) )?)(?:decision|move) to (?:reinstate|restore|unban|unblock|reopen|lift the ban on)",
      action: 'reinstate',
    },
    // Having one's account cut or given back is a passive whose subject is the target ("UsForThem had its account
    // restored", "Toby Young has had his PayPal account closed", "they had their channels suspended"); not a bank account.
    {
      pattern:
        '(?:had|has|have|having)(?: (?:already|just|now|also|since|recently|previously|temporarily|permanently|briefly|then|later|had))? (?:its|his|her|their) (?:(?!bank\\b)[\\p{L}\\d-]+ ){0,2}?(?:accounts?|pages?|channels?|profiles?|apps?|podcasts?|fundraisers?|websites?|sites?|servers?|domains?) (?:restored|reinstated|unblocked|unsuspended|reactivated|reopened|unlocked)\\b',
      action: 'reinstate',
      passive: true,
    },
    {
      pattern:
        '(?:had|has|have|having)(?: (?:already|just|now|also|since|recently|previously|temporarily|permanently|briefly|then|later|had))? (?:its|his|her|their) (?:(?!bank\\b)[\\p{L}\\d-]+ ){0,2}?(?:accounts?|pages?|channels?|profiles?|apps?|podcasts?|fundraisers?|websites?|sites?|servers?|domains?) (?:suspended|locked|disabled|deactivated)\\b',
      action: 'suspend',
      passive: true,
    },
    {
      pattern:
        '(?:had|has|have|having)(?: (?:already|just|now|also|since|recently|previously|temporarily|permanently|briefly|then|later|had))? (?:its|his|her|their) (?:(?!bank\\b)[\\p{L}\\d-]+ ){0,2}?(?:accounts?|pages?|channels?|profiles?|apps?|podcasts?|fundraisers?|websites?|sites?) (?:banned)\\b',
      action: 'ban',
      passive: true,
    },
    {
      pattern:
        '(?:had|has|have|having)(?: (?:already|just|now|also|since|recently|previously|temporarily|permanently|briefly|then|later|had))? (?:its|his|her|their) (?:(?!bank\\b)[\\p{L}\\d-]+ ){0,2}?(?:accounts?|pages?|channels?|profiles?|apps?|podcasts?|fundraisers?|websites?|sites?) (?:removed|deleted|closed|shut down|shut|taken down|pulled|terminated|delisted)\\b',
      action: 'remove',
      passive: true,
    },
    {
      pattern:
        '(?:had|has|have|having)(?: (?:already|just|now|also|since|recently|previously|temporarily|permanently|briefly|then|later|had))? (?:its|his|her|their) (?:(?!bank\\b)[\\p{L}\\d-]+ ){0,2}?(?:accounts?|pages?|channels?|profiles?|apps?|podcasts?|fundraisers?|websites?|sites?) (?:blocked)\\b',
      action: 'block',
      passive: true,
    },
    // A sanction handed out ("Twitch handed Dr Disrespect a two-week suspension", "gave Jones a permanent ban", "X was hit
    // with a lifetime ban"), or the door shown ("YouTube showed Jones the door").
    {
      pattern:
        "(?:handed|hands|handing|gave|gives|giving|issued|issues|slapped|slaps) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?an? (?:(?:permanent|lifetime|indefinite|outright|life) )(?:ban|suspension)\\b|(?:showed|shows|shown|showing) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?the (?:door|exit)\\b",
      action: 'ban',
    },
    {
      pattern:
        "(?:handed|hands|handing|gave|gives|giving|issued|issues|slapped|slaps) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?an? (?:[\\p{L}\\d-]+ ){0,2}?(?:ban|suspension)\\b",
      action: 'suspend',
    },
    {
      pattern:
        '(?:was|were|been|got|gets|is|are) hit with an? (?:permanent|lifetime|indefinite|outright|life) ban\\b',
      action: 'ban',
      passive: true,
    },
    {
      pattern: '(?:was|were|been|got|gets|is|are) hit with an? (?:[\\p{L}\\d-]+ ){0,2}?(?:ban|suspension)\\b',
      action: 'suspend',
      passive: true,
    },
    // "were all shut on September 15" (not "shut down", "shut out"): closed.
    {
      pattern:
        '(?:was|were|been|is|are|being)(?: (?:all|also|quickly|abruptly|permanently|temporarily|briefly|later|then|summarily))? shut(?! (?:down|off|out|up|in|away)\\b)',
      action: 'remove',
      passive: true,
    },
    // "imposed restrictions on Twitter", "placed curbs on": a restriction; "imposed a block on": a block.
    {
      pattern:
        '(?:imposed|imposes|imposing|placed|places|put|puts) (?:new |sweeping |fresh |further |temporary |tight |strict )?(?:restrictions|limits|curbs) on',
      action: 'restrict',
    },
    {
      pattern:
        '(?:imposed|imposes|imposing|placed|places|put|puts) an? (?:nationwide |total |temporary )?(?:block|blockade) on',
      action: 'block',
    },
    // Outlawed as extremist ("declared Meta an extremist organisation", "designated the group 'extremist'"): a ban.
    {
      pattern:
        "(?:declared|declares|designated|designates|labell?ed|labels|branded|brands|listed|lists|recogni[sz]ed) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:as )?(?:an? )?[\"“'‘]?extremist\\b",
      action: 'ban',
    },
    // "added LinkedIn to its registry of banned sites", "put Telegram on its blacklist": a block.
    {
      pattern:
        "(?:added|adds|adding|put|puts|placed|places|included|includes|entered|enters) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:to|on|in|onto) (?:its|the|a|their) (?:[\\p{L}-]+ ){0,2}?(?:blacklist|(?:registry|register|list|database) of (?:banned|prohibited|blocked|forbidden|illegal)\\b)",
      action: 'block',
    },
    // Restorations in other words: "let Donald Trump back on", "brought back his account", "unlocked the account of",
    // "allowed X to resume operations".
    {
      pattern:
        "(?:let|lets|letting|allowed|allows) (?:[\\p{L}\\d'’.@_-]+ ){1,3}?back\\b|(?:brought|brings|bringing) back(?= (?:[\\p{L}\\d'’.@_-]+ ){0,4}?(?:accounts?|pages?|channels?|profiles?)\\b)|(?:brought|brings|bringing) (?:[\\p{L}\\d'’.@_-]+ ){1,3}?back\\b|unlock(?:ed|s|ing)(?= (?:[\\p{L}\\d'’.@_-]+ ){0,4}?(?:accounts?|profiles?|channels?|pages?)\\b)|(?:allowed|allows|authori[sz]ed|authori[sz]es|cleared|clears|permitted|permits) (?:[\\p{L}\\d'’.@_-]+ ){1,3}?to (?:resume|restart|return|operate again|come back)\\b",
      action: 'reinstate',
    },
    // "blocked Donald Trump from posting", "barred him from streaming": a suspension of the account.
    {
      pattern:
        "(?:blocked|blocks|barred|bars|banned|bans|prevented|prevents|stopped|stops|locked) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:out )?from (?:posting|tweeting|uploading|streaming|live-?streaming|going live|commenting|messaging|using (?:its|the|their) (?:platform|service|site|app)s?)\\b",
      action: 'suspend',
    },
    // Reddit's forums: "closed r/The_Donald", "quarantined r/The_Donald".
    { pattern: '(?:closed|closes|shut|shuts)(?= r\\/)', action: 'remove' },
    { pattern: 'quarantin(?:ed|es|ing)\\b', action: 'restrict' },
    // "slowed down Twitter", "slowed access to": a restriction.
    {
      pattern:
        'slow(?:ed|s|ing) down|slow(?:ed|s|ing)(?= (?:access to|traffic to|the speed of|speeds? (?:of|on))\\b)',
      action: 'restrict',
    },
    // "began to block LinkedIn", "started to restrict access to": the act has begun (the gerund, "began blocking",
    // is the verb itself).
    {
      pattern:
        '(?:began|begun|begins|begin|started|starts) to (?:block|censor|cut off access to|cut access to|restrict access to)',
      action: 'block',
    },
    {
      pattern: '(?:began|begun|begins|begin|started|starts) to (?:restrict|throttle|slow down|limit)',
      action: 'restrict',
    },
    {
      pattern: '(?:began|begun|begins|begin|started|starts) to (?:remove|pull|delist|purge|take down)',
      action: 'remove',
    },
    { pattern: '(?:began|begun|begins|begin|started|starts) to (?:suspend|disable)', action: 'suspend' },
    { pattern: '(?:began|begun|begins|begin|started|starts) to (?:ban|expel)', action: 'ban' },
    {
      pattern: '(?:began|begun|begins|begin|started|starts) to (?:restore|reinstate|unblock|unban)',
      action: 'reinstate',
    },
    {
      pattern:
        'bann(?:ed|ing)|bans|ban(?= (?:on|of) )|(?<!(?:the|a|an|its|their|his|her|this|that|any|no|new|total|outright) )ban(?= (?-i:\\p{Lu}))|barred|(?<!behind )bars(?! and\\b)|barring|expell?(?:ed|s|ing)|blacklist(?:ed|s|ing)',
      action: 'ban',
    },
    {
      pattern: 'imposed a ban on|issued a ban on|placed a ban on|slapped a ban on|enacted a ban on',
      action: 'ban',
    },
    // "prohibited downloads of TikTok", "banned the use of Telegram": a block on the service in the country.
    {
      pattern:
        '(?:prohibit(?:ed|s|ing)?|banned|bans|banning|outlawed|outlaws) (?:new |further |all |any )?(?:the )?(?:downloads?|downloading|use|usage|installation|distribution|sale) of',
      action: 'block',
    },
    // Lifting a cut-off: the cut noun must not fire on its own ("lifted the ban", "revogou a suspensão").
    {
      pattern:
        "(?:lifted|lifts|lifting|revoked|revokes|overturned|overturns|rescinded|rescinds|reversed|reverses|reversing|ended|ends|suspended|scrapped|scraps|scrapping|repealed|repeals|withdrew|withdrawn|withdraws|removed|removes|dropped|drops|undid|undoes|called off|calls off|rolled back|rolls back)(?: [\\p{L}\\d'’-]+){0,4}? (?:ban|bans|suspension|block|blocking|blockade|restrictions?|order)(?: on| of| against)?",
      action: 'reinstate',
    },
    { pattern: 'suspend(?:ed|s|ing)?|suspension of', action: 'suspend' },
    // "pulled the plug on Parler": the service is cut, whatever it was (hosting, store, payments).
    { pattern: 'pull(?:ed|s|ing) the plug on', action: 'auto' },
    { pattern: 'disabl(?:ed|es|ing)|deactivat(?:ed|es|ing)|locked', action: 'suspend' },
    {
      pattern:
        "purg(?:ed|es|ing)|remov(?:ed|es|ing|e)|delist(?= (?-i:\\p{Lu}))|pull(?:ed|s|ing)(?! (?:out|back)\\b)|(?:took|taken|takes|taking) down|(?:took|taken|takes|taking)(?= (?:[\\p{L}\\d.'’-]+ ){1,6}?off (?:its|the|their|his|her) (?:[\\p{L}-]+ )?(?:stores?|app stores?|platforms?|sites?|servers?|shelves|air)\\b)|delist(?:ed|s|ing)|yank(?:ed|s)|(?:kicked|booted|dropped|thrown) (?:\\w+ )?(?:off|out of|from)|kick(?:ed|s)|boot(?:ed|s)",
      action: 'remove',
    },
    {
      pattern:
        'de-?platform(?:ed|s|ing)|cut (?:off|ties with)|cut(?:s|ting)? (?:it|them) off|cuts (?:off|ties with)|severed ties with|dropp?(?:ed|s)(?! (?:his|her|its|their|the|a|an|all) (?:own )?(?:order|case|charges?|plans?|bid|lawsuit|suit|request|appeal|demands?|complaint|investigation|probe|proposal|threat|requirement|objection)s?\\b)',
      action: 'auto',
    },
    {
      pattern:
        '(?:stopped|ceased|stops|ceases|quit|ended|halted|halts) (?:hosting|serving|supporting|protecting|processing (?:payments|donations)|accepting (?:payments|donations)|providing (?:services|hosting|protection))|(?:ended|ends|withdrew|withdraws|pulled) (?:its |their )?(?:service|services|support|protection) (?:to|for|of)',
      action: 'terminate',
    },
    {
      pattern:
        'no longer (?:hosts?|hosted|available|accessible|online|supports?|serves?|protects?|carr(?:y|ies)|distributes?)',
      action: 'auto',
    },
    {
      pattern:
        'terminat(?:ed|es|ing)|(?:ended|ends|canceled|cancelled) (?:its|their|the) (?:services?|contract|account|hosting|relationship|registration)|shut down (?:its|the|their)? ?(?:servers?|hosting)',
      action: 'terminate',
    },
    {
      pattern:
        "(?:shut|shuts|shutting|closes|closed|closing) down(?= (?:[\\p{L}\\d.'’-]+ ){1,3}?(?:fundraisers?|(?:fundraising |crowdfunding )?campaigns?|accounts?|pages?|channels?|groups?|forums?|subreddits?)\\b)|(?:shut down|shut|shuts|closed|deleted|took down) (?:the |its |their |his |her )?(?:pages?|accounts?|channels?|profiles?|groups?|fundraisers?|(?:fundraising |crowdfunding |donation )?(?:campaigns?|pages?)|subreddits?|forums?|communities)",
      action: 'remove',
    },
    // Newsroom synonyms of removal ("YouTube axed his channel", "Apple scrubbed Parler from the App Store", "Spotify
    // wiped his podcasts", "Amazon evicted WikiLeaks from its servers", "Twitch banished him").
    {
      pattern:
        'ax(?:ed|es|ing)\\b|scrubb(?:ed|ing)|scrubs|wip(?:ed|es|ing)(?! out\\b)|nuked|evict(?:ed|s|ing)',
      action: 'remove',
    },
    { pattern: 'banish(?:ed|es|ing)', action: 'ban' },
    // An account, page or forum closed, whoever's it was ("deleted Alex Jones's page", "closed WikiLeaks's account",
    // "shuttered r/The_Donald").
    {
      pattern:
        "(?:shut down|shuttered|shut|shuts|closed|deleted|took down|taken down|wiped)(?= (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:pages?|accounts?|channels?|profiles?|groups?|fundraisers?|subreddits?|forums?|communities|podcasts?)\\b)",
      action: 'remove',
    },
    { pattern: 'shutter(?:ed|s|ing)', action: 'auto' },
    // "Cloudflare took Kiwi Farms offline": the service is cut.
    {
      pattern: "(?:took|takes|taking|taken|knocked|knocks|knocking) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?offline",
      action: 'auto',
    },
    // A closure stated as a noun after a verb of report ("confirmed the removal of his channel", "announced the closure
    // of Assange's account"); not "ordered the removal", whose orderer is no party.
    {
      pattern:
        '(?:confirmed|confirms|announced|announces|completed|welcomed|welcomes|defended|defends|justified|critici[sz]ed|condemned|decried|denounced|protested) (?:the |its |their )?(?:abrupt |sudden |permanent )?(?:removal|closure|deletion|takedown|shutdown) of(?! (?:the |its |a |their )?(?:ban|suspension|block|restrictions?|limits?)\\b)',
      action: 'remove',
    },
    {
      pattern:
        '(?:halted|halts|halting|froze|freezes|blocked|cut off|cuts off) (?:all )?(?:payments|donations|transactions|payment processing|card payments|funding) (?:to|for|of|destined for)',
      action: 'terminate',
      service: 'payments',
    },
    // "The court ordered Twitter blocked nationwide", "ordered X suspended".
    {
      pattern:
        "ordered (?:[\\p{L}\\d'’.@_-]+ ){1,4}?(?:blocked|suspended|banned|shut down|taken down|taken offline)\\b",
      action: 'block',
    },
    // "decided to end its protection of the site", "opted to withdraw its services from", "cut it loose".
    {
      pattern:
        '(?:decided|decides|chose|chooses|opted|opts|moved|moves) to (?:end|withdraw|pull|terminate|stop providing|cease providing) (?:its |their )?(?:services?|support|protection|hosting) (?:to|for|of|from)',
      action: 'terminate',
    },
    { pattern: "(?:cut|cuts|cutting) (?:[\\p{L}\\d'’.-]+ ){1,3}?loose\\b", action: 'auto' },
    // Restorations in other words: "welcomed Trump back", "reopened his account", "returned Parler to the App Store",
    // "approved Parler's return to the App Store".
    {
      pattern:
        "welcom(?:ed|es|ing) (?:[\\p{L}\\d'’.@_-]+ ){1,4}?back\\b|reopen(?:ed|s|ing)(?= (?:[\\p{L}\\d'’.@_-]+ ){0,4}?(?:accounts?|pages?|channels?|profiles?|forums?|subreddits?|fundraisers?)\\b)|return(?:ed|s|ing) (?:[\\p{L}\\d'’.@_-]+ ){1,3}?to (?:the |its |their )?(?:app stores?|stores?|play store|google play|platform|shelves|service)\\b|(?:approved|approves|authori[sz]ed|authori[sz]es|cleared|clears|greenlit) (?:[\\p{L}\\d'’.@_-]+ ){0,3}?return (?:to|on)\\b",
      action: 'reinstate',
    },
    // "permanently shut down @ElonJet", "Russia shut down Meduza": a named account or site closed (the service decides).
    {
      pattern: "(?:shut|shuts|shutting) down(?= @| (?:the )?(?-i:\\p{Lu})[\\p{L}\\d'’._-]*(?:\\s|[,.;:]|$))",
      action: 'auto',
    },
    {
      pattern: 'went offline|knocked offline|taken offline|pushed offline|forced offline',
      action: 'terminate',
    },
    {
      pattern:
        'block(?:ed|s|ing)|(?<!(?:the|a|an|its|their|his|her|this|that|any|no|new|total|outright) )block(?= (?-i:\\p{Lu}))|restricted access to|restricts access to|censored|outlawed|(?:cut|cuts|cutting|shut|shuts|shutting) (?:off |down )?(?:internet )?access to',
      action: 'block',
    },
    { pattern: 'ordered (?:the )?(?:\\p{L}+ )?(?:blocking|suspension|ban) of', action: 'block' },
    {
      pattern:
        'demoneti[sz](?:ed|es|ing)|froze\\b|frozen\\b|freezes\\b|restrict(?:ed|s|ing)|throttl(?:ed|es|ing)|slowed (?:down )?|shadow-?bann(?:ed|ing)|limited the reach of|(?:placed|put|locked) (?:[\\p{L}\\d/_’.@-]+ |[\\p{L}\\d-]+\\x27s ){0,4}?in(?:to)? read-only mode|geo-?block(?:ed|s|ing)|deranked|downranked|age-restricted',
      action: 'restrict',
    },
    {
      pattern:
        'reinstat(?:ed|es|ing|ement of)|restoration of|(?:allowed|authori[sz]ed|cleared) (?:the )?(?:return of|(?:[\\p{L}\\d-]+ ){1,3}to return)|restor(?:ed|es|ing)|unbann(?:ed|ing)|unbans|unblock(?:ed|s|ing)|unsuspended|readmitted|reactivated|allowed (?:\\w+ )?back|(?:lifted|lifts|lifting) (?:the|its|a|their)(?: [\\w-]+){0,3}? (?:ban|suspension|block|blocking|restrictions)|back on(?: the)?|back online|returned to|returns to|let (?:\\w+ )?back|(?:is|are) available again|accessible again',
      action: 'reinstate',
    },
  ],
  passiveMarkers: '(?:was|were|is|are|been|be|being|got|gets|has been|have been|had been)',
  agentMarkers: '(?:by)',
  sourceMarkers: '(?:from|off|out of|of|on)',
  locativeMarkers: '(?:in|across|throughout)',
  listJoiners: '(?:and|,|&|as well as|or)',
  cancelCues:
    "\\b(?:not|n't|never|nor|neither|refus\\w*|declin\\w*|could|might|(?-i:may)|would|should|must|can|will|shall|going to|plans?|planning|planned|intends?|intending|consider\\w*|weigh\\w*|threat\\w*|warn\\w*|ultimatum|unless|if|whether|calls? (?:on|for)|called (?:on|for)|urg\\w+|demand\\w*|asks?|asked|asking|petition\\w*|pressur\\w*|wants?|wanted|propos\\w*|bill|law would|den(?:y|ies|ied)|rumou?r\\w*|fears?|feared|risk\\w*|face|faces|facing|hours to|days to|deadline|vote[sd]? to|seeks?|sought|tried|trying|attempt\\w*|allegedly|reportedly considering|expected to|set to|about to|poised to|mull\\w*|debat\\w*|whether)\\b",
  sentenceCancelCues:
    // A cut as the subject of a conditional ("banning it would hurt millions", "blocking the app could cost") is weighed,
    // not done.
    "\\b(?:(?:bann|block|remov|suspend|restrict|shutt)ing (?:[\\p{L}'’.-]+ ){0,3}?(?:would|could|might)\\b|(?:it is|it's|this is|it was) the (?:second|third|fourth|fifth) time|from enforcing|enforcement of (?:a|the|its|their) (?:new )?(?:law|ban|statute)|threaten(?:ed|s|ing)? to|did not (?:take place|happen)|never happened|would be|could be|might be|may be|if (?:it|they|he|she) (?:does|do|did)|(?<!(?:citing|amid|over|because of|due to|given|after) )fears? of|(?<!(?:weeks|months|days|years) of |end(?:ing|ed|s)? (?:the )?)speculat\\w*|rumou?rs?|hypothetical\\w*|no plans? to|has no intention|called for|calls for|urged|demanded|petition(?:s|ed|ing)? (?:to|for|call\\w*|urg\\w*|demand\\w*|ask\\w*)|denied (?:that|reports|having|banning|removing|blocking)|denies|is considering|are considering|is weighing|debate over|proposal to|bill (?:that )?would|football|soccer|(?:\\d+|one|two|three|four|five|six|ten) (?:matches|games)|match ban|referee|doping|plastic bags?|fishing|smoking|ban on (?:sales|imports|exports|the sale))\\b",
  followCues:
    '\\b(?:followed suit|did the same|did likewise|followed(?: shortly)?(?: (?:after|later|on \\w+|the next day|a day later|(?:a|one|two|three) days? later))?|soon followed|also followed|took the same (?:step|decision)|took similar (?:action|steps)|followed (?:its|their|his|her) lead|joined (?:them|in))\\b',
  pronounTargets:
    // "him" and "her" after the verb ("Twitter reinstated him") are taken with the next character: a bare match of
    // three letters or fewer counts only right before the verb, where Romance clitics stand.
    '(?:(?:them|it|its app|the app|the site|the platform|the network|the service|the company|the account|his account|her account|his accounts|her accounts|their accounts?|the channel|his channel|her channel|the group|(?:that|this) (?:account|app|site|channel|page|forum|fundraiser|campaign)|(?:those|these) (?:accounts|apps|sites|channels|pages)|(?:it|them) (?=off\\b|out of\\b)off|the fundraiser|the campaign|the forum|the messaging app|the messaging service|the video app|the short-video app|the social network|the social media platform|the video-sharing platform|the streaming service|the website|the outlet|the broadcaster|the podcast|the show)(?![\\p{L}\\p{N}])|(?:him|her)(?=[\\s,.;:!?)"”’]|$)[\\s,.;:!?)"”’]?)',
  roleWords:
    '\\b(?:president|former president|rapper|singer|influencer|commentator|pundit|journalist|activist|senator|congressman|congresswoman|lawmaker|deputy|minister|host|presenter|youtuber|streamer|politician|candidate|leader|blogger|podcaster|conspiracy theorist|musician|actor|comedian|broadcaster)\\s*$',
  permanentCues: '\\b(?:permanently|for good|indefinitely and permanently|lifetime)\\b',
  clauseBoundaries:
    '[;:]|,\\s*with\\s(?=(?:[\\p{L}’-]+\\s){0,10}?(?:saying|says|said|calling|arguing|adding|citing|promising|vowing|accusing)\\b)|,\\s*(?=(?-i:\\p{Lu})[\\p{L}\\d-]*(?:\\s+(?:and|&)\\s+(?-i:\\p{Lu})[\\p{L}\\d-]*){0,3}\\s+(?:has|have|had|is|was|were|are|did|does|also|holds?|held|says?|said|follows?|followed|keeps?|kept|remains?|remained|stays?|stayed|refuses?|refused|declines?|declined|waits?|waited)\\b)|,\\s*(?:and|but|while|whereas|after|before|when|which|as|days?|weeks?|hours?|saying|citing|according)\\b|\\s(?:but|while|whereas|after|because|since|when|although|in which|during which|where)\\s|(?<!,\\s(?:a|an|the|its|whose)\\s[^,;]{0,100}),\\s*(?=[^,]{0,40}\\b(?:said|says|told|announced)\\b)',
  serviceWords: [
    ...SHARED_SERVICE_WORDS,
    { pattern: 'app stores?|its store|the store|marketplace|store', service: 'app_store' },
    { pattern: 'host(?:ing|ed|s)?|servers?|web host|cloud (?:hosting|services)', service: 'hosting' },
    { pattern: 'domain(?: name)?s?|registrar', service: 'domain' },
    {
      pattern: 'payments?|donations?|payment process\\w*|fundrais\\w*|crowdfunding|card processing',
      service: 'payments',
    },
    { pattern: 'DDoS protection|security services|protection services', service: 'cdn_security' },
    { pattern: 'monetiz\\w*|monetis\\w*|advertising|ads|ad revenue', service: 'monetization' },
    { pattern: 'channels?', service: 'channel' },
    { pattern: 'show|episodes|music|songs|albums?|audiobooks?', service: 'content' },
    { pattern: 'accounts?|profiles?|handle|pages?', service: 'account' },
    {
      pattern: 'nationwide|in the country|access to|across the country|country-wide',
      service: 'country_access',
    },
  ],
  targetIntroducers:
    '(?:the (?:app|application|site|website|platform|network|service|forum|channel|account|podcast|show|group|messaging app|social network)(?: of)?|the (?:(?:official|personal|main|verified|public) )?accounts? of|(?:his|her|its) accounts?|app|website|site|forum)\\s*$',
  nameStopWords: [
    'The',
    'A',
    'An',
    'On',
    'In',
    'At',
    'Its',
    'His',
    'Her',
    'Their',
    'This',
    'That',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
    ...ENGLISH_MONTH_NAMES,
    'After',
    'Before',
    'Since',
    'It',
    'He',
    'She',
    'They',
  ],
};
