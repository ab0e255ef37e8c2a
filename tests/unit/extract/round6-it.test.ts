import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published = '2025-01-31'): string[] {
  return extractClaims({ text, lang: 'it', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service}`)
    .sort();
}

describe('it round 6: an ordered cut ("ha disposto la limitazione del trattamento", "ha ordinato il blocco")', () => {
  test("the Garante's limitation of processing is its block", () => {
    expect(
      summary(
        'Il Garante per la protezione dei dati personali ha disposto la limitazione provvisoria del trattamento dei dati nei confronti di DeepSeek.',
      ),
    ).toEqual(['garante-privacy block deepseek country_access']);
  });
  test('"ha ordinato, con effetto immediato, il blocco di …"', () => {
    expect(summary("L'Agcom ha ordinato, con effetto immediato, il blocco di Telegram in Italia.")).toEqual([
      'agcom block telegram country_access',
    ]);
  });
  test('a conditional order is no event', () => {
    expect(summary('Il Garante potrebbe disporre il blocco di DeepSeek.')).toEqual([]);
  });
  test('"ha ordinato la revoca del blocco" lifts, it does not block', () => {
    expect(summary('Il Garante ha ordinato la revoca del blocco di DeepSeek.')).toEqual([
      'garante-privacy reinstate deepseek country_access',
    ]);
  });
});

describe('it round 6: the cut itself lifted ("il blocco è stato revocato da …")', () => {
  test('"Il blocco di Telegram è stato revocato dal Garante"', () => {
    expect(
      summary('Il blocco di Telegram è stato revocato dal Garante per la protezione dei dati personali.'),
    ).toEqual(['garante-privacy reinstate telegram country_access']);
  });
});

describe('it round 6: monetisation taken away is a restriction', () => {
  test('"escluso … dal suo circuito pubblicitario"', () => {
    expect(
      summary(
        'Già nel 2017 Google aveva escluso Byoblu dal suo circuito pubblicitario AdSense.',
        '2021-04-01',
      ),
    ).toEqual(['google restrict byoblu monetization']);
  });
});

describe('it round 6: nominal closure ("la chiusura della pagina di …")', () => {
  test('"Meta annuncia la chiusura della pagina di CasaPound"', () => {
    expect(summary('Meta annuncia la chiusura della pagina di CasaPound.', '2019-09-10')).toEqual([
      'meta remove casapound account',
    ]);
  });
});

describe('it round 6: a parenthetical relative clause does not cut the subject off its verb', () => {
  test('"Twitter, che appartiene a Elon Musk, ha sospeso l\'account di …"', () => {
    expect(
      summary("Twitter, che appartiene a Elon Musk, ha sospeso l'account di Donald Trump.", '2021-01-09'),
    ).toEqual(['x suspend donald-trump account']);
  });
});

describe('it round 6: an ordered restoration ("ha ordinato la riattivazione")', () => {
  test('"ha ordinato la riattivazione della pagina di …"', () => {
    expect(
      summary('Il tribunale di Roma ha ordinato la riattivazione della pagina di CasaPound.', '2019-12-13'),
    ).toEqual(['it-rome-court reinstate casapound country_access']);
  });
});

describe('it round 6: a threat quoted from a post is not a threat to cut', () => {
  test('"minacciava di andare …" does not cancel the restriction', () => {
    expect(
      summary(
        'Twitter ha sospeso Kanye West. All\'inizio di ottobre sia Twitter sia Instagram avevano limitato temporaneamente i suoi profili, per alcuni messaggi, tra cui uno in cui minacciava di andare "defcon 3".',
        '2022-12-02',
      ),
    ).toEqual([
      'instagram restrict kanye-west account',
      'x restrict kanye-west account',
      'x suspend kanye-west account',
    ]);
  });
  test('"ha minacciato di bloccare" still cancels', () => {
    expect(summary('Il Garante ha minacciato di bloccare DeepSeek e ha sospeso il servizio.')).toEqual([]);
  });
});

describe('it round 6: adverbs and stated causes are not fear, plans or calls', () => {
  test.each([
    ["Twitter ha temporaneamente sospeso l'account di Kanye West.", 'x suspend kanye-west account'],
    [
      'Sotto la pressione degli inserzionisti, YouTube ha rimosso il canale di Alex Jones.',
      'youtube remove alex-jones channel',
    ],
    [
      "Considerata la gravità dei fatti, Twitter ha sospeso l'account di Kanye West.",
      'x suspend kanye-west account',
    ],
    [
      'Come chiesto dalla procura, il Garante ha bloccato DeepSeek.',
      'garante-privacy block deepseek country_access',
    ],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
  test.each([
    'Il Garante sta considerando il blocco di DeepSeek.',
    "Twitter teme nuove violenze e potrebbe sospendere l'account di Kanye West.",
  ])('still nothing: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('it round 6: cut nouns with adjectives and agents with a title', () => {
  test('"il blocco totale di …"', () => {
    expect(summary("L'Agcom ha avviato il blocco totale di Telegram in Italia.")).toEqual([
      'agcom block telegram country_access',
    ]);
  });
  test('"dal giudice …", "su ordine del giudice …" name the agent', () => {
    expect(
      summary("L'account di Allan dos Santos è stato sospeso dal giudice Alexandre de Moraes.", '2021-02-04'),
    ).toEqual(['br-supreme-court block allan-dos-santos country_access']);
    expect(
      summary(
        'Telegram è stato bloccato in Brasile su ordine del giudice Alexandre de Moraes.',
        '2022-03-19',
      ),
    ).toEqual(['br-supreme-court block telegram country_access']);
  });
});

describe('it round 6: bank accounts are money, not a service', () => {
  test('"I conti correnti di … sono stati bloccati"', () => {
    expect(
      summary(
        'I conti correnti di Starlink sono stati bloccati dal giudice Alexandre de Moraes.',
        '2024-08-30',
      ),
    ).toEqual([]);
  });
});

describe('it round 6: having one\'s accounts cut ("si è visto sospendere l\'account")', () => {
  test.each([
    ["Donald Trump si è visto sospendere l'account da Twitter.", 'x suspend donald-trump account'],
    ['CasaPound si è vista rimuovere la pagina da Facebook.', 'facebook remove casapound account'],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
});
