import { describe, expect, test } from 'vitest';
import { mentionsDeplatforming } from '../../../src/core/extract/index.ts';
import { actionSummary } from './claim-summary.ts';

function summary(text: string, published = '2022-11-21'): string[] {
  return actionSummary(text, 'es', published);
}

/** True when the pre-filter refuses the sentence: the rule it tests could then never fire. */
const needsStem = (text: string) => !mentionsDeplatforming(text, 'es');

describe('es round 6b: orders and decrees', () => {
  test.each([
    [
      'La Audiencia Nacional ordenó cerrar las páginas web de Telegram.',
      'es-audiencia-nacional block telegram',
    ],
    ['Conatel ordenó a las operadoras cortar el acceso a X.', 've-conatel block x'],
    [
      'El magistrado de la Audiencia Nacional acordó la suspensión cautelar de Telegram en todo el territorio nacional.',
      'es-audiencia-nacional block telegram',
    ],
    ['Rusia decretó el bloqueo de Telegram.', 'ru-government block telegram'],
    ['Rusia dejó de dar acceso a Telegram.', 'ru-government block telegram'],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });
});

describe('es round 6b: restorations', () => {
  test.each([
    ['Twitter le devolvió su cuenta a Donald Trump.', 'x reinstate donald-trump'],
    ['Twitter puso fin a la suspensión de Donald Trump.', 'x reinstate donald-trump'],
    ['Facebook volvió a permitir a Donald Trump publicar.', 'facebook reinstate donald-trump'],
    ['Twitter permitió el regreso de Donald Trump.', 'x reinstate donald-trump'],
  ])('%s', (text, claim) => {
    expect(summary(text)).toEqual([claim]);
  });

  test.each([['Facebook rehabilitó la cuenta de Donald Trump.', 'facebook reinstate donald-trump']])(
    'once the pre-filter knows the stem: %s',
    (text, claim) => {
      // The rule needs its stem in the pre-filter (src/core/extract/prefilter.ts), or it never fires.
      expect(needsStem(text)).toBe(false);
      expect(summary(text)).toEqual([claim]);
    },
  );
});

describe('es round 6b: colloquial cuts', () => {
  test.each([
    ['YouTube tumbó el canal de Alex Jones.', 'youtube ban alex-jones'],
    ['Twitter echó de la plataforma a Alex Jones.', 'x ban alex-jones'],
    ['Twitter anunció la cancelación de la cuenta de Donald Trump.', 'x ban donald-trump'],
    ['La Audiencia Nacional clausuró la web de Telegram.', 'es-audiencia-nacional block telegram'],
  ])('once the pre-filter knows the stem: %s', (text, claim) => {
    // The rule needs its stem in the pre-filter (src/core/extract/prefilter.ts), or it never fires.
    expect(needsStem(text)).toBe(false);
    expect(summary(text)).toEqual([claim]);
  });
});

describe('es round 6b: clauses and cancels', () => {
  test('neither confirming nor denying is not a denial', () => {
    expect(
      summary('El Gobierno cubano ha bloqueado Facebook; las autoridades no lo confirman ni lo desmienten.'),
    ).toEqual(['cu-government block facebook']);
  });

  test('a denial still cancels', () => {
    expect(summary('El Gobierno desmintió haber bloqueado Facebook.')).toEqual([]);
  });

  test('"una medida que …" is its own clause: the person who announced it is not the target', () => {
    expect(
      summary(
        'Conatel ordenó el bloqueo de la red social durante diez días, una medida que el presidente Nicolás Maduro anunció en Caracas.',
      ),
    ).toEqual([]);
    expect(
      summary(
        'Conatel ordenó el bloqueo de X durante diez días, una medida que el presidente Nicolás Maduro anunció en Caracas.',
      ),
    ).toEqual(['ve-conatel block x']);
  });
});

describe('es round 6b: not claims', () => {
  test.each([
    ['El equipo echó de menos a su capitán.'],
    ['El Gobierno tumbó la propuesta de ley.'],
    ['El juez ordenó cerrar la investigación.'],
    ['Twitter no puso fin a la suspensión de Donald Trump.'],
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
