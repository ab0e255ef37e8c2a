import { describe, expect, test } from 'vitest';
import { actionSummary, expectActionClaims } from './claim-summary.ts';

const PUBLISHED = '2023-04-10';

function summary(text: string, published = PUBLISHED): string[] {
  return actionSummary(text, 'it', published);
}

function expectClaims(text: string, expected: string[]): void {
  expectActionClaims(text, 'it', PUBLISHED, expected);
}

describe('it round 7: switched off, stopped ("spegne", "ha spento", "stoppato")', () => {
  test.each([
    ['Mosca spegne Instagram.', ['ru-government block instagram']],
    ['La Russia ha spento Instagram.', ['ru-government block instagram']],
    ['Amazon ha spento i server di Parler.', ['amazon terminate parler']],
    ['Il Garante ha stoppato ChatGPT.', ['garante-privacy block openai']],
    ['Il Garante stoppa ChatGPT.', ['garante-privacy block openai']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('near misses: a threat, a negation, a death, an investigation stopped', () => {
    expect(summary('La Russia minaccia di spegnere Instagram.')).toEqual([]);
    expect(summary('La Russia non ha spento Instagram.')).toEqual([]);
    expect(summary('Il presidente si è spento ieri.')).toEqual([]);
    expect(summary('Il Garante ha stoppato le indagini su ChatGPT.')).toEqual([]);
  });
});

describe('it round 7: out of reach ("è inaccessibile", "risultano irraggiungibili")', () => {
  test.each([
    ['Da mezzanotte Instagram è inaccessibile in Russia.', ['ru-government block instagram']],
    ['Da ieri Telegram risulta irraggiungibile in Russia.', ['ru-government block telegram']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('near miss: an app no longer downloadable, with nobody named as deciding it', () => {
    expect(
      summary(
        "Già mercoledì DeepSeek non risultava più scaricabile, senza che fosse chiaro chi l'avesse ritirata.",
      ),
    ).toEqual([]);
  });
});

describe('it round 7: advertising taken away is a restriction', () => {
  test.each([
    ['YouTube ha tolto la pubblicità al canale di Byoblu.', ['youtube restrict byoblu']],
    ['YouTube ha sospeso la monetizzazione del canale di Byoblu.', ['youtube restrict byoblu']],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('it round 7: restorations ("riabilitato", "ridà l\'account", "tolto lo stop")', () => {
  test.each([
    ["Twitter ha riabilitato l'account di Donald Trump.", ['x reinstate donald-trump']],
    ["Facebook ridà l'account a Donald Trump.", ['facebook reinstate donald-trump']],
    ['Il Garante ha tolto lo stop a ChatGPT.', ['garante-privacy reinstate openai']],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('it round 7: bans in every tense ("vieta", "mette al bando", "buttato fuori")', () => {
  test.each([
    ['La Russia vieta Instagram.', ['ru-government block instagram']],
    ["L'India mette al bando TikTok.", ['in-government block tiktok']],
    ['Donald Trump è stato buttato fuori da Twitter.', ['x ban donald-trump']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('near misses: a rule that forbids content, a law that forbids minors', () => {
    expect(summary('YouTube vieta la disinformazione medica.')).toEqual([]);
    expect(summary('La legge vieta ai minori di usare TikTok.')).toEqual([]);
  });
});

describe('it round 7: closed for good', () => {
  test('"ha chiuso in via definitiva il canale"', () => {
    expect(summary('YouTube ha chiuso in via definitiva il canale di Byoblu.')).toEqual([
      'youtube remove byoblu',
    ]);
  });
});

describe('it round 7: limiting and slowing in the present and after "ha cominciato a"', () => {
  test.each([
    [
      'Mosca limita WhatsApp e Telegram.',
      ['ru-government restrict telegram', 'ru-government restrict whatsapp'],
    ],
    [
      'Roskomnadzor ha cominciato a limitare WhatsApp e Telegram.',
      ['roskomnadzor restrict telegram', 'roskomnadzor restrict whatsapp'],
    ],
    ['La Russia rallenta Twitter.', ['ru-government restrict x']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('near misses: "si è limitata a", a threat', () => {
    expect(summary('YouTube si è limitata a ricordare le sue regole su Byoblu.')).toEqual([]);
    expect(summary('La Russia minaccia di limitare WhatsApp.')).toEqual([]);
  });
});
