import { ENGLISH_MONTH_NAMES } from '../../dates.ts';
import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon } from './types.ts';

/** English. Active and passive forms; "no longer" states an ended service, so it is a verb here, not a negation. */
export const EN_LEXICON: LanguageLexicon = {
  lang: 'en',
  verbs: [
    // An order to others ("ordered internet providers to block", "a ordonné aux opérateurs de bloquer"): the one who
    // orders blocks; the infinitive would otherwise read as a call or a demand.
    {
      pattern: "ordered (?:[\\p{L}\\d'’-]+ ){0,5}?to (?:block|suspend|ban|shut down|cut off access to)",
      action: 'block',
    },
    // Suspending or overturning the order that cut ("suspendeu a decisão que bloqueava …") lifts the cut: a restoration.
    {
      pattern:
        '(?:suspended|suspends|overturned|overturns|struck down|strikes down|stayed|stays|annulled|annuls|vacated|vacates|reversed|reverses)(?: [\\p{L}\\d-]+){0,3}? (?:the |a )?(?:order|decision|ruling|injunction|measure) (?:that|which) (?:had )?(?:blocked|banned|suspended|ordered)',
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        'back on(?: the)?|back online|(?:is|are) available again|accessible again|returned to|returns to',
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
    {
      pattern: 'bann(?:ed|ing)|bans|ban(?= (?:on|of) )|barred|expell?(?:ed|s|ing)|blacklisted',
      action: 'ban',
    },
    { pattern: 'imposed a ban on|issued a ban on|placed a ban on', action: 'ban' },
    // Lifting a cut-off: the cut noun must not fire on its own ("lifted the ban", "revogou a suspensão").
    {
      pattern:
        "(?:lifted|lifts|lifting|revoked|overturned|rescinded|reversed|ended|suspended)(?: [\\p{L}\\d'’-]+){0,4}? (?:ban|suspension|block|blocking|blockade|restrictions?|order)(?: on| of| against)?",
      action: 'reinstate',
    },
    { pattern: 'suspend(?:ed|s|ing)|suspension of', action: 'suspend' },
    { pattern: '(?:disabled|deactivated|locked)', action: 'suspend' },
    {
      pattern:
        'remov(?:ed|es|ing)|pull(?:ed|s|ing)|(?:took|taken|takes|taking) down|delist(?:ed|s|ing)|yank(?:ed|s)|(?:kicked|booted|dropped|thrown) (?:\\w+ )?(?:off|out of|from)|kick(?:ed|s)|boot(?:ed|s)',
      action: 'remove',
    },
    {
      pattern:
        'deplatform(?:ed|s|ing)|cut (?:off|ties with)|cuts (?:off|ties with)|severed ties with|dropp?(?:ed|s)',
      action: 'auto',
    },
    {
      pattern:
        '(?:stopped|ceased|stops|ceases|quit|ended) (?:hosting|serving|supporting|protecting|providing (?:services|hosting|protection))|ended (?:its )?(?:service|services|support|protection) (?:to|for)',
      action: 'terminate',
    },
    { pattern: 'no longer (?:hosts?|hosted|available|accessible|online|supports?|serves?)', action: 'auto' },
    {
      pattern:
        'terminat(?:ed|es|ing)|(?:ended|ends|canceled|cancelled) (?:its|their|the) (?:services?|contract|account|hosting|relationship|registration)|shut down (?:its|the|their)? ?(?:servers?|hosting)',
      action: 'terminate',
    },
    {
      pattern:
        '(?:shut down|closed|deleted|took down) (?:the |its |their |his |her )?(?:pages?|accounts?|channels?|profiles?|groups?)',
      action: 'remove',
    },
    {
      pattern: 'went offline|knocked offline|taken offline|pushed offline|forced offline',
      action: 'terminate',
    },
    {
      pattern: 'block(?:ed|s|ing)|restricted access to|restricts access to|censored|outlawed',
      action: 'block',
    },
    { pattern: 'ordered (?:the )?(?:\\p{L}+ )?(?:blocking|suspension|ban) of', action: 'block' },
    {
      pattern:
        'demoneti[sz](?:ed|es|ing)|froze\\b|frozen\\b|restrict(?:ed|s|ing)|throttl(?:ed|es|ing)|slowed (?:down )?|shadow-?bann(?:ed|ing)|limited the reach of|(?:placed|put|locked) (?:[\\p{L}/_-]+ ){0,4}?in(?:to)? read-only mode|geo-?block(?:ed|s|ing)|deranked|downranked|age-restricted',
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
    "\\b(?:(?:it is|it's|this is|it was) the (?:second|third|fourth|fifth) time|from enforcing|enforcement of (?:a|the|its|their) (?:new )?(?:law|ban|statute)|threaten(?:ed|s|ing)? to|did not (?:take place|happen)|never happened|would be|could be|might be|may be|if (?:it|they|he|she) (?:does|do|did)|fears? of|speculat\\w*|rumou?rs?|hypothetical\\w*|no plans? to|has no intention|called for|calls for|urged|demanded|petition|denied (?:that|reports|having|banning|removing|blocking)|denies|is considering|are considering|is weighing|debate over|proposal to|bill (?:that )?would|football|soccer|(?:\\d+|one|two|three|four|five|six|ten) (?:matches|games)|match ban|referee|doping|plastic bags?|fishing|smoking|ban on (?:sales|imports|exports|the sale))\\b",
  followCues:
    '\\b(?:followed suit|did the same|did likewise|followed (?:shortly )?(?:after|later|on \\w+|the next day)?|soon followed|also followed|took the same (?:step|decision)|joined (?:them|in))\\b',
  pronounTargets:
    '\\b(?:him|her|them|it|its app|the app|the site|the platform|the network|the service|the company|the account|his account|her account|his accounts|the channel|his channel|the group)\\b',
  roleWords:
    '\\b(?:president|former president|rapper|singer|influencer|commentator|pundit|journalist|activist|senator|congressman|congresswoman|lawmaker|deputy|minister|host|presenter|youtuber|streamer|politician|candidate|leader|blogger|podcaster|conspiracy theorist|musician|actor|comedian|broadcaster)\\s*$',
  permanentCues: '\\b(?:permanently|for good|indefinitely and permanently|lifetime)\\b',
  clauseBoundaries:
    '[;:]|,\\s*(?:and|but|while|whereas|after|before|when|which|as|days?|weeks?|hours?|saying|citing|according)\\b|\\s(?:but|while|whereas|after|because|since|when|although|in which|during which|where)\\s|,\\s*(?=[^,]{0,40}\\b(?:said|says|told|announced)\\b)',
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
    '(?:the (?:app|application|site|website|platform|network|service|forum|channel|account|podcast|show|group|messaging app|social network)(?: of)?|the accounts? of|(?:his|her|its) accounts?|app|website|site|forum)\\s*$',
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
