import { describe, expect, test } from 'vitest';
import { actionSummary, expectActionClaims } from './claim-summary.ts';

const PUBLISHED = '2022-11-21';

function summary(text: string, published = PUBLISHED): string[] {
  return actionSummary(text, 'pt', published);
}

function expectClaims(text: string, expected: string[]): void {
  expectActionClaims(text, 'pt', PUBLISHED, expected);
}

describe('pt round 7: keeping a country from a service', () => {
  test.each([
    ['O STF obrigou as operadoras a impedir o acesso ao Telegram.', 'br-supreme-court block telegram'],
    ['A Anatel notificou as operadoras para bloquearem o acesso ao Telegram.', 'anatel block telegram'],
    ['O STF impediu o acesso ao Rumble no Brasil.', 'br-supreme-court block rumble'],
    ['O STF ordenou o barramento do Rumble.', 'br-supreme-court block rumble'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test.each([
    'O STF pode obrigar as operadoras a impedir o acesso ao Telegram.',
    'A decisão impede o acesso dos jornalistas ao tribunal.',
  ])('near miss: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('pt round 7: lifting the order that cut', () => {
  test.each([
    ['O TJ-SE derrubou a decisão que havia tirado o WhatsApp do ar.', 'br-tjse reinstate whatsapp'],
    ['O STF derrubou a decisão que tirou o Telegram do ar.', 'br-supreme-court reinstate telegram'],
    ['O Facebook reverteu a suspensão do perfil de Bolsonaro.', 'facebook reinstate jair-bolsonaro'],
    ['A suspensão do perfil de Bolsonaro foi revertida pelo Twitter.', 'x reinstate jair-bolsonaro'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('the cut noun lifted several words later', () => {
    expect(
      summary(
        'Em dezembro, a 1ª Vara Criminal de São Bernardo do Campo (SP) mandou suspender o WhatsApp por 48 horas; o bloqueio começou à meia-noite do dia 17 e foi derrubado pelo Tribunal de Justiça de São Paulo cerca de 12 horas depois.',
      ),
    ).toEqual(['br-court-sao-bernardo block whatsapp', 'br-tjsp reinstate whatsapp']);
  });
});

describe('pt round 7: restrictions', () => {
  test.each([
    ['O Facebook reteve as contas de Allan dos Santos no Brasil.', 'facebook restrict allan-dos-santos'],
    ['O Twitter reduziu o alcance do perfil de Bolsonaro.', 'x restrict jair-bolsonaro'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a plan to restrict', () => {
    expect(summary('O Twitter avalia reduzir o alcance do perfil de Bolsonaro.')).toEqual([]);
  });
});

describe('pt round 7: silencing, switching off, giving back', () => {
  test.each([
    ['O Twitter silenciou o perfil de Bolsonaro.', 'x suspend jair-bolsonaro'],
    ['O YouTube silencia o canal de Allan dos Santos.', 'youtube suspend allan-dos-santos'],
    ['A Amazon desligou os servidores do Parler.', 'amazon terminate parler'],
    ['O Twitter devolveu a conta a Trump.', 'x reinstate donald-trump'],
    ['O Fortnite já não está disponível na App Store.', 'apple remove fortnite'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a threat to silence', () => {
    expect(summary('O ministro ameaçou silenciar o Telegram.')).toEqual([]);
  });

  test('"o jogo" stands for the game named before', () => {
    expect(
      summary(
        'A Apple retirou o Fortnite da App Store. Horas depois, a Google retirou o jogo da Play Store.',
      ),
    ).toEqual(['apple remove fortnite', 'google remove fortnite']);
  });
});

describe('pt round 7: cuts again, cuts that go on, pluperfect, monetisation', () => {
  test.each([
    ['A Rússia voltou a bloquear o Telegram.', 'ru-government block telegram'],
    ['O Twitter acaba de suspender a conta de Bolsonaro.', 'x suspend jair-bolsonaro'],
    ['O Twitter suspendera a conta de Bolsonaro dias antes.', 'x suspend jair-bolsonaro'],
    ['A Apple removera o Fortnite da App Store.', 'apple remove fortnite'],
    ['O Telegram segue bloqueado no Brasil.', 'br-government block telegram'],
    ['O YouTube cancelou a monetização do canal de Allan dos Santos.', 'youtube restrict allan-dos-santos'],
    ['O Twitter voltou a permitir o acesso de Trump.', 'x reinstate donald-trump'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test.each([
    'O Telegram segue sem bloqueio no Brasil.',
    'O Twitter vai voltar a suspender a conta de Bolsonaro se ele insistir.',
  ])('near miss: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('pt round 7: the ordered cut as a noun with its agent', () => {
  test.each([
    [
      'A suspensão do Telegram, determinada por Moraes, afetou milhões de usuários.',
      'br-supreme-court block telegram',
    ],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a sale suspended', () => {
    expect(summary('A suspensão da venda de celulares, determinada pelo Procon, durou um dia.')).toEqual([]);
  });
});

describe('pt round 7: newsroom synonyms', () => {
  test.each([
    ['O Twitter desabilitou a conta de Bolsonaro.', 'x suspend jair-bolsonaro'],
    ['A Rússia cortou o acesso ao Instagram.', 'ru-government block instagram'],
    ['O Twitter reabilitou a conta de Bolsonaro.', 'x reinstate jair-bolsonaro'],
    ['O Twitter deixou Trump voltar.', 'x reinstate donald-trump'],
    ['O Twitter permitiu a volta de Trump.', 'x reinstate donald-trump'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test.each([
    'O Twitter ameaçou desabilitar a conta de Bolsonaro.',
    'O Twitter não permitiu a volta de Trump.',
  ])('near miss: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('pt round 7: read-only mode', () => {
  test.each([
    ['O Twitter colocou a conta de Bolsonaro em modo somente leitura.', 'x restrict jair-bolsonaro'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a plan for read-only mode', () => {
    expect(summary('O Twitter planeja colocar a conta de Bolsonaro em modo somente leitura.')).toEqual([]);
  });
});
