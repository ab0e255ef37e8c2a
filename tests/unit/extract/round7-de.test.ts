import { describe, expect, test } from 'vitest';
import { actionSummary, expectActionClaims } from './claim-summary.ts';

const PUBLISHED = '2023-04-10';

function summary(text: string, published = PUBLISHED): string[] {
  return actionSummary(text, 'de', published);
}

function expectClaims(text: string, expected: string[]): void {
  expectActionClaims(text, 'de', PUBLISHED, expected);
}

describe('de round 7: thrown, taken or struck out of a store, every tense', () => {
  test.each([
    [
      'Apple wirft WhatsApp und Threads aus dem chinesischen App Store.',
      ['apple remove threads', 'apple remove whatsapp'],
    ],
    ['Google nimmt Parler aus dem Play Store.', ['google remove parler']],
    ['Apple strich Telegram aus dem chinesischen Angebot.', ['apple remove telegram']],
    ['Apple entfernt Telegram aus dem App Store.', ['apple remove telegram']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('near miss: "wirft … vor" is an accusation', () => {
    expect(summary('Der Politiker wirft Apple vor, Telegram aus dem App Store zu drängen.')).toEqual([]);
  });
});

describe('de round 7: gone from a store', () => {
  test.each([
    ['Im Jahr 2017 verschwand WhatsApp aus dem chinesischen App Store.', ['apple remove whatsapp']],
    ['Telegram ist aus dem Play Store verschwunden.', ['google remove telegram']],
    [
      'Wer ein iPhone besitzt, findet WhatsApp seit Freitag nicht mehr im App Store.',
      ['apple remove whatsapp'],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('de round 7: lifting a compound ban ("hebt Telegram-Sperre auf", "Netzsperre")', () => {
  test.each([
    ['Russland hebt Telegram-Sperre auf.', ['ru-government reinstate telegram']],
    ['Russland hob die Telegram-Sperre am Donnerstag auf.', ['ru-government reinstate telegram']],
    ['Nigeria hebt das Twitter-Verbot auf.', ['ng-government reinstate x']],
    ['Die Türkei hebt die Netzsperre gegen Wikipedia auf.', ['tr-government reinstate wikipedia']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('the plain noun still goes to the lifting rule: "hob die Blockade von Telegram auf"', () => {
    expect(summary('Roskomnadzor hob die Blockade von Telegram am Donnerstag auf.')).toEqual([
      'roskomnadzor reinstate telegram',
    ]);
  });

  test('near misses: negated and announced liftings', () => {
    expect(summary('Russland hebt die Telegram-Sperre nicht auf.')).toEqual([]);
    expect(summary('Die Türkei will die Wikipedia-Sperre aufheben.')).toEqual([]);
  });
});

describe('de round 7: withdrawing the ban ("nahm die Sperre zurück", "zurückgenommen")', () => {
  test.each([
    ['Twitter nahm die Sperre gegen Donald Trump am Montag zurück.', ['x reinstate donald-trump']],
    ['Twitter hat die Sperre gegen Donald Trump zurückgenommen.', ['x reinstate donald-trump']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('near misses: a lawsuit withdrawn, a withdrawal refused', () => {
    expect(summary('Der Konzern zog seine Klage gegen Twitter zurück.')).toEqual([]);
    expect(summary('Twitter nahm die Sperre gegen Donald Trump nicht zurück.')).toEqual([]);
  });
});

describe('de round 7: muted, shut, thrown off a server', () => {
  test.each([
    ['Twitter schaltete das Konto von Beatrix von Storch stumm.', ['x suspend beatrix-von-storch']],
    ['YouTube hat den Kanal von Alex Jones dichtgemacht.', ['youtube remove alex-jones']],
    ['YouTube macht den Kanal von Alex Jones dicht.', ['youtube remove alex-jones']],
    ['Amazon wirft Parler vom Server.', ['amazon terminate parler']],
  ])('%s', (text, expected) => expectClaims(text, expected));

  test('near miss: a border closed', () => {
    expect(summary('Die Regierung macht die Grenze zu Polen dicht.')).toEqual([]);
  });
});

describe('de round 7: forbidding an act, floating a ban, ruling it out', () => {
  test.each([
    'Apple hat Anbietern von Musikstreaming-Apps wie Spotify jahrelang untersagt, ihre Nutzer auf Angebote hinzuweisen.',
    'Die Ministerin hat eine Sperrung von Telegram in Deutschland als letztes Mittel ins Spiel gebracht.',
    'Eine Sperrung von Signal in Deutschland steht indes nicht im Raum.',
    'Die Ministerin schließt eine Abschaltung von Telegram nicht aus.',
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  test('a plain prohibition is still a ban', () => {
    expect(summary('Russland verbietet Instagram.')).toEqual(['ru-government block instagram']);
    expect(
      summary('Die Medienaufsicht hat die Verbreitung von RT untersagt, weil eine Lizenz fehlt.'),
    ).not.toEqual([]);
  });
});

describe('de round 7: role nouns for the thing named before ("den Kurznachrichtendienst", "die Enzyklopädie")', () => {
  test('a slowed service named by its kind', () => {
    expect(
      summary(
        'Roskomnadsor hat Twitter blockiert. Die Behörde hatte den Kurznachrichtendienst bereits Ende Februar verlangsamt.',
      ),
    ).toEqual(['roskomnadzor block x', 'roskomnadzor restrict x']);
  });

  test('a background block of the encyclopaedia', () => {
    expect(
      summary(
        'Die Türkei hat Wikipedia am Donnerstag wieder freigegeben. Die Behörden hatten die Enzyklopädie am 29. April 2017 gesperrt.',
      ),
    ).toEqual(['tr-government block wikipedia', 'tr-government reinstate wikipedia']);
  });

  test('"wieder aufrufbar" is a restoration state', () => {
    expect(summary('Wikipedia ist in der Türkei wieder aufrufbar.')).toEqual([
      'tr-government reinstate wikipedia',
    ]);
  });
});
