import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published = '2024-08-31'): string[] {
  return extractClaims({ text, lang: 'pt', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service}`)
    .sort();
}

describe('pt round 6b: the ordered cut as a passive subject ("o bloqueio foi determinado por")', () => {
  test('"o bloqueio do X foi determinado por Moraes"', () => {
    expect(summary('O bloqueio do X foi determinado por Moraes em 30 de agosto.')).toEqual([
      'br-supreme-court block x country_access',
    ]);
  });
  test('"a suspensão do Telegram havia sido ordenada pelo juiz"', () => {
    expect(summary('A suspensão do Telegram havia sido ordenada pelo juiz da comarca de Lagarto.')).toEqual([
      'br-court-lagarto block telegram country_access',
    ]);
  });
  test('a request refused is not a cut', () => {
    expect(summary('O pedido de bloqueio do X foi negado por Moraes.')).toEqual([]);
  });
});

describe('pt round 6b: overturning the order is a restoration, not a removal ("derrubou a decisão")', () => {
  test('"derrubou a decisão … e o aplicativo voltou a funcionar"', () => {
    expect(
      summary(
        'O juiz de Lagarto bloqueou o WhatsApp. O Tribunal de Justiça de Sergipe derrubou a decisão no dia seguinte e o aplicativo voltou a funcionar.',
      ),
    ).toEqual([
      'br-court-lagarto block whatsapp country_access',
      'br-tjse reinstate whatsapp country_access',
    ]);
  });
});

describe('pt round 6b: "do aplicativo" stands for the last target; a threat "sob pena de" is no cut', () => {
  test('"determinou o bloqueio do aplicativo"', () => {
    expect(
      summary(
        'O STF bloqueou o Telegram. Depois, o juiz da comarca de Lagarto determinou o bloqueio do aplicativo.',
      ),
    ).toEqual([
      'br-court-lagarto block telegram country_access',
      'br-supreme-court block telegram country_access',
    ]);
  });
  test('"ordenou a suspensão por 48 horas do WhatsApp"', () => {
    expect(summary('O juiz da comarca de Lagarto ordenou a suspensão por 48 horas do WhatsApp.')).toEqual([
      'br-court-lagarto block whatsapp country_access',
    ]);
  });
  test('"sob pena de suspensão da plataforma"', () => {
    expect(
      summary(
        'Moraes intimou Musk a indicar um novo representante legal no Brasil em 24 horas, sob pena de suspensão do aplicativo.',
      ),
    ).toEqual([]);
  });
});

describe('pt round 6b: put back in the stores ("repuseram", "regressa às lojas", "voltou a disponibilizar")', () => {
  test('"voltou a disponibilizar o TikTok na App Store"', () => {
    expect(summary('A Apple voltou a disponibilizar o TikTok na App Store.')).toEqual([
      'apple reinstate tiktok app_store',
    ]);
  });
  test('"X volta a funcionar no Brasil" (present tense)', () => {
    expect(summary('X volta a funcionar no Brasil após 39 dias fora do ar')).toEqual([
      'br-government reinstate x country_access',
    ]);
  });
});

describe('pt round 6b: an order to restore addressed to an unnamed party ("obrigou a plataforma a restabelecer")', () => {
  test('"obrigou a plataforma a restabelecer os canais"', () => {
    expect(
      summary(
        'O YouTube removeu o canal do Terça Livre. O TJ-SP obrigou a plataforma a restabelecer os canais.',
      ),
    ).toEqual(['br-tjsp reinstate terca-livre country_access', 'youtube remove terca-livre channel']);
  });
  test('"determinou que a rede social desbloqueie a conta"', () => {
    expect(
      summary(
        'O Twitter suspendeu a conta de Allan dos Santos. O STF determinou que a rede social desbloqueie a conta.',
      ),
    ).toEqual([
      'br-supreme-court reinstate allan-dos-santos country_access',
      'x suspend allan-dos-santos account',
    ]);
  });
});

describe('pt round 6b: "nem" negates; ", inclusive a de" opens another order\'s clause', () => {
  test('"nem a suspensão de contas" is no cut', () => {
    expect(
      summary(
        'A decisão não implica restrição ao TikTok, que segue disponível nas lojas da Apple e do Google, nem a suspensão de contas.',
      ),
    ).toEqual([]);
  });
  test('"mandou bloquear o aplicativo …, inclusive a de retirar do ar perfis do blogueiro"', () => {
    expect(
      summary(
        'O STF bloqueou o Telegram. Moraes mandou bloquear o aplicativo de novo por descumprimento de ordens judiciais, inclusive a de retirar do ar perfis do blogueiro Allan dos Santos.',
      ),
    ).toEqual(['br-supreme-court block telegram country_access']);
  });
});
