import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published = '2024-08-31'): string[] {
  return extractClaims({ text, lang: 'pt', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service}`)
    .sort();
}

describe('pt round 6: having one\'s accounts cut is a passive ("teve a conta suspensa")', () => {
  test('"teve seus perfis … suspensos pela Justiça Eleitoral"', () => {
    expect(
      summary(
        'O influenciador Pablo Marçal teve seus perfis nas redes sociais suspensos pela Justiça Eleitoral no sábado.',
      ),
    ).toEqual(['br-electoral-court block pablo-marcal country_access']);
  });
  test('"teve a conta bloqueada pelo Twitter"', () => {
    expect(summary('Allan dos Santos teve a conta bloqueada pelo Twitter.')).toEqual([
      'x block allan-dos-santos account',
    ]);
  });
});

describe('pt round 6: orders to cut ("mandou suspender", "determinou … a suspensão imediata")', () => {
  test('"mandou as operadoras suspenderem"', () => {
    expect(summary('A Justiça Eleitoral mandou as operadoras suspenderem o Telegram por 48 horas.')).toEqual([
      'br-electoral-court block telegram country_access',
    ]);
  });
  test('"determinou na noite desta sexta-feira (30) a suspensão imediata e integral do …"', () => {
    expect(
      summary(
        'O ministro Alexandre de Moraes determinou na noite desta sexta-feira (30) a suspensão imediata e integral do Rumble em todo o território nacional.',
      ),
    ).toEqual(['br-supreme-court block rumble country_access']);
  });
  test('the suspension of a sale is no cut-off', () => {
    expect(
      summary(
        'O Ministério da Justiça determinou nesta terça-feira (6) a suspensão da venda de iPhones sem carregador em todo o país.',
      ),
    ).toEqual([]);
  });
  test('"determinou o fim do bloqueio" does not block', () => {
    expect(summary('O ministro determinou o fim do bloqueio do Telegram.')).not.toContain(
      'br-supreme-court block telegram country_access',
    );
  });
});

describe('pt round 6: the cut itself lifted ("o bloqueio foi revogado pelo …")', () => {
  test('"O bloqueio do Telegram foi revogado pelo STF"', () => {
    expect(summary('O bloqueio do Telegram foi revogado pelo Supremo Tribunal Federal.')).toEqual([
      'br-supreme-court reinstate telegram country_access',
    ]);
  });
  test('a lifted order that never took effect is no event', () => {
    expect(summary('Juiz espanhol recua e suspende bloqueio do Telegram antes de entrar em vigor')).toEqual(
      [],
    );
  });
});

describe('pt round 6: headline present tense and broadcast bans', () => {
  test('"Google tira Parler da loja de apps"', () => {
    expect(summary('Google tira Parler da loja de apps')).toEqual(['google remove parler app_store']);
  });
  test('"Facebook derruba perfil de …"', () => {
    expect(summary('Facebook derruba perfil de Allan dos Santos')).toEqual([
      'facebook remove allan-dos-santos account',
    ]);
  });
  test('"UE corta sinal da RT e da Sputnik"', () => {
    expect(summary('UE corta sinal da RT e da Sputnik', '2022-03-02')).toEqual([
      'council-of-the-eu block rt country_access',
      'council-of-the-eu block sputnik country_access',
    ]);
  });
});

describe('pt round 6: anaphora and announced requests', () => {
  test('"a conta oficial do candidato" stands for the person named before', () => {
    expect(
      summary(
        'Pablo Marçal teve seus perfis suspensos pela Justiça Eleitoral. O Instagram já derrubou a conta oficial do candidato.',
      ),
    ).toEqual([
      'br-electoral-court block pablo-marcal country_access',
      'instagram remove pablo-marcal account',
    ]);
  });
  test('"pedirá ao STF a suspensão" is a request, not a cut', () => {
    expect(
      summary('O senador anunciou que pedirá ao STF a suspensão definitiva dos perfis de Jair Bolsonaro.'),
    ).toEqual([]);
  });
});

describe('pt round 6: a parenthetical relative clause does not cut the subject off its verb', () => {
  test('"O Twitter, que pertence a Elon Musk, suspendeu a conta de …"', () => {
    expect(
      summary('O Twitter, que pertence a Elon Musk, suspendeu a conta de Donald Trump.', '2021-01-09'),
    ).toEqual(['x suspend donald-trump account']);
  });
});

describe('pt round 6: an ordered restoration ("determinou o desbloqueio")', () => {
  test('"determinou nesta terça-feira o desbloqueio do X"', () => {
    expect(
      summary(
        'O ministro Alexandre de Moraes determinou nesta terça-feira o desbloqueio do X no Brasil.',
        '2024-10-09',
      ),
    ).toEqual(['br-supreme-court reinstate x country_access']);
  });
});

describe('pt round 6: a continent is never a target', () => {
  test('"bloqueou canais na Europa"', () => {
    expect(summary('O YouTube já tinha bloqueado canais na Europa.', '2022-03-02')).toEqual([]);
  });
});

describe('pt round 6: a stated cause is not a call, a threat or a deadline', () => {
  test.each([
    [
      'A pedido de um deputado, o STF bloqueou o Telegram em todo o país.',
      'br-supreme-court block telegram country_access',
    ],
    [
      'Após pressão de anunciantes, o YouTube removeu o canal de Alex Jones.',
      'youtube remove alex-jones channel',
    ],
    [
      'Após o fim do prazo, o ministro Alexandre de Moraes determinou o bloqueio do Rumble.',
      'br-supreme-court block rumble country_access',
    ],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
  test.each([
    'O PT fez um pedido de suspensão do Telegram ao STF.',
    'A Anatel está considerando o bloqueio do Telegram.',
    'O desembargador considerou que a suspensão total do Telegram não era razoável.',
  ])('still nothing: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('pt round 6: cut nouns with adjectives, games and agents with a title', () => {
  test('"a suspensão imediata e integral do X"', () => {
    expect(summary('O STF confirmou a suspensão imediata e integral do X em todo o país.')).toEqual([
      'br-supreme-court block x country_access',
    ]);
  });
  test('a game removed from a store is no sport', () => {
    expect(summary('A Apple removeu o jogo Fortnite da App Store.', '2020-08-14')).toEqual([
      'apple remove fortnite app_store',
    ]);
  });
  test('a player suspended for four games is sport', () => {
    expect(summary('Paul Pogba foi suspenso por quatro jogos.')).toEqual([]);
  });
  test('"por decisão do ministro …" names the agent', () => {
    expect(summary('O perfil de Monark foi derrubado por decisão do ministro Alexandre de Moraes.')).toEqual([
      'br-supreme-court block monark country_access',
    ]);
  });
});

describe('pt round 6: bank accounts are money, not a service', () => {
  test('"teve as contas bancárias bloqueadas"', () => {
    expect(
      summary('A Starlink teve as contas bancárias bloqueadas pelo ministro Alexandre de Moraes.'),
    ).toEqual([]);
  });
});

describe('pt round 6: the platform an order is addressed to is not its target', () => {
  test('"mandou a Meta derrubar a conta de …"', () => {
    expect(summary('O ministro Alexandre de Moraes mandou a Meta derrubar a conta de Monark.')).not.toContain(
      'br-supreme-court block meta country_access',
    );
  });
});

describe('pt round 6: "a rede social" as the subject of an active verb acts; "a conta" is the last target\'s', () => {
  test('"A rede social já havia bloqueado a conta"', () => {
    expect(
      summary(
        'O Twitter suspendeu permanentemente a conta de Donald Trump. A rede social já havia bloqueado a conta por 12 horas na quarta-feira.',
        '2021-01-09',
      ),
    ).toEqual(['x ban donald-trump account', 'x block donald-trump account']);
  });
  test('"A rede social voltou a funcionar" is still the target', () => {
    expect(
      summary(
        'O STF bloqueou o X no dia 30. A rede social voltou a funcionar no Brasil nesta terça.',
        '2024-10-09',
      ),
    ).toEqual(['br-supreme-court block x country_access', 'br-supreme-court reinstate x country_access']);
  });
  test('suspending a passage of a decision is no cut-off', () => {
    expect(
      summary(
        'Horas depois, o próprio ministro suspendeu esse trecho da decisão "para evitar transtornos desnecessários a terceiras empresas".',
      ),
    ).toEqual([]);
  });
});
