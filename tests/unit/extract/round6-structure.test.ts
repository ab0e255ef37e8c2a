import { describe, expect, test } from 'vitest';
import { findDateExpressions, parseReferenceDate } from '../../../src/core/extract/dates.ts';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, lang: string, published: string): string[] {
  return extractClaims({ text, lang, published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.date}`)
    .sort();
}

describe('round 6: structures found in the second blind set', () => {
  test('a list that continues two sentences later ("La liste comprend aussi…")', () => {
    const text =
      "L'Inde a interdit lundi 59 applications chinoises, dont TikTok. Le ministère invoque la sécurité de l'État. La liste comprend aussi la messagerie WeChat et le navigateur UC Browser d'Alibaba.";
    const claims = summary(text, 'fr', '2020-06-30');
    expect(claims).toContain('in-government block tiktok 2020-06-29');
    expect(claims).toContain('in-government block wechat 2020-06-29');
    expect(claims).toContain('in-government block uc-browser 2020-06-29');
    expect(claims.some((c) => c.includes('alibaba'))).toBe(false);
  });

  test('a dateline gives no date: the act keeps its own', () => {
    const reference = parseReferenceDate('2022-03-05');
    expect(
      findDateExpressions('MOSCOW, March 5 — The regulator said it had blocked Facebook.', 'en', reference),
    ).toEqual([]);
  });

  test('a month with its year needs no preposition ("Dezembro de 2015 —")', () => {
    const found = findDateExpressions(
      'Dezembro de 2015 — A Justiça suspendeu o aplicativo.',
      'pt',
      parseReferenceDate('2016-07-20'),
    );
    expect(found.map((e) => [e.date, e.precision])).toEqual([['2015-12', 'month']]);
  });

  test('a headline in the present takes the day the body gives the same act', () => {
    const text =
      'GoFundMe shuts down Freedom Convoy fundraiser\n\nGoFundMe said it removed the Freedom Convoy campaign on Wednesday.';
    expect(summary(text, 'en', '2022-02-05').filter((c) => c.startsWith('gofundme'))).not.toContainEqual(
      expect.stringMatching(/2022-02-05$/),
    );
  });

  test('taken out of playlists and recommendations is a restriction, not a removal', () => {
    expect(
      summary(
        'Spotify removed R. Kelly from its editorial playlists and recommendations on Thursday.',
        'en',
        '2018-05-11',
      ),
    ).toEqual(['spotify restrict r-kelly 2018-05-10']);
  });

  test('an owner or the fans named beside the target are not targets', () => {
    expect(
      summary(
        "Apple removed Meta's WhatsApp and Threads from its App Store in China on Friday.",
        'en',
        '2024-04-20',
      ),
    ).toEqual(['apple remove threads 2024-04-19', 'apple remove whatsapp 2024-04-19']);
    expect(
      summary(
        'Parler, the social network popular with supporters of Donald Trump, is back on the Google Play Store.',
        'en',
        '2022-09-03',
      ).some((c) => c.includes('donald-trump')),
    ).toBe(false);
  });

  test('German "Über" is not Uber', () => {
    expect(
      summary(
        'Über eine Rückkehr von Alex Jones will Musk nicht entscheiden, Twitter hat aber Trump entsperrt.',
        'de',
        '2022-11-20',
      ).some((c) => c.startsWith('uber')),
    ).toBe(false);
  });

  test.each([
    ['pt', 'Juiz espanhol recua e suspende bloqueio do Telegram antes de entrar em vigor'],
    ['en', 'The judge halted the block of Telegram before it took effect.'],
  ])('%s: a block halted before it took effect cut nothing', (lang, text) => {
    expect(summary(text, lang, '2024-03-26')).toEqual([]);
  });

  test.each([
    ['en', 'Google pulled Parler from its store on 8 January 2021. Apple followed suit a day later.'],
    ['fr', 'Google a retiré Parler de sa boutique le 8 janvier 2021. Apple a suivi le lendemain.'],
  ])('%s: "a day later" after a dated act is the next day', (lang, text) => {
    expect(summary(text, lang, '2021-01-12').filter((c) => c.startsWith('apple'))).toEqual([
      'apple remove parler 2021-01-09',
    ]);
  });

  test.each([
    [
      'en',
      'Cloudflare protects millions of sites. The San Francisco company said on Saturday it had blocked Kiwi Farms.',
    ],
    ['de', 'Cloudflare schützt Millionen Seiten. Der US-Konzern hat Kiwi Farms am Samstag gesperrt.'],
  ])('%s: an epithet for a company stands for the company named last', (lang, text) => {
    const claims = summary(text, lang, '2022-09-06');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/^cloudflare (?:block|suspend|terminate) kiwi-farms 2022-09-03$/);
  });

  test.each([
    ['fr', 'Moscou a bloqué Facebook vendredi.', 'ru-government block facebook 2022-03-04'],
    [
      'en',
      'Beijing blocked Wikipedia in all languages on Friday.',
      'cn-government block wikipedia 2022-03-04',
    ],
    ['it', 'Teheran ha bloccato Instagram venerdì.', 'ir-government block instagram 2022-03-04'],
  ])('%s: a capital stands for its government', (lang, text, expected) => {
    expect(summary(text, lang, '2022-03-05')).toEqual([expected]);
  });

  test('a dateline city and "criticism from Beijing" are no parties', () => {
    expect(
      summary(
        'MOSCOW, March 5 (Reuters) - Twitter suspended the account of RT on Friday.',
        'en',
        '2022-03-05',
      ),
    ).toEqual(['x suspend rt 2022-03-04']);
    const claims = summary(
      'Nach scharfer Kritik aus Peking hat Apple die App HKmap.live am Mittwoch aus seinem App Store entfernt.',
      'de',
      '2019-10-10',
    );
    expect(claims.some((c) => c.startsWith('cn-government'))).toBe(false);
  });

  test.each([
    ['es', 'Twitter suspendió el viernes la cuenta de Donald Trump. También suspendió la cuenta de Parler.'],
    ['pt', 'O Twitter suspendeu na sexta-feira a conta de Donald Trump. Também suspendeu a conta do Parler.'],
    ['it', 'Twitter ha sospeso venerdì l’account di Donald Trump. Ha sospeso anche l’account di Parler.'],
  ])('%s: a dropped subject continues the last actor, an impersonal "se" does not', (lang, text) => {
    expect(summary(text, lang, '2021-01-09').map((c) => c.split(' ').slice(0, 3).join(' '))).toContainEqual(
      expect.stringMatching(/^x \w+ parler$/),
    );
    expect(
      summary(
        'Twitter suspendió la cuenta de Donald Trump. Se bloqueó el acceso a Parler.',
        'es',
        '2021-01-09',
      ),
    ).toHaveLength(1);
  });

  test('"a small U.S. provider" is no state act', () => {
    expect(
      summary(
        'On Thursday, EveryDNS, a small U.S. provider, ended its service for the WikiLeaks domain.',
        'en',
        '2010-12-04',
      ).some((c) => c.startsWith('us-government')),
    ).toBe(false);
  });

  test('"in May last year" is last year\'s May; "for about a month" is no date', () => {
    const reference = parseReferenceDate('2022-09-03');
    expect(
      findDateExpressions('Apple let Parler back into its App Store in May last year.', 'en', reference)
        .filter((e) => e.precision === 'month')
        .map((e) => e.date),
    ).toEqual(['2021-05']);
    expect(findDateExpressions('It stayed offline for about a month.', 'en', reference)).toEqual([]);
  });

  test.each([
    ['pt', 'Em 30 de agosto, Moraes mandou tirar do ar a rede social X, de Elon Musk.', 'elon-musk'],
    [
      'it',
      'A novembre Twitter, da poco acquistato da Elon Musk, aveva ripristinato il profilo di Trump.',
      'elon-musk',
    ],
    ['fr', 'Lundi soir, Reddit a fermé son principal forum pro-Trump.', 'donald-trump'],
    [
      'it',
      "Poche settimane dopo l'invasione dell'Ucraina, Roskomnadzor aveva bloccato Facebook.",
      'ua-government',
    ],
  ])(
    '%s: an owner, a "pro-" modifier or an event named after a country is no party (%s)',
    (lang, text, id) => {
      expect(summary(text, lang, '2024-12-01').some((c) => c.split(' ').includes(id))).toBe(false);
    },
  );

  test('the name after such a phrase and a comma still acts', () => {
    expect(
      summary(
        "Poche settimane dopo l'invasione dell'Ucraina, Roskomnadzor aveva bloccato Facebook.",
        'it',
        '2022-12-01',
      ),
    ).toContainEqual(expect.stringMatching(/^roskomnadzor block facebook/));
  });

  test('a government named as such keeps acting when the article also names a court of its country', () => {
    const text =
      "Le Premier ministre Gabriel Attal a annoncé mercredi l'interdiction de TikTok en Nouvelle-Calédonie. Des juristes comptent saisir le Conseil d'État.";
    expect(summary(text, 'fr', '2024-05-16').map((c) => c.split(' ')[0])).toEqual(['fr-government']);
  });

  test('a self-withdrawal ("o próprio TikTok suspendeu o serviço") is no cut-off', () => {
    expect(
      summary(
        'Na noite de sábado, o próprio TikTok suspendeu o serviço nos Estados Unidos.',
        'pt',
        '2025-01-20',
      ),
    ).toEqual([]);
  });

  test.each([
    [
      'it',
      'Wikipedia, oscurata dalla BTK il 29 aprile, resta inaccessibile.',
      '2017-05-01',
      /^btk block wikipedia 2017-04-29$/,
    ],
    [
      'en',
      'Parler, dropped by Amazon on Sunday, is looking for a new host.',
      '2021-01-12',
      /^amazon \w+ parler 2021-01-10$/,
    ],
    [
      'fr',
      'Parler, lâché par Amazon dimanche, cherche un nouvel hébergeur.',
      '2021-01-12',
      /^amazon \w+ parler 2021-01-10$/,
    ],
  ])('%s: a participle with its agent and no auxiliary is a passive', (lang, text, published, expected) => {
    const claims = summary(text, lang, published);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(expected);
  });

  test('"by mistake" after an active verb makes no passive', () => {
    expect(
      summary('Twitter suspended the account of Alex Jones by mistake on Friday.', 'en', '2021-01-12'),
    ).toEqual(['x suspend alex-jones 2021-01-08']);
  });

  test.each([
    ['fr', 'Mardi, c’est Visa qui a suspendu à son tour les paiements destinés à WikiLeaks.', 'visa'],
    ['es', 'Fue Twitter quien suspendió la cuenta de Donald Trump el viernes.', 'x'],
    ['en', 'It was Twitter that suspended the account of Donald Trump on Friday.', 'x'],
    ['pt', 'Foi o Twitter que suspendeu a conta de Donald Trump na sexta-feira.', 'x'],
  ])('%s: a cleft puts its actor forward, and its "est"/"fue"/"foi" is no passive', (lang, text, actor) => {
    const claims = summary(text, lang, '2021-01-09');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.split(' ')[0]).toBe(actor);
  });

  test('a product sales ban is no cut-off', () => {
    expect(
      summary(
        'O Ministério da Justiça determinou nesta terça-feira a suspensão da venda de iPhones sem carregador em todo o país.',
        'pt',
        '2022-09-07',
      ),
    ).toEqual([]);
  });
});
