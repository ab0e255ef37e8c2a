import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, published: string): string[] {
  return extractClaims({ text, lang: 'en', published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id} ${c.service} ${c.date}`)
    .sort();
}

describe('round 6, en: constructions of news prose', () => {
  test('"took X off its store" removes', () => {
    expect(summary('Apple took the Signal app off the App Store in China on Friday.', '2024-04-20')).toEqual([
      'apple remove signal app_store 2024-04-19',
    ]);
  });

  test('"pulled the plug on" cuts the service named by the actor', () => {
    expect(summary('Amazon Web Services pulled the plug on Parler on Sunday.', '2021-01-12')).toEqual([
      'aws terminate parler hosting 2021-01-10',
    ]);
  });

  test('"shuts down X fundraiser" removes the fundraiser', () => {
    expect(summary('GoFundMe shuts down Freedom Convoy fundraiser', '2022-02-05')).toEqual([
      'gofundme remove freedom-convoy payments 2022-02-05',
    ]);
  });

  test('"shut down access to" blocks', () => {
    expect(summary('Iran shut down access to Instagram on Wednesday.', '2024-04-20')).toEqual([
      'ir-government block instagram country_access 2024-04-17',
    ]);
  });

  test('"purged" removes', () => {
    expect(summary('Google Play purged the app Gab on Friday.', '2024-04-20')).toEqual([
      'google remove gab app_store 2024-04-19',
    ]);
  });

  test('"becomes latest platform to ban" has banned', () => {
    expect(summary('YouTube becomes latest platform to ban Andrew Tate', '2022-08-22')).toEqual([
      'youtube ban andrew-tate account 2022-08-22',
    ]);
  });

  test('a first one "could become" is a plan', () => {
    expect(summary('Montana could become the first state to ban TikTok.', '2023-04-14')).toEqual([]);
  });
});

describe('round 6, en: "him" and "her" after the verb stand for the last target', () => {
  test('suspended him', () => {
    expect(
      summary(
        'Andrew Tate was removed from Big Brother in 2016. Twitter permanently suspended him in 2017.',
        '2022-08-22',
      ),
    ).toEqual(['x ban andrew-tate account 2017']);
  });

  test('reinstated him', () => {
    expect(
      summary(
        'YouTube suspended the channel of Donald Trump on Jan. 12, 2021. Twitter reinstated him in November.',
        '2023-03-17',
      ),
    ).toContain('x reinstate donald-trump account 2022-11');
  });

  test('"the social network" after the verb stands for the site just named', () => {
    expect(
      summary(
        'Parler went dark on Monday after Amazon Web Services stopped hosting the social network.',
        '2021-01-12',
      ),
    ).toEqual(['aws terminate parler hosting 2021-01-11']);
  });
});

describe('round 6, en: an appositive subject is not a clause of its own', () => {
  test('"X, a provider of …, said that it had terminated"', () => {
    expect(
      summary(
        'DDoS-Guard, a provider of denial-of-service protection, said on Monday that it had terminated its services for Kiwi Farms.',
        '2022-09-06',
      ),
    ).toEqual(['ddos-guard terminate kiwi-farms cdn_security 2022-09-05']);
  });
});

describe('round 6, en: following a lead', () => {
  test('"followed its lead"', () => {
    expect(
      summary('Facebook banned Alex Jones on Monday. Twitter followed its lead on Tuesday.', '2018-08-08'),
    ).toEqual(['facebook ban alex-jones account 2018-08-06', 'x ban alex-jones account 2018-08-07']);
  });
});

describe('round 6, en: withdrawals and dropped orders are not cuts', () => {
  test.each([
    ['pulled out of talks', 'Meta pulled out of the talks with Elon Musk in May.'],
    ['pulled out of a code', 'Twitter pulled out of the EU code of practice after Elon Musk bought it.'],
    [
      'dropped an order',
      "A judge at Spain's National Court on Monday dropped his order to suspend Telegram nationwide.",
    ],
  ])('%s', (_name, text) => {
    expect(summary(text, '2024-03-25')).toEqual([]);
  });
});

describe('round 6, en: fears, speculation and petitions told after the fact do not cancel it', () => {
  test.each([
    [
      'Apple removed Parler from the App Store, citing fears of further violence.',
      'apple remove parler app_store 2021-01-11',
    ],
    ['Twitter banned Donald Trump amid fears of further unrest.', 'x ban donald-trump account 2021-01-11'],
    [
      'YouTube removed the channel of Alex Jones after a petition signed by thousands.',
      'youtube remove alex-jones channel 2021-01-11',
    ],
    ['Twitter suspended Alex Jones, ending weeks of speculation.', 'x suspend alex-jones account 2021-01-11'],
  ])('%s', (text, claim) => {
    expect(summary(text, '2021-01-11')).toEqual([claim]);
  });

  test.each([
    'A petition to ban Alex Jones from Twitter has gathered 10,000 signatures.',
    'Speculation that Twitter banned Trump spread online.',
  ])('still cancels: %s', (text) => {
    expect(summary(text, '2021-01-11')).toEqual([]);
  });

  test('"cut them off"', () => {
    expect(
      summary(
        'Amazon suspended Parler. Days later Amazon cut them off completely and ended its hosting.',
        '2021-01-11',
      ),
    ).toEqual(['amazon suspend parler hosting 2021-01-11', 'amazon terminate parler hosting 2021-01-11']);
  });
});

describe('round 6, en: a headline name and participle before "by" or "from" is a passive', () => {
  test.each([
    ['Parler banned from App Store by Apple', 'apple ban parler app_store 2021-01-10'],
    ['Alex Jones suspended by Twitter for a week', 'x suspend alex-jones account 2021-01-10'],
    ['Parler removed from Google Play', 'google remove parler app_store 2021-01-10'],
  ])('%s', (text, claim) => {
    expect(summary(text, '2021-01-10')).toEqual([claim]);
  });

  test('the past tense of prose keeps its object after the verb', () => {
    expect(summary('Apple removed Parler from the App Store.', '2021-01-10')).toEqual([
      'apple remove parler app_store 2021-01-10',
    ]);
  });
});

describe('round 6, en: plural subjects in the present (headlines)', () => {
  test.each([
    [
      'Apple and Google suspend Parler',
      ['apple suspend parler app_store 2021-01-11', 'google suspend parler app_store 2021-01-11'],
    ],
    [
      'Facebook and YouTube ban Alex Jones',
      ['facebook ban alex-jones account 2021-01-11', 'youtube ban alex-jones account 2021-01-11'],
    ],
    [
      'Facebook and YouTube remove Infowars pages, Twitter holds out',
      ['facebook remove infowars account 2021-01-11', 'youtube remove infowars account 2021-01-11'],
    ],
  ])('%s', (text, claims) => {
    expect(summary(text, '2021-01-11')).toEqual(claims);
  });

  test.each(['The ban Twitter imposed on Trump stands.', 'Facebook will suspend Trump.'])(
    'no claim: %s',
    (text) => {
      expect(summary(text, '2021-01-11')).toEqual([]);
    },
  );
});
