import { SHARED_SERVICE_WORDS } from './shared.ts';
import type { LanguageLexicon, VerbRule } from './types.ts';

/**
 * "teve seus perfis suspensos", "tiveram as contas bloqueadas", "tinha tido o canal removido": having one's accounts
 * cut is a passive whose subject is the target ("Pablo Marçal teve seus perfis suspensos pela Justiça Eleitoral").
 */
function hadItCut(participle: string, action: VerbRule['action']): VerbRule {
  return {
    pattern: `(?:teve|tiveram|tem|têm|tinha|tinham)(?: tido)? (?:seus|suas|seu|sua|o|a|os|as) (?:contas?|perfis|perfil|canal|canais|páginas?|aplicativos?|apps?|sites?|domínios?)(?! bancári)(?: [\\p{L}\\d@.-]+){0,4}? (?:${participle})(?:o|a|os|as)\\b`,
    action,
    passive: true,
  };
}

/** Portuguese (Brazil and Portugal). "já não", "não … mais" state an ended service; a bare "não" negates. */
export const PT_LEXICON: LanguageLexicon = {
  lang: 'pt',
  // Stems the per-sentence pre-filter must let through for the rules below (prefilter.ts merges them).
  prefilterStems: [
    'levantad',
    'revogad',
    'anulad',
    'derrubad',
    'silenciou',
    'silenciaram',
    'silenciad',
    'silencia',
    'silenciam',
    'silenciava',
    'impedi',
    'impede',
    'barramento',
    'barrou',
    'barrad',
    'barraram',
    'barrar',
    'retev',
    'retiveram',
    'retém',
    'retêm',
    'já não está',
    'já não estava',
    'já não estão',
    'já não estavam',
    'já não pode',
    'já não podia',
    'já não podem',
    'já não podiam',
    'sumiu',
    'sumiram',
    'desapareceu',
    'desapareceram',
    'modo de leitura',
    'modo leitura',
    'modo somente leitura',
    'modo só de leitura',
    'modo de somente leitura',
    'modo de só leitura',
    'modo de apenas leitura',
    'modo apenas leitura',
    'modo só leitura',
    'modo de só leitura',
    'revert',
    'reversão',
    'o alcance',
    'a visibilidade',
    'a distribuição',
    'devolveu',
    'devolveram',
    'devolve',
    'devolvem',
    'devolvido',
    'devolvida',
    'recuperou',
    'recuperaram',
    'recupera',
    'recuperam',
    'deslig',
    'sem hospedagem',
    'sem servidor',
    'sem domínio',
    'sem conta',
    'sem perfil',
    'sem canal',
    'sem alojamento',
    'monetiza',
    'desabilit',
    'reabilit',
    'permitiu a volta',
    'permitiram a volta',
    'permitiu o retorno',
    'permitiram o retorno',
    'permitiu o regresso',
    'permitiram o regresso',
  ],
  verbs: [
    // An order to others ("ordered internet providers to block", "a ordonné aux opérateurs de bloquer"): the one who
    // orders blocks; the infinitive would otherwise read as a call or a demand.
    {
      pattern:
        '(?:determin|orden)(?:ou|ara|a) (?:[\\p{L}\\d-]+ ){0,5}?(?:que )?(?:bloque(?:ie|iem|ar|assem)|suspend(?:a|am|er|essem))|(?:obrig|intim|notific)(?:ou|aram|ara|a|am) (?:[\\p{L}\\d-]+ ){1,5}?(?:a|para) (?:bloque(?:ar|arem)|suspender(?:em)?|impedir(?:em)? o acesso|cortar(?:em)? o acesso|tirar(?:em)? do ar|barr(?:ar|arem) o acesso)\\b',
      action: 'block',
    },
    // "mandou as operadoras suspenderem o aplicativo", "Moraes manda suspender o X": an order to cut, by the one who orders.
    {
      pattern:
        'mand(?:ou|a|am|aram|ara)(?: (?-i:[\\p{Ll}\\d(])[\\p{L}\\d()-]*){0,5}? (?:suspender|bloquear|banir|remover|retirar|derrubar|tirar do ar|suspenderem|bloquearem|removerem|retirarem|derrubarem|tirarem do ar)',
      action: 'block',
    },
    // An order to restore, addressed to an unnamed party ("obrigou a empresa a restabelecer os canais", "mandou a
    // plataforma reativar o perfil", "determinou que a rede social desbloqueie a conta"): the one who orders restores.
    {
      pattern:
        '(?:obrig|mand|orden|determin|intim|conden)(?:ou|aram|a|am|ara)(?: (?-i:[\\p{Ll}\\d(])[\\p{L}\\d()-]*){1,5}? (?:a |que )?(?:restabelecer|reativar|restaurar|desbloquear|devolver|recolocar|repor|reintegrar|readmitir|restabeleça|reative|restaure|desbloqueie|devolva|reintegre|restabelecerem|reativarem|restaurarem|desbloquearem|devolverem)\\b',
      action: 'reinstate',
    },
    // An ordered restoration: "determinou o desbloqueio do Telegram", "ordenou a reativação do perfil".
    {
      pattern:
        '(?:determin|orden|decret)(?:ou|ara|aram|a|am)(?: (?-i:[\\p{Ll}\\d(])[\\p{L}\\d()-]*){0,6}? (?:o |a )?(?:desbloqueio|reativação|restabelecimento|liberação|retorno|volta|restauração)\\b',
      action: 'reinstate',
    },
    // "determinou na noite desta sexta-feira (30) a suspensão imediata … do X": the ordered cut, not its lifting
    // ("determinou o fim do bloqueio", "a suspensão do bloqueio") nor the sale of a product ("a suspensão da venda").
    {
      pattern:
        '(?:determin|orden|decret)(?:ou|ara|aram|a|am)(?: (?!fim\\b|revoga|levantament|derrubad|anula|suspensão d[oa]s? (?:bloqueio|suspensão|proibição|decisão|ordem|liminar))(?-i:[\\p{Ll}\\d(])[\\p{L}\\d()-]*){0,6}? (?:o |a )?(?:bloqueio|suspensão|banimento|remoção|derrubada|retirada|exclusão|desativação|barramento)(?! (?:\\p{L}+ )?d[oa]s? (?:bloqueio|suspensão|proibição|banimento|decisão|ordem|liminar|medida|venda|vendas|comercialização|importação|julgamento|processo|prazo|pagamentos?|contratos?|obras?|licitação|efeitos|inquérito|audiência|sessão|tramitação|votação|análise|aulas)\\b)',
      action: 'block',
    },
    // Having one's accounts cut: "teve seus perfis suspensos", "tiveram as contas bloqueadas" (passive, subject = target).
    hadItCut('suspens|desativad', 'suspend'),
    hadItCut('banid|exclu[ií]d', 'ban'),
    hadItCut('removid|derrubad|retirad|apagad', 'remove'),
    hadItCut('bloquead', 'block'),
    // The cut itself lifted: "A suspensão foi derrubada pelo STF", "o bloqueio do Telegram foi revogado pelo TRF-2".
    {
      pattern:
        '(?:suspensão|bloqueio|proibição|banimento)(?: [\\p{L}\\d()-]+){0,8}? (?:foi|foram|acabou|acabaram|tinha sido|havia sido|fora|seria) (?:\\p{L}+ )?(?:derrubad|revogad|suspens|anulad|cassad|levantad|revertid)[oa]s?\\b',
      action: 'reinstate',
      passive: true,
    },
    // Suspending or overturning the order that cut ("suspendeu a decisão que bloqueava …") lifts the cut: a restoration.
    {
      pattern:
        '(?:suspend(?:eu|eram|e)|derrub(?:ou|aram|a|am)|anul(?:ou|aram|a)|revog(?:ou|aram|a)|cass(?:ou|aram|a))(?: [\\p{L}\\d()-]+){0,3}? (?:a |as |o |os )?(?:decisão|decisões|ordem|liminar|medida) que (?:\\p{L}+ )?(?:bloque(?:ava|ou|ado)|suspend(?:ia|eu|ido)|proibi(?:a|do)|bani(?:a|do)|determin(?:ava|ado)|orden(?:ava|ado)|tir(?:ava|ou|ado)|derrub(?:ava|ou|ado)|remov(?:ia|eu|ido)|retir(?:ava|ou|ado))',
      action: 'reinstate',
    },
    // The ordered cut as a passive subject: "o bloqueio do X foi determinado por Moraes", "a suspensão do Telegram
    // havia sido ordenada pela Justiça", "o banimento foi decretado pelo STF".
    {
      pattern:
        '(?:bloqueio|suspensão|banimento|remoção|derrubada)(?: d[oa]s? [\\p{L}\\d@.-]+(?: [\\p{Lu}\\d][\\p{L}\\d@.-]*){0,3})?(?:,? (?:em|no|na) [\\p{L}\\d ]{1,30},?)? (?:foi|foram|tinha sido|havia sido|fora) (?:\\p{L}+ )?(?:determinad|ordenad|decretad)[oa]s?\\b|(?:bloqueio|suspensão|banimento|remoção|derrubada)(?: d[oa]s? [\\p{L}\\d@.-]+(?: [\\p{Lu}\\d][\\p{L}\\d@.-]*){0,3})?, (?:determinad|ordenad|decretad)[oa]s?(?= (?:por|pel[oa]s?)\\b)',
      action: 'block',
      passive: true,
    },
    // Overturning the order itself ("o TJ derrubou a medida", "suspendeu a decisão", "cassou a liminar", "anulou a
    // ordem de bloqueio"): a restoration, never a removal ("derrubou" alone is "took down").
    {
      pattern:
        '(?:derrub(?:ou|aram|a|am|ado|ada)|suspend(?:eu|eram|e|em)|cass(?:ou|aram|a|am)|anul(?:ou|aram|a|am)|revog(?:ou|aram|a|am))(?: (?:também|ainda|então|logo|depois|horas depois))? (?:a |as |o |os )(?:medida|medidas|decisão|decisões|liminar|liminares|ordem|ordens|determinação)\\b(?! (?:provisória|cautelar de|que (?:autoriz|liber|restabelec|desbloque)))',
      action: 'reinstate',
    },
    // The service came back: "o serviço voltou", "e o aplicativo voltou horas depois" (the subject is the target).
    {
      pattern:
        '(?:o serviço|o aplicativo|o app|a plataforma|a rede social|o site|o acesso) (?:só |então |logo )?volt(?:ou|aram)(?= *(?:[.;,]|$| (?:ao normal|a operar|a ser acessad|a ser liberad|no Brasil|em todo o país|horas depois|no dia seguinte|dias depois|no mesmo dia|na mesma noite|por volta)))',
      action: 'reinstate',
      passive: true,
    },
    // Lifting a cut-off: the cut noun must not fire on its own ("lifted the ban", "revogou a suspensão").
    {
      pattern:
        '(?:revog(?:ou|ada|ado|ar|ação|a)|levant(?:ou|ada|ado|ar|amento|a)|revert(?:eu|eram|e|em|ida|ido|er)|reversão d[oa]|fim|suspend(?:eu|eram|ido|e|em)|derrub(?:ou|ada|ado|ar|a|am)|anul(?:ou|ada|ado|ar|a)|autoriz(?:ou|ar) (?:a |o )?(?:liberação|retorno|volta|desbloqueio)|liberação|desbloqueio|restabelecimento)(?: [\\p{L}\\d()-]+){0,5}? (?:a |o )?(?:ordem de )?(?:suspensão|proibição|bloqueio|banimento)',
      action: 'reinstate',
    },
    // States, not acts: the subject is the target ("Parler is back on the App Store"); listed first so they win.
    {
      pattern:
        'volt(?:ou|aram|a|am) (?:a funcionar|ao ar|às|aos|à|ao|a estar|a ficar|a poder ser (?:descarregad|baixad|instalad|usad|utilizad|acessad))|regress(?:ou|aram|a|am) (?:às|aos|à|ao)|de volta (?:às|aos|à|ao)|novamente (?:disponível|acessível)',
      action: 'reinstate',
      passive: true,
    },
    {
      pattern:
        '(?:saiu|saíram|ficou|ficaram) (?:do|fora do) ar|fora do ar|não (?:está|estava) mais (?:disponível|acessível|no ar)|deix(?:ou|aram|a|am|ava|avam) de estar disponíve(?:l|is)|já não (?:está|estava|estão|estavam) disponíve(?:l|is)|já não (?:pode|podia|podem|podiam) ser (?:baixad|descarregad|instalad)[oa]s?|(?:sumi(?:u|ram)|desaparece(?:u|ram)) d[ao]s? (?:lojas?|App Store|Play Store|Google Play)',
      action: 'auto',
      passive: true,
    },
    {
      pattern:
        '(?:suspens\\w*|banid\\w*|removid\\w*) (?:de forma )?(?:permanente(?:mente)?|definitiva(?:mente)?)|banimento (?:permanente|definitivo)',
      action: 'ban',
    },
    {
      pattern:
        'bani(?:u|do|da|dos|das|ram|r|ra)\\b|ban(?:e|em)\\b|baniment\\w*|proib(?:iu|ido|ida|idos|idas|iram|e)\\b|expuls(?:ou|o|a|os|as|aram)\\b|exclu(?:iu|ído|ída|ídos|ídas|íram|i|em|íra)\\b',
      action: 'ban',
    },
    {
      pattern:
        'suspen(?:deu|dido|dida|didos|didas|deram|de|dem|der|dera|so|sa|sos|sas)\\b(?! (?:\\p{L}+ )?(?:esse|este|aquele|o|um|parte do|parte da) (?:trecho|item|parágrafo|ponto|dispositivo|artigo)s?\\b)|suspensão(?! d[oae]s? (?:venda|vendas|comercialização|importação|julgamento|processo|prazo|pagamentos?|contratos?|obras?|licitação|efeitos|inquérito|audiência|sessão|tramitação|votação|análise|aulas)\\b)(?: [\\p{L}\\d]+){0,3}? d[oae]s?\\b|desativ(?:ou|ado|ada|ados|adas|aram|a|am|ara)\\b',
      action: 'suspend',
    },
    {
      pattern:
        'remov(?:eu|ido|ida|idos|idas|eram|e|era)\\b|retir(?:ou|ado|ada|ados|adas|aram|a|am|ara)\\b|derrub(?:ou|ado|ada|ados|aram|a|am|ara)\\b|apag(?:ou|ado|ada|aram|a|am|ara)\\b|delet(?:ou|ado|ada|ados|adas|aram|a|am)\\b|tir(?:ou|ado|ada|aram|a|am)\\b|remoção d[oa]s?\\b|(?:saiu|sair) d[oa]s?\\b',
      action: 'remove',
    },
    // "encerrou o canal de …": closing a channel or a profile removes it (closing an account with a payer ends a service).
    {
      pattern:
        'encerr(?:ou|aram|ado|ada|a|am) (?:\\p{L}+ )?(?:os |o |as |a |seu |seus |sua |suas )?(?:canal|canais|perfil|perfis|páginas?)\\b',
      action: 'remove',
    },
    {
      pattern:
        '(?:fech(?:ou|aram|ado|ada|a|am)|derrub(?:ou|aram|a|am)) (?:\\p{L}+ )?(?:as |a |o |os |suas |sua |seu |seus )?(?:contas?|páginas?|canal|canais|perfil|perfis)',
      action: 'remove',
    },
    {
      pattern:
        'deix(?:ou|aram|ado|ar|a) de (?:hospedar|alojar|prestar|oferecer|processar|proteger)|já não (?:hospeda|está hospedad\\w*|está disponível)|não (?:está|estava) mais (?:hospedad\\w*|disponível|acessível|no ar)|encerr(?:ou|ado|ada|aram|a|am) (?:o |os |a |as )?(?:contrato|serviços?|conta|hospedagem|parceria)|rescindi\\w*|cancel(?:ou|ado|ada|aram) (?:o |a )?(?:contrato|serviço|conta|domínio|hospedagem)|cort(?:ou|aram) (?:os )?(?:laços|serviços)|fora do ar|tir(?:ou|ado|ada|aram|a|am) do ar',
      action: 'terminate',
    },
    {
      pattern:
        'cort(?:a|am|ou|aram|ado|ada) (?:o )?sinal d[oae]s?\\b|bloque(?:ou|ado|ada|ados|adas|aram|ar|ia|iam|ara)\\b|bloqueio(?: \\p{L}+){0,3}? d[oae]s?\\b|censur(?:ou|ado|ada)\\b',
      action: 'block',
    },
    {
      pattern:
        'congel(?:ou|ado|ada|aram)\\b|desmonetiz\\w*|restring(?:iu|ido|ida|idos|idas|iram|e|em|ia|iam)\\b|limit(?:ou|ado|ada|aram|a|am|ava|avam) (?:o alcance|a visibilidade|o acesso|as funções|algumas funções)|reduz(?:iu|iram|ia|iam|ido|ida|em|e) (?:o alcance|a visibilidade|a distribuição)|(?:teve|tiveram) (?:o |a )?(?:alcance|visibilidade) (?:limitad|reduzid)\\w*',
      action: 'restrict',
    },
    // Round 7. Newsroom synonyms: "desabilitou a conta" (suspend), "cortou o acesso ao" (block), "reabilitou a conta",
    // "permitiu a volta de", "deixou Trump voltar" (restore).
    {
      pattern: 'desabilit(?:ou|aram|ado|ada|ados|adas|a|am)\\b',
      action: 'suspend',
    },
    {
      pattern: 'cort(?:ou|aram|a|am|ado|ada) o acesso (?:a|ao|aos|à|às)\\b',
      action: 'block',
    },
    {
      pattern:
        'reabilit(?:ou|aram|ado|ada|ados|adas)\\b|permiti(?:u|ram)(?: [\\p{L}\\d()-]+){0,3}? (?:a volta|o retorno|o regresso)\\b|deix(?:ou|aram|a|am) (?:[\\p{L}\\d-]+ ){1,4}?voltar\\b',
      action: 'reinstate',
    },
    // Round 7. A repeated or fresh cut with its infinitive ("a Rússia voltou a bloquear o Telegram", "o Twitter acaba de
    // suspender a conta"), and monetisation withdrawn ("cancelou a monetização do canal"): a restriction, not a cut.
    {
      pattern:
        '(?:volt(?:ou|aram|a|am|ara|ava|avam) a|acab(?:ou|aram|a|am|ara) de) (?:bloquear|censurar|cortar o acesso)\\b',
      action: 'block',
    },
    {
      pattern:
        '(?:volt(?:ou|aram|a|am|ara|ava|avam) a|acab(?:ou|aram|a|am|ara) de) (?:suspender|desativar)\\b',
      action: 'suspend',
    },
    {
      pattern:
        '(?:volt(?:ou|aram|a|am|ara|ava|avam) a|acab(?:ou|aram|a|am|ara) de) (?:banir|excluir|expulsar)\\b',
      action: 'ban',
    },
    {
      pattern:
        '(?:volt(?:ou|aram|a|am|ara|ava|avam) a|acab(?:ou|aram|a|am|ara) de) (?:remover|retirar|derrubar|apagar|tirar do ar)\\b',
      action: 'remove',
    },
    {
      pattern: '(?:cancel|suspend|suspen|retir|desativ|cort|tir)\\p{L}* (?:a |sua |toda a )?monetização\\b',
      action: 'restrict',
    },
    // Round 7. Keeping a country from reaching a service ("impediu o acesso ao The Pirate Bay", "o barramento dos sites",
    // "barrou o acesso a"): a block.
    {
      pattern:
        '(?:impedi(?:u|ram|a|am|r|do|da)|imped(?:e|em)) o acesso (?:a|ao|aos|à|às)\\b|barramento d[oa]s?\\b|barr(?:ou|aram|a|am|ado|ada) o acesso (?:a|ao|aos|à|às)\\b',
      action: 'block',
    },
    // An account kept from posting ("o que o impedia de publicar"), a read-only mode, accounts withheld ("reteve as contas
    // no Brasil"): restrictions. The passive "a conta foi retida" was tried and dropped: its stem let through a sentence
    // whose names then fed a wrong pronoun target on a development article.
    {
      pattern:
        '(?:impedi(?:u|ram|a|am)|imped(?:e|em)) de (?:publicar|postar|transmitir|comentar|fazer (?:lives|transmissões))\\b',
      action: 'restrict',
      passive: true,
    },
    {
      pattern: '(?:em|no) modo (?:de )?(?:somente |só |apenas )?leitura\\b',
      action: 'restrict',
    },
    {
      pattern: 'ret(?:eve|iveram|ém|êm) (?:a |as |o |os )?(?:contas?|perfis|perfil)\\b',
      action: 'restrict',
    },
    // Giving the account back ("devolveu a conta a Trump", "devolveram o acesso ao perfil"), getting it back ("Bolsonaro
    // recuperou o perfil"): restorations.
    {
      pattern:
        'devolv(?:eu|eram|e|em|ido|ida)(?: [\\p{L}\\d()-]+){0,3}? (?:a conta|as contas|o perfil|os perfis|o acesso|o canal|os canais)\\b',
      action: 'reinstate',
    },
    {
      pattern:
        'recuper(?:ou|aram|a|am)(?: [\\p{L}\\d-]+){0,3}? (?:a|as|o|os|sua|suas|seu|seus) (?:contas?|perfil|perfis|canal|canais)\\b',
      action: 'reinstate',
      passive: true,
    },
    // Switching a client off ("a Amazon desligou o Parler"), leaving it without hosting ("o Parler ficou sem hospedagem").
    {
      pattern: 'deslig(?:ou|aram|a|am|ado|ada)\\b',
      action: 'terminate',
    },
    {
      pattern:
        '(?:fic(?:ou|aram|a|am)|tinha ficado) sem (?:hospedagem|servidor(?:es)?|domínio|contas?|perfil|canal|alojamento)\\b',
      action: 'auto',
      passive: true,
    },
    // Silencing an account or a service ("o Twitter silenciou o perfil", "o Judiciário silencia o aplicativo"): a cut.
    {
      pattern: 'silenci(?:ou|aram|a|am|ado|ada|ados|adas|ava|avam)\\b',
      action: 'suspend',
    },
    {
      pattern:
        'rep(?:ôs|useram|usera|õe|õem|ost[oa]s?)\\b|recoloc(?:ou|aram|ad[oa]s?)\\b|volt(?:ou|aram|a|am) a (?:disponibilizar|oferecer|listar|hospedar|aceitar|permitir|autorizar|admitir|habilitar)\\b|restabelec(?:eu|idos?|idas?|eram|e)\\b|autoriz(?:ou|ado|ada)(?: [\\p{L}\\d()-]+){0,3}? (?:a volta|o retorno|a liberação|o desbloqueio)|restaur(?:ou|ados?|adas?)\\b|reintegr(?:ou|ados?|adas?)\\b|readmit(?:iu|idos?|idas?)\\b|desbloque(?:ou|ado|ada|aram|io|ia|iam)\\b|reativ(?:ou|ado|ada|aram|a|am)\\b|liber(?:ou|ado|ada|aram|ação d[oa]) (?:o |a )?(?:acesso|funcionamento|retorno|volta)?|volt(?:ou|aram) (?:a funcionar|ao ar|às|aos|à|ao|a estar|a ficar)|de volta (?:às|aos|à|ao)|(?:levant(?:ou|ada|ado)|revog(?:ou|ada|ado)|derrubou)(?: [\\p{L}\\d-]+){0,3}? (?:a |o )?(?:suspensão|proibição|bloqueio|banimento)|novamente (?:disponível|acessível)',
      action: 'reinstate',
    },
    {
      // A lifted cut as the passive subject, with or without its object ("o bloqueio foi levantado na quinta-feira"):
      // the lifted cut is the one the article reported, lifted by whoever imposed it (extract.ts).
      pattern:
        '(?:bloqueio|suspensão|proibição|medida)(?=(?: (?:de|do|da|ao|à) [^.;:]{1,60}?)? (?:foi|foram|tinha sido|tinham sido|havia sido|fora) (?:levantad[oa]s?|revogad[oa]s?|anulad[oa]s?|derrubad[oa]s?)(?![\\p{L}]))',
      action: 'reinstate',
      passive: true,
    },
  ],
  passiveMarkers:
    '(?:foi|foram|tinha sido|tinham sido|tem sido|sido|ficou|ficaram|está|estão|estava|estavam|é|são|era|eram|acabou|(?:segue|seguem|seguia|seguiam|continua|continuam|continuava|continuavam|permanece|permanecem|permanecia|permaneciam)(?! (?:a|sem)\\b))',
  agentMarkers:
    '(?:por (?:ordem|decisão|determinação) d[oa]s?(?: (?:ministr[oa]|juiz|juíza|desembargador\\w*|relator\\w*|presidente))?|por|pelo|pela|pelos|pelas)',
  sourceMarkers: '(?:de|do|da|dos|das)',
  locativeMarkers: '(?:no|na|nos|nas|em)',
  listJoiners: '(?:e|,|assim como|ou)',
  cancelCues:
    '(?:contas? bancárias?|sob pena d[eao]|(?<!já\\s)\\bnão\\b(?!\\s+(?:está|estava)\\s+mais)|\\bnunca\\b|\\bnem\\b|\\bnenhum\\w*|recus\\w*|pedir(?:á|ão|ia|iam)?\\b|neg(?:ou|aram|a)\\b|poderia\\w*|\\bpode\\b|podem|deveria\\w*|\\bvai\\b|\\bvão\\b|planej\\w*|plano de|estud(?!ante)\\w*|consider(?!ad[oa]s?\\b)\\w*|avali(?!aç)\\w*|ameaç\\w*|ultimato|\\bse\\b(?= \\w+ (?:não|for|forem))|a menos que|pediu|pedem|(?<!(?:^|\\s)a\\s)pedidos? (?:de|para)\\b|exig\\w*|cobr\\w*|petição|(?<!(?:sob|após|após a|depois da|depois de|diante da|com a) )pressão|quer\\b|querem|propost\\w*|projeto de lei|desment\\w*|rumor\\w*|tem(?:e|em|or)\\b|medo|risco|arrisca\\w*|horas para|dias para|(?<!(?:fim|término|expiração|vencimento|esgotamento|final) do )prazo(?! (?:expirou|terminou|venceu|acabou|esgotou|se esgotou))|tent\\w*|prestes a|estaria\\w*|teria\\w*)',
  sentenceCancelCues:
    '(?:(?:é|foi) a (?:segunda|terceira|quarta) vez que|antes de (?:entrar|entrarem) em vigor|aplicação da lei|aplicar (?:a|sua) lei|ameaç(?:ou|a|am|ando) |tem(?:or|ores|e|em)\\b|especul\\w*|rumor\\w*|hipotétic\\w*|pedir(?:á|ão|ia|iam)\\b|pediu|pedem|exige\\w*|exigiu|desment\\w*|projeto de lei|futebol|partidas?\\b|(?:\\d+|um|dois|duas|três|quatro|cinco|seis|oito|dez|doze) jogos?\\b|jogos? (?:oficiais|do campeonato|da seleção|de futebol)|árbitro|doping|sacolas plásticas|sacos plásticos|pesca|\\?$)',
  followCues:
    '(?:fez o mesmo|fizeram o mesmo|seguiu (?:o exemplo|os passos|a mesma (?:linha|decisão)|pouco depois)|seguiram (?:o exemplo|os passos)|juntou-se|tomou a mesma decisão|imitou)',
  pronounTargets:
    '(?:(?:a conta|o perfil|os perfis|as contas|o canal|os canais|a página)(?: oficial| pessoal)? d[oa] (?:candidat[oa]|president[ea]|ex-president[ea]|deputad[oa]|senador[a]?|ministr[oa]|influenciador[a]?|cantor[a]?|rapper|blogueir[oa]|empresári[oa]|youtuber|jornalista|ativista|polític[oa]|apresentador[a]?|humorista)|\\p{L}+(?:iu|ou|eu|am|ram)-(?:o|a|os|as|lo|la|los|las|no|na)\\b|\\bo\\b|\\ba\\b|\\bos\\b|\\bas\\b|-o\\b|-a\\b|-lo\\b|-la\\b|(?:o aplicativo|a aplicação|a rede(?: social)?|a plataforma|o site|do aplicativo|da aplicação|o jogo|do jogo|o game)(?!(?: [\\p{L}-]+)?,? (?:já |também |ainda |então |depois )?(?:(?:havia|tinha|teve) \\p{L}+(?:ado|ido)\\b|(?!(?:voltou|ficou|foi|estava|está|esteve|continuou|segue|seguia)\\b)\\p{L}+(?:ou|eu|iu)\\b))|sua conta|suas contas|(?:a conta|as contas)(?! d[oae]s? | bancári| oficial d| pessoal d)|o perfil|o canal|o serviço|(?:os canais|os perfis|a página|as páginas)(?! d[oae]s? ))',
  roleWords:
    '(?:presidente|ex-presidente|rapper|cantor|cantora|influenciador|influenciadora|jornalista|ativista|senador|senadora|deputado|deputada|ministro|ministra|apresentador|apresentadora|youtuber|streamer|político|política|candidato|candidata|líder|blogueiro|blogueira|comentarista|humorista|empresário|empresária)\\s*$',
  permanentCues: '(?:permanente(?:mente)?|definitiva(?:mente)?|para sempre)',
  clauseBoundaries:
    '[;:]|,\\s*inclusive\\s+(?:a|as|o|os)\\s+de\\b|,\\s*(?:e|mas|enquanto|depois|antes|que(?![^,.;:]{1,60},)|quando|após|porque|segundo|o que)\\b|\\s(?:mas|enquanto|depois que|porque)\\s|\\s(?:após|depois de)\\s|\\s(?:em que|na qual|no qual|onde)\\s',
  serviceWords: [
    ...SHARED_SERVICE_WORDS,
    {
      pattern: 'lojas? (?:de aplicativos|de apps|de aplicações|virtual|digital)|sua loja|lojas?',
      service: 'app_store',
    },
    { pattern: 'hosped\\w*|servidores?|nuvem|hosting', service: 'hosting' },
    { pattern: 'domínio|registrador', service: 'domain' },
    { pattern: 'pagamentos?|doações|arrecadação|Pix', service: 'payments' },
    { pattern: 'proteção (?:contra )?DDoS|serviços de segurança', service: 'cdn_security' },
    { pattern: 'monetiz\\w*|publicidade|anúncios|receita publicitária', service: 'monetization' },
    { pattern: 'canal|canais', service: 'channel' },
    { pattern: 'podcasts?|programas?|música|músicas|álbum|álbuns', service: 'content' },
    { pattern: 'contas?|perfil|perfis|página', service: 'account' },
    {
      pattern: 'em todo o (?:país|território nacional)|no país|no Brasil|acesso|território nacional',
      service: 'country_access',
    },
  ],
  targetIntroducers:
    '(?:o (?:aplicativo|app|site|portal|fórum|canal|serviço|perfil|podcast)(?: d[oa])?|a (?:aplicação|rede social|rede|plataforma|conta|página)(?: d[oa])?|as contas d[oa]|a conta d[oa]|(?:sua|suas) contas?|aplicativo|app|plataforma)\\s*$',
  nameStopWords: [
    'O',
    'A',
    'Os',
    'As',
    'Um',
    'Uma',
    'Sua',
    'Seu',
    'Este',
    'Esta',
    'Segunda',
    'Terça',
    'Quarta',
    'Quinta',
    'Sexta',
    'Sábado',
    'Domingo',
    'Janeiro',
    'Fevereiro',
    'Março',
    'Abril',
    'Maio',
    'Junho',
    'Julho',
    'Agosto',
    'Setembro',
    'Outubro',
    'Novembro',
    'Dezembro',
    'Desde',
    'Após',
    'Depois',
    'Em',
    'No',
    'Na',
    'Ele',
    'Ela',
    'Europa',
    'Aplicativo',
    'Plataforma',
  ],
};
