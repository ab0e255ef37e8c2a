import { describe, expect, test } from 'vitest';
import { actionSummary, expectActionClaims } from './claim-summary.ts';

const PUBLISHED = '2022-11-21';

function summary(text: string, published = PUBLISHED): string[] {
  return actionSummary(text, 'es', published);
}

function expectClaims(text: string, expected: string[]): void {
  expectActionClaims(text, 'es', PUBLISHED, expected);
}

describe('es round 7: ceasing a service, in every tense', () => {
  test.each([
    ['Cloudflare ha dejado de dar servicio a 8chan.', 'cloudflare terminate 8chan'],
    ['Amazon había dejado de prestar servicios a Parler.', 'amazon terminate parler'],
    ['Joyent ejecutó la rescisión del contrato de Gab.', 'joyent terminate gab'],
    ['Amazon dejó sin servidores a Parler.', 'amazon terminate parler'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a threat to stop', () => {
    expect(summary('Cloudflare amenazó con dejar de dar servicio a 8chan.')).toEqual([]);
  });
});

describe('es round 7: no longer available', () => {
  test.each([
    ['La aplicación de Quartz ya no estaba disponible en la App Store.', 'apple remove quartz'],
    ['Fortnite ya no aparecía en la App Store.', 'apple remove fortnite'],
    ['Fortnite ya no se puede descargar de la App Store.', 'apple remove fortnite'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: still available', () => {
    expect(summary('Fortnite sigue disponible en la App Store.')).toEqual([]);
  });
});

describe('es round 7: restrictions', () => {
  test.each([
    ['Twitter restringía algunas funciones del perfil de Vox.', 'x restrict vox-spain'],
    ['Twitter restringió "de forma temporal" la cuenta de Vox.', 'x restrict vox-spain'],
    ['Twitter limitó las funciones de la cuenta de Vox.', 'x restrict vox-spain'],
    ['Twitter ha reducido el alcance de la cuenta de Vox.', 'x restrict vox-spain'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a plan to restrict', () => {
    expect(summary('Twitter estudia limitar las funciones de la cuenta de Vox.')).toEqual([]);
  });
});

describe('es round 7: silencing and kicking out', () => {
  test.each([
    ['Twitter silenció la cuenta de Vox.', 'x suspend vox-spain'],
    ['Twitter ha silenciado a Donald Trump.', 'x suspend donald-trump'],
    ['Facebook echó a Donald Trump de la plataforma.', 'facebook ban donald-trump'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test.each([
    'Twitter amenazó con silenciar la cuenta de Vox.',
    'La campaña de Vox se echó a perder en Twitter.',
  ])('near miss: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  test('a demand after the act does not cancel it', () => {
    expectClaims(
      'Twitter silenció la cuenta de Vox en enero; entonces la compañía exigió borrar el mensaje.',
      ['x suspend vox-spain'],
    );
  });

  test('near miss: a demand to cut', () => {
    expect(summary('El PSOE exige a Twitter la suspensión de la cuenta de Vox.')).toEqual([]);
  });
});

describe('es round 7: orders and liftings as nouns', () => {
  test.each([
    [
      'La Audiencia Nacional ordenó a mediados de este mes el cierre de la web de Telegram.',
      'es-audiencia-nacional block telegram',
    ],
    ['La Audiencia Nacional ordenó el desbloqueo de Telegram.', 'es-audiencia-nacional reinstate telegram'],
    [
      'El bloqueo de Telegram fue revocado por la Audiencia Nacional.',
      'es-audiencia-nacional reinstate telegram',
    ],
    ['La suspensión de la cuenta de Vox fue levantada por Twitter.', 'x reinstate vox-spain'],
    ['Facebook revirtió la suspensión de la cuenta de Donald Trump.', 'facebook reinstate donald-trump'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a lifting still to come', () => {
    expect(summary('Twitter podría levantar pronto la suspensión de la cuenta de Vox.')).toEqual([]);
  });
});

describe('es round 7: cuts again, cuts that go on, monetisation', () => {
  test.each([
    ['Rusia volvió a bloquear Telegram.', 'ru-government block telegram'],
    ['Twitter ha vuelto a suspender la cuenta de Vox.', 'x suspend vox-spain'],
    ['Telegram sigue bloqueado en España.', 'es-government block telegram'],
    ['YouTube canceló la monetización del canal de Alvise Pérez.', 'youtube restrict alvise-perez'],
    ['Vox recurrió después de que Twitter suspendiera la cuenta del partido Vox.', 'x suspend vox-spain'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test.each([
    'Telegram sigue sin estar bloqueado en España.',
    'Si Twitter suspendiera la cuenta de Vox, el partido recurriría.',
  ])('near miss: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('es round 7: the ordered cut as a noun with its agent', () => {
  test.each([
    [
      'La suspensión de Telegram, decretada por la Audiencia Nacional, afectó a millones de usuarios.',
      'es-audiencia-nacional block telegram',
    ],
    [
      'El bloqueo de Telegram fue acordado por la Audiencia Nacional.',
      'es-audiencia-nacional block telegram',
    ],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a sports expulsion', () => {
    expect(summary('La expulsión del jugador fue decretada por el árbitro.')).toEqual([]);
  });
});

describe('es round 7: newsroom synonyms', () => {
  test.each([
    ['Twitter suprimió la cuenta de Vox.', 'x remove vox-spain'],
    ['Twitter purgó las cuentas de Vox.', 'x remove vox-spain'],
    ['Twitter deshabilitó la cuenta de Vox.', 'x suspend vox-spain'],
    ['Rusia impidió el acceso a Instagram.', 'ru-government block instagram'],
    ['Twitter dejó volver a Donald Trump.', 'x reinstate donald-trump'],
    ['Twitter rehabilitó a Donald Trump.', 'x reinstate donald-trump'],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test.each(['El Gobierno suprimió el impuesto sobre Telegram.', 'Twitter no dejó volver a Donald Trump.'])(
    'near miss: %s',
    (text) => {
      expect(summary(text)).toEqual([]);
    },
  );
});

describe('es round 7: "la retirada" as a noun subject', () => {
  test('"La retirada se produjo …" states no act of its own', () => {
    expect(summary('La retirada se produjo en la madrugada del jueves, hora de Hong Kong.')).toEqual([]);
  });

  test('the participle still reads', () => {
    expectClaims('Fortnite fue retirada de la App Store.', ['apple remove fortnite']);
  });
});

describe('es round 7: read-only mode', () => {
  test.each([
    ['Twitter dejó la cuenta de Vox en modo solo lectura.', 'x restrict vox-spain'],
    [
      'Facebook ha puesto la página de Nicolás Maduro en modo de lectura durante 30 días.',
      'facebook restrict nicolas-maduro',
    ],
  ])('%s', (text, claim) => expectClaims(text, [claim]));

  test('near miss: a threat of read-only mode', () => {
    expect(summary('Facebook amenazó con poner la página de Nicolás Maduro en modo de lectura.')).toEqual([]);
  });
});
