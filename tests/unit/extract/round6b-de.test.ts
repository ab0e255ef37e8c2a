import { describe, expect, test } from 'vitest';
import { mentionsDeplatforming } from '../../../src/core/extract/index.ts';
import { actionSummary } from './claim-summary.ts';

function summary(text: string, published = '2022-11-21'): string[] {
  return actionSummary(text, 'de', published);
}

/** True when the pre-filter refuses the sentence: the rule it tests could then never fire. */
const needsStem = (text: string) => !mentionsDeplatforming(text, 'de');

describe('de round 6b: restorations', () => {
  test.each([
    ['Twitter gibt Donald Trump sein Konto zurück.', 'x reinstate donald-trump'],
    ['Twitter gab Donald Trump am Freitag seinen Account zurück.', 'x reinstate donald-trump'],
    ['YouTube hat Donald Trump seinen Kanal zurückgegeben.', 'youtube reinstate donald-trump'],
    ['Donald Trump erhielt am Freitag seinen Account bei Twitter zurück.', 'x reinstate donald-trump'],
    ['Twitter machte die Sperre von Donald Trump rückgängig.', 'x reinstate donald-trump'],
    ['Twitter beendete die Sperre von Donald Trump.', 'x reinstate donald-trump'],
    ['Ein Gericht in Brasilien kippte die Sperre von Telegram.', 'br-government reinstate telegram'],
    [
      'Das Bundesverwaltungsgericht hat das Verbot von Telegram am Mittwoch außer Vollzug gesetzt.',
      'de-federal-administrative-court reinstate telegram',
    ],
    [
      'Das Bundesverwaltungsgericht hat das Verbot von Telegram am Mittwoch aufgehoben.',
      'de-federal-administrative-court reinstate telegram',
    ],
    [
      'Das Bundesverwaltungsgericht setzte das Verbot des Magazins «Compact» außer Vollzug.',
      'de-federal-administrative-court reinstate compact-magazin',
    ],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
});

describe('de round 6b: cuts', () => {
  test.each([
    ['Roskomnadsor hat den Zugang zu der BBC eingeschränkt.', 'roskomnadzor block bbc'],
    ['Russland hat der Deutschen Welle die Sendelizenz entzogen.', 'ru-government block deutsche-welle'],
    ['YouTube nahm das Konto von Alex Jones herunter.', 'youtube remove alex-jones'],
    // The subordinate clause ends at "hatte,": the main clause has its own actor.
    [
      'Nachdem die Medienanstalten RT DE untersagt hatten, sperrte Russland die Deutsche Welle.',
      'de-medienanstalten block rt|ru-government block deutsche-welle',
    ],
    [
      'Nur einen Tag nachdem die Medienaufsicht die Verbreitung des Programms untersagt hatte, verhängte Russland am Donnerstag ein Sendeverbot gegen die Deutsche Welle.',
      'ru-government block deutsche-welle',
    ],
  ])('%s', (text, claims) => {
    expect(summary(text)).toEqual(claims.split('|'));
  });

  test.each([
    ['Amazon kappte die Verbindung zu Parler.', 'amazon terminate parler'],
    ['PayPal trennte sich von Wikileaks.', 'paypal terminate wikileaks'],
    ['YouTube hat die Videos von Alex Jones heruntergenommen.', 'youtube remove alex-jones'],
    ['Twitch schmeißt Donald Trump raus.', 'twitch ban donald-trump'],
    ['Twitter hat Donald Trump geblockt.', 'x block donald-trump'],
    ['Russland verhängte einen Bann gegen Facebook.', 'ru-government block facebook'],
    [
      'Russland verhängte am Donnerstag ein Sendeverbot gegen die Deutsche Welle.',
      'ru-government block deutsche-welle',
    ],
    ['Die EU hat die Verbreitung von RT ausgesetzt.', 'council-of-the-eu block rt'],
  ])('once the pre-filter knows the stem: %s', (text, claim) => {
    // The rule needs its stem in the pre-filter (src/core/extract/prefilter.ts), or it never fires.
    expect(needsStem(text)).toBe(false);
    expect(summary(text)).toEqual([claim]);
  });
});

describe('de round 6b: every person and tense', () => {
  test.each([
    [
      'Facebook und Instagram sperren Donald Trump.',
      'facebook suspend donald-trump|instagram suspend donald-trump',
    ],
    [
      'Facebook und Instagram löschen die Konten von Alex Jones.',
      'facebook remove alex-jones|instagram remove alex-jones',
    ],
    ['Apple und Google entfernen Parler aus ihren Stores.', 'apple remove parler|google remove parler'],
    ['Twitter stellte das Konto von Donald Trump wieder her.', 'x reinstate donald-trump'],
    ['Twitter machte die Sperrung von Donald Trump rückgängig.', 'x reinstate donald-trump'],
    [
      'YouTube hat die Beschränkungen für den Kanal von Donald Trump aufgehoben.',
      'youtube reinstate donald-trump',
    ],
  ])('%s', (text, claims) => {
    expect(summary(text)).toEqual(claims.split('|'));
  });

  test.each([
    ['YouTube schaltete den Kanal von Donald Trump frei.', 'youtube reinstate donald-trump'],
    ['Twitter schränkt das Konto von Donald Trump ein.', 'x restrict donald-trump'],
    ['YouTube nimmt Alex Jones vom Netz.', 'youtube remove alex-jones'],
    ['Twitter bannte Donald Trump.', 'x ban donald-trump'],
    ['Donald Trump wurde von Twitter gebannt.', 'x ban donald-trump'],
    ['Amazon zog Parler den Stecker.', 'amazon terminate parler'],
    ['PayPal löste das Konto von Wikileaks auf.', 'paypal terminate wikileaks'],
  ])('once the pre-filter knows the stem: %s', (text, claim) => {
    // The rule needs its stem in the pre-filter (src/core/extract/prefilter.ts), or it never fires.
    expect(needsStem(text)).toBe(false);
    expect(summary(text)).toEqual([claim]);
  });
});

describe('de round 6b: not claims', () => {
  test.each([
    ['Die Polizei gab der Frau ihr Auto zurück.'],
    ['Er gab seinen Führerschein zurück.'],
    ['Das Gericht hat das Verbot nicht gekippt.'],
    ['Russland verhängte ein Einreiseverbot gegen Donald Trump.'],
    ['Der Verein trennte sich von seinem Trainer.'],
    ['Sie nahm den Hörer ab.'],
    ['Twitter beendete die Sperre von Donald Trump nicht.'],
    ['Die Sperren gegen Donald Trump gelten weiter.'],
    ['Twitter will Donald Trump sperren.'],
    ['Die Zuschauer verfolgten gebannt das Spiel.'],
    ['Die Polizei zog den Stecker der Anlage.'],
    ['Er nimmt am Treffen teil.'],
    ['Er stellt sich vor.'],
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
