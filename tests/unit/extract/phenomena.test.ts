import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';

const index = createExtractorIndex();

function run(text: string, lang: string, published: string | null = '2021-01-11'): ExtractedClaim[] {
  return extractClaims({ text, lang, published }, index);
}

function summary(claims: readonly ExtractedClaim[]): string[] {
  return claims.map((c) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service}`).sort();
}

describe('extractClaims: several actors or targets in one clause', () => {
  test('two actors ban one target', () => {
    expect(summary(run('Twitter and Facebook banned Donald Trump on Friday.', 'en'))).toEqual([
      'facebook ban donald-trump account',
      'x ban donald-trump account',
    ]);
  });

  test('one actor bans two targets', () => {
    expect(summary(run('YouTube a supprimé les chaînes de Dieudonné et Alain Soral.', 'fr'))).toEqual([
      'youtube remove alain-soral channel',
      'youtube remove dieudonne channel',
    ]);
  });
});

describe('extractClaims: the actor implied by the service', () => {
  test('"removed from the App Store and Google Play" gives Apple and Google', () => {
    expect(
      summary(run('Parler was removed from the App Store and Google Play over the weekend.', 'en')),
    ).toEqual(['apple remove parler app_store', 'google remove parler app_store']);
  });

  test('a French passive with "des stores" of named stores', () => {
    const claims = run("L'application Parler a été retirée de l'App Store samedi.", 'fr');
    expect(summary(claims)).toEqual(['apple remove parler app_store']);
    expect(claims[0]!.date).toBe('2021-01-09');
  });
});

describe('extractClaims: a reference to the previous decision', () => {
  test.each([
    ['en', 'Google removed Parler from the Play Store on Friday. Apple followed suit on Saturday.'],
    ['de', 'Google hat Parler am Freitag aus dem Play Store entfernt. Apple zog am Samstag nach.'],
    ['es', 'Google retiró Parler de su tienda el viernes. Apple hizo lo mismo el sábado.'],
    ['it', 'Google ha rimosso Parler dal Play Store venerdì. Apple ha fatto lo stesso sabato.'],
  ])('%s: the follower gets the same action on the same target, with its own date', (lang, text) => {
    const apple = run(text, lang).find((c) => c.actor.id === 'apple');
    expect(apple).toMatchObject({
      action: 'remove',
      target: { id: 'parler' },
      service: 'app_store',
      date: '2021-01-09',
    });
  });
});

describe('extractClaims: apposition', () => {
  test('"son hébergeur Amazon Web Services (AWS)" is one actor, the host', () => {
    expect(
      summary(run("Son hébergeur Amazon Web Services (AWS) a cessé d'héberger Parler dimanche.", 'fr')),
    ).toEqual(['aws terminate parler hosting']);
  });
});

describe('extractClaims: background events keep their own date', () => {
  test('"banned in 2018" is dated 2018 at year precision', () => {
    const claims = run('Facebook banned Infowars in 2018, long before the current dispute.', 'en');
    expect(claims[0]).toMatchObject({
      actor: { id: 'facebook' },
      date: '2018',
      date_precision: 'year',
      date_basis: 'stated',
    });
  });
});

describe('extractClaims: reinstatements', () => {
  test.each([
    ['en', 'Twitter reinstated Donald Trump on Saturday.', 'x'],
    ['en', 'Nigeria lifted the ban on Twitter on Thursday.', 'ng-government'],
    ['en', 'Parler is back on the App Store since Monday.', 'apple'],
    ['fr', 'Le compte de Donald Trump a été rétabli par Twitter samedi.', 'x'],
    ['fr', "La levée de l'interdiction de TikTok par le gouvernement indien n'a pas eu lieu.", null],
    ['de', 'Twitter hat das Konto von Donald Trump am Samstag wieder freigeschaltet.', 'x'],
    ['es', 'El servicio de Telegram fue restablecido en Brasil el sábado.', 'br-government'],
    ['pt', 'O Telegram foi restabelecido no Brasil no sábado.', 'br-government'],
    ['it', "L'account di Donald Trump è stato ripristinato da Twitter sabato.", 'x'],
  ])('%s: %s', (lang, text, actor) => {
    const claims = run(text, lang, '2022-11-21');
    if (actor === null) {
      expect(claims).toEqual([]);
      return;
    }
    expect(claims.map((c) => [c.actor.id, c.action])).toContainEqual([actor, 'reinstate']);
  });
});

describe('extractClaims: government and court orders', () => {
  test.each([
    [
      'en',
      "Brazil's Supreme Court ordered the suspension of X across the country on Friday.",
      'br-supreme-court',
      'BR',
    ],
    ['fr', 'Le gouvernement nigérian a suspendu Twitter vendredi.', 'ng-government', 'NG'],
    [
      'de',
      'Die russische Medienaufsicht Roskomnadsor hat Facebook am Freitag blockiert.',
      'roskomnadzor',
      'RU',
    ],
    ['es', 'India prohibió TikTok el viernes.', 'in-government', 'IN'],
    ['pt', 'O STF determinou o bloqueio do Telegram no Brasil na sexta-feira.', 'br-supreme-court', 'BR'],
    ['it', 'La Russia ha bloccato Facebook venerdì.', 'ru-government', 'RU'],
  ])('%s: block on country_access with the state as country', (lang, text, actor, country) => {
    const claim = run(text, lang, '2024-09-02').find((c) => c.actor.id === actor);
    expect(claim).toMatchObject({
      action: 'block',
      service: 'country_access',
      countries: [country],
      date_basis: 'relative',
    });
  });
});

describe('extractClaims: targets outside the catalogue', () => {
  test('an app named after the verb gets a slug id', () => {
    const claims = run('Apple removed the app Gettrz from the App Store on Friday.', 'en');
    expect(claims[0]).toMatchObject({ actor: { id: 'apple' }, target: { id: 'gettrz', name: 'Gettrz' } });
  });

  test('a person needs a title or role: "the rapper Foo Bar" is a target, a bare "Foo Bar" is not', () => {
    expect(run('YouTube banned the rapper Jonny Examplo on Friday.', 'en')[0]?.target.id).toBe(
      'jonny-examplo',
    );
    expect(run('YouTube banned Jonny Examplo on Friday.', 'en')).toEqual([]);
  });
});

describe('extractClaims: cancelling cues', () => {
  test.each([
    ['en', 'Apple gave Parler 24 hours to submit a moderation plan or be removed from the App Store.'],
    ['en', 'Apple could remove Parler from the App Store.'],
    ['en', 'Lawmakers called on Google to remove TikTok from the Play Store.'],
    ['en', 'Did Twitter ban Donald Trump?'],
    ['en', 'Twitter denied that it had suspended Donald Trump.'],
    ['en', 'Twitter has not banned Donald Trump.'],
    ['fr', 'Apple pourrait retirer Parler de sa boutique.'],
    ['fr', "Apple menace de retirer Parler de l'App Store."],
    ['fr', 'Ces bannissements de Donald Trump par Twitter font craindre des mesures de rétorsion.'],
    ['de', 'Apple könnte Parler aus dem App Store entfernen.'],
    ['de', 'Twitter hat Donald Trump nicht gesperrt.'],
    ['es', 'Apple podría retirar Parler de su tienda.'],
    ['es', 'Twitter no suspendió la cuenta de Donald Trump.'],
    ['pt', 'A Apple poderia remover o Parler da App Store.'],
    ['pt', 'O Twitter não suspendeu a conta de Donald Trump.'],
    ['it', "Apple potrebbe rimuovere Parler dall'App Store."],
    ['it', "Twitter non ha sospeso l'account di Donald Trump."],
  ])('%s: %s gives nothing', (lang, text) => {
    expect(run(text, lang)).toEqual([]);
  });
});

describe('extractClaims: confidence ranks explicit claims above inferences', () => {
  test('an explicit clause beats an implied actor and a cross-sentence reference', () => {
    const explicit = run('Apple removed Parler from the App Store on Saturday.', 'en')[0]!;
    const implied = run('Parler was removed from the App Store on Saturday.', 'en')[0]!;
    const followed = run('Google removed Parler on Friday. Apple followed suit on Saturday.', 'en').find(
      (c) => c.actor.id === 'apple',
    )!;
    expect(explicit.confidence).toBeGreaterThan(implied.confidence);
    expect(explicit.confidence).toBeGreaterThan(followed.confidence);
  });
});

describe('extractClaims: dates', () => {
  test('without a publication date a relative expression gives date null', () => {
    const claim = run('Apple removed Parler from the App Store on Saturday.', 'en', null)[0]!;
    expect(claim.date).toBeNull();
  });

  test('an explicit date wins over the publication date', () => {
    const claim = run('Twitter suspended Donald Trump on 8 January 2021.', 'en', '2021-03-01')[0]!;
    expect(claim).toMatchObject({ date: '2021-01-08', date_basis: 'stated', date_precision: 'day' });
  });

  test('a month without a day gives month precision', () => {
    const claim = run('Twitter suspended Donald Trump in January 2021.', 'en', '2021-03-01')[0]!;
    expect(claim).toMatchObject({ date: '2021-01', date_precision: 'month' });
  });
});
