import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published = '2024-08-31'): string[] {
  return extractClaims({ text, lang: 'it', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service}`)
    .sort();
}

describe('it round 6b: restorations in the present and in the plural ("riattiva", "revoca le restrizioni")', () => {
  test('"YouTube riattiva il canale di Trump"', () => {
    expect(summary('YouTube riattiva il canale di Trump dopo due anni.')).toEqual([
      'youtube reinstate donald-trump channel',
    ]);
  });
  test('"ha revocato le restrizioni imposte al canale"', () => {
    expect(
      summary(
        "YouTube ha revocato venerdì le restrizioni imposte al canale dell'ex presidente Donald Trump.",
      ),
    ).toEqual(['youtube reinstate donald-trump channel']);
  });
  test('"ha tolto le restrizioni al canale di Byoblu"', () => {
    expect(summary('YouTube ha tolto le restrizioni al canale di Byoblu.')).toEqual([
      'youtube reinstate byoblu channel',
    ]);
  });
  test('a planned restoration is no claim ("riattiverà")', () => {
    expect(
      summary('Meta ha fatto sapere che nelle prossime settimane riattiverà gli account di Donald Trump.'),
    ).toEqual([]);
  });
});

describe('it round 6b: an order to restore addressed to an unnamed party ("ordinato alla società di riattivare")', () => {
  test('the court restores "la pagina" named before', () => {
    expect(
      summary(
        'Facebook ha oscurato la pagina di CasaPound. Il tribunale di Roma ha ordinato alla società di riattivare la pagina.',
      ),
    ).toEqual(['facebook block casapound account', 'it-rome-court reinstate casapound country_access']);
  });
});

describe('it round 6b: a provisional limitation is the Garante\'s block ("una limitazione temporanea")', () => {
  test('"ha imposto una limitazione temporanea a TikTok"', () => {
    expect(summary('Il Garante ha imposto una limitazione temporanea a TikTok.')).toEqual([
      'garante-privacy block tiktok country_access',
    ]);
  });
});

describe('it round 6b: "né" negates; "si è limitata a segnalare" is no restriction; "torna negli store"', () => {
  test('"né la sospensione di account" is no cut', () => {
    expect(
      summary(
        "La decisione non comporta alcuna restrizione per l'app TikTok, che resta regolarmente disponibile in Italia sugli store di Apple e Google, né la sospensione di account.",
      ),
    ).toEqual([]);
  });
  test('"si è limitato a segnalare"', () => {
    expect(summary('Il governo turco si è limitato a segnalare il provvedimento su Instagram.')).toEqual([]);
  });
  test('"TikTok torna negli store di Apple e Google"', () => {
    expect(summary('TikTok torna negli store di Apple e Google.')).toEqual([
      'apple reinstate tiktok app_store',
      'google reinstate tiktok app_store',
    ]);
  });
});

describe('it round 6b: more words for the cut ("chiuso per sempre il canale", "silenziato")', () => {
  test('"ha chiuso per sempre il canale di Byoblu"', () => {
    expect(summary('YouTube ha chiuso per sempre il canale di Byoblu.')).toHaveLength(1);
  });
  test('"ha silenziato l\'account" is a restriction', () => {
    expect(summary("Twitter ha silenziato l'account di Kanye West.")).toEqual([
      'x restrict kanye-west account',
    ]);
  });
  test('"ha chiuso la porta al dialogo" is no cut', () => {
    expect(summary('Il presidente ha chiuso la porta al dialogo con i giornali.')).toEqual([]);
  });
});
