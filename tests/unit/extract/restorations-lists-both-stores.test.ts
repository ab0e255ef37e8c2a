import { describe, expect, test } from 'vitest';
import {
  createExtractorIndex,
  type ExtractEntityIndex,
  type ExtractedClaim,
  extractClaims,
} from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

// The catalogue of data/entities: the persons and apps of these sentences (Kathy Griffin, CapCut) live there.
const index = createExtractorIndex(loadEntities());

function run(text: string, lang: string, published: string | null): ExtractedClaim[] {
  return extractClaims({ text, lang, published }, index);
}

function summary(claims: readonly ExtractedClaim[]): string[] {
  return claims.map((c) => `${c.actor.id} ${c.action} ${c.target.id} ${c.date}`).sort();
}

describe('extractClaims: a restoration written as a noun', () => {
  test.each([
    ['en', "Twitter announced on Saturday the reinstatement of Donald Trump's account."],
    ['pt', 'O Twitter anunciou no sábado a revogação da suspensão da conta de Donald Trump.'],
    ['it', "Twitter ha annunciato sabato la revoca della sospensione dell'account di Donald Trump."],
  ])('%s: the noun gives a restoration, not the cut it names', (lang, text) => {
    expect(summary(run(text, lang, '2022-11-20'))).toEqual(['x reinstate donald-trump 2022-11-19']);
  });

  test('de: "die Blockade von Telegram" names what was cut, not a store it was taken from', () => {
    expect(
      summary(run('Roskomnadzor hob die Blockade von Telegram am Donnerstag auf.', 'de', '2020-06-19')),
    ).toEqual(['roskomnadzor reinstate telegram 2020-06-18']);
  });
});

describe('extractClaims: a cut participle that describes restored accounts', () => {
  test.each([
    ['fr', 'Twitter a rétabli vendredi plusieurs comptes bannis, notamment celui de Kathy Griffin.'],
    ['es', 'Twitter restableció el viernes varias cuentas suspendidas, entre ellas la de Kathy Griffin.'],
    ['pt', 'O Twitter restabeleceu na sexta-feira várias contas suspensas, entre elas a de Kathy Griffin.'],
    ['it', 'Twitter ha ripristinato venerdì diversi account sospesi, tra cui quello di Kathy Griffin.'],
    ['en', "Twitter restored several banned accounts on Friday, including Kathy Griffin's."],
  ])('%s: the claim stays a restoration', (lang, text) => {
    expect(summary(run(text, lang, '2022-11-20'))).toEqual(['x reinstate kathy-griffin 2022-11-18']);
  });

  test('a cut verb with its own object is still a cut beside a restoration', () => {
    const claims = run(
      'Twitter banned accounts linked to QAnon on Friday, and later restored Kathy Griffin.',
      'en',
      '2022-11-20',
    );
    expect(claims.map((c) => c.action)).toContain('reinstate');
    expect(claims.some((c) => c.target.id === 'kathy-griffin' && c.action === 'ban')).toBe(false);
  });
});

describe('extractClaims: "other accounts … including" continues the previous act', () => {
  test.each([
    [
      'de',
      'Twitter hat am Samstag das Konto von Donald Trump wieder freigeschaltet. Bereits am Freitag waren mehrere andere gesperrte Konten wieder freigeschaltet worden, darunter die von Kathy Griffin und Jordan Peterson.',
    ],
    [
      'en',
      "Twitter reinstated Donald Trump's account on Saturday. Several other accounts had been restored on Friday, including those of Kathy Griffin and Jordan Peterson.",
    ],
    [
      'es',
      'Twitter restableció el sábado la cuenta de Donald Trump. Otras cuentas habían sido restablecidas el viernes, entre ellas las de Kathy Griffin y Jordan Peterson.',
    ],
  ])('%s: the listed targets get the previous actor and their own day', (lang, text) => {
    expect(summary(run(text, lang, '2022-11-21'))).toEqual([
      'x reinstate donald-trump 2022-11-19',
      'x reinstate jordan-peterson 2022-11-18',
      'x reinstate kathy-griffin 2022-11-18',
    ]);
  });

  test('a passive with no earlier act of the same kind gets no actor', () => {
    expect(
      run('Several other accounts had been restored on Friday, including Kathy Griffin.', 'en', '2022-11-21'),
    ).toEqual([]);
  });
});

describe('extractClaims: "both stores" stands for the two stores named before', () => {
  test.each([
    [
      'en',
      'Apple and Google removed TikTok on Saturday. CapCut and Lemon8 were also pulled from both stores.',
    ],
    [
      'fr',
      'Apple et Google ont retiré TikTok samedi. CapCut et Lemon8 ont aussi été retirées des deux boutiques.',
    ],
    [
      'de',
      'Apple und Google entfernten TikTok am Samstag. Auch CapCut und Lemon8 wurden aus beiden App-Stores entfernt.',
    ],
    [
      'es',
      'Apple y Google retiraron TikTok el sábado. CapCut y Lemon8 también fueron retiradas de ambas tiendas.',
    ],
    [
      'pt',
      'A Apple e o Google removeram o TikTok no sábado. CapCut e Lemon8 também foram retirados das duas lojas.',
    ],
    [
      'it',
      'Apple e Google hanno rimosso TikTok sabato. Anche CapCut e Lemon8 sono state rimosse da entrambi gli store.',
    ],
  ])('%s: both actors, the same day', (lang, text) => {
    const claims = summary(run(text, lang, '2025-01-20'));
    for (const actor of ['apple', 'google']) {
      for (const target of ['tiktok', 'capcut', 'lemon8'])
        expect(claims).toContain(`${actor} remove ${target} 2025-01-18`);
    }
  });

  test('"both stores" with only one store named before gives no claim', () => {
    expect(
      summary(
        run('Apple removed TikTok on Saturday. CapCut was also pulled from both stores.', 'en', '2025-01-20'),
      ),
    ).toEqual(['apple remove tiktok 2025-01-18']);
  });
});

describe('extractClaims: entity matching knows the article date', () => {
  test('findMentions receives the publication day, so time-bound stand-ins can be checked', () => {
    const dates: (string | null | undefined)[] = [];
    const recording: ExtractEntityIndex = {
      findMentions(text, lang, options) {
        dates.push(options?.date);
        return index.findMentions(text, lang, options);
      },
      get: (id) => index.get(id),
      lookupName: (name, lang) => index.lookupName(name, lang),
    };
    extractClaims(
      {
        text: 'Apple removed Parler from the App Store on Saturday.',
        lang: 'en',
        published: '2021-01-11T08:00:00Z',
      },
      recording,
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set(['2021-01-11']));
  });
});

describe('extractClaims: a block in force "since" a date, in a report of its lifting', () => {
  test.each([
    [
      'fr',
      'Le juge Alexandre de Moraes a autorisé mardi le retour de X au Brésil. X était bloqué dans le pays depuis le 30 août.',
    ],
    [
      'es',
      'El juez Alexandre de Moraes levantó el martes el bloqueo de X en Brasil. X estaba bloqueada en el país desde el 30 de agosto.',
    ],
    [
      'pt',
      'O ministro Alexandre de Moraes revogou na terça-feira o bloqueio do X no Brasil. O X estava suspenso desde 30 de agosto.',
    ],
  ])('%s: the state that lifted the block imposed it, on the day it names', (lang, text) => {
    expect(summary(run(text, lang, '2024-10-09'))).toEqual([
      'br-supreme-court block x 2024-08-30',
      'br-supreme-court reinstate x 2024-10-08',
    ]);
  });

  test('without an earlier state claim on the target, the passive keeps no actor', () => {
    expect(run('X était bloqué dans le pays depuis le 30 août.', 'fr', '2024-10-09')).toEqual([]);
  });
});

describe('extractClaims: an announced restoration that has not happened yet', () => {
  test.each([
    [
      'fr',
      'Meta a annoncé mercredi la levée de la suspension de Donald Trump, dont les comptes seront rétablis dans les prochaines semaines.',
    ],
    ['en', "Meta said on Wednesday that Donald Trump's accounts will be restored in the coming weeks."],
    [
      'it',
      'Meta ha annunciato mercoledì la revoca della sospensione di Donald Trump: i suoi account saranno ripristinati nelle prossime settimane.',
    ],
  ])('%s: no claim', (lang, text) => {
    expect(run(text, lang, '2023-01-26')).toEqual([]);
  });

  test('a restoration that took place is kept', () => {
    expect(
      summary(run("Meta restored Donald Trump's Facebook account on Thursday.", 'en', '2023-02-10')),
    ).toEqual(['meta reinstate donald-trump 2023-02-09']);
  });
});

describe('extractClaims: a verb after a relative pronoun has its own subject', () => {
  test('"los camioneros que bloquean Ottawa" is not a second act of GoFundMe', () => {
    expect(
      summary(
        run(
          'GoFundMe retiró el viernes la colecta del Convoy de la Libertad, cuyos camiones bloquean Ottawa.',
          'es',
          '2022-02-05',
        ),
      ),
    ).toEqual(['gofundme remove freedom-convoy 2022-02-04']);
  });

  test('pt: "o aplicativo de mensagens Telegram" is a service, not a single message', () => {
    expect(
      summary(
        run(
          'O ministro Alexandre de Moraes determinou na sexta-feira o bloqueio do aplicativo de mensagens Telegram.',
          'pt',
          '2022-03-19',
        ),
      ),
    ).toEqual(['br-supreme-court block telegram 2022-03-18']);
  });
});
