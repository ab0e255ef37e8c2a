import { describe, expect, test } from 'vitest';
import { actionSummary } from './claim-summary.ts';

const PUBLISHED = '2024-06-01';

function claims(text: string, published = PUBLISHED): string[] {
  return actionSummary(text, 'en', published);
}

describe('round 7, en: a cut undone, from its noun', () => {
  test('"the ban on X was lifted", "has been scrapped": a restoration, not the ban', () => {
    expect(claims("The ban on Telegram was lifted by Brazil's government on Friday.")).toEqual([
      'br-government reinstate telegram',
    ]);
    expect(claims('The ban on Wikipedia has been scrapped by Turkey.')).toEqual([
      'tr-government reinstate wikipedia',
    ]);
  });

  test('scrapped, reversed, withdrew the ban: a restoration', () => {
    expect(claims("India's government scrapped the ban on PUBG.")).toEqual(['in-government reinstate pubg']);
    expect(claims("Russia's government reversed its ban on LinkedIn.")).toEqual([
      'ru-government reinstate linkedin',
    ]);
    expect(claims('Pakistan withdrew the block on X.')).toEqual(['pk-government reinstate x']);
  });

  test('"ordered the ban lifted": the one who orders restores', () => {
    expect(claims('The Supreme Court ordered the ban on X lifted.')).toContain(
      'br-supreme-court reinstate x',
    );
  });

  test('near misses: a lifting that could happen, a threat to withdraw', () => {
    expect(claims('The ban on TikTok could be lifted by India next year.')).toEqual([]);
    expect(claims('Pakistan has threatened to withdraw the ban on X.')).toEqual([]);
  });
});

describe('round 7, en: "X\'s decision to ban Y"', () => {
  test("an owner's decision is the act", () => {
    expect(claims("Twitter's decision to suspend Alex Jones drew criticism.")).toEqual([
      'x suspend alex-jones',
    ]);
    expect(claims("YouTube's decision to remove Alex Jones angered his fans.")).toEqual([
      'youtube remove alex-jones',
    ]);
    expect(claims("Spotify's abrupt decision to ban Alex Jones was praised.")).toEqual([
      'spotify ban alex-jones',
    ]);
  });

  test('near miss: a decision still expected', () => {
    expect(claims('A decision to ban TikTok is expected next month.')).toEqual([]);
  });
});

describe('round 7, en: "had its account restored" is a passive', () => {
  test('suspended, removed, restored', () => {
    expect(claims('Kanye West had his Twitter account suspended by Twitter.')).toEqual([
      'x suspend kanye-west',
    ]);
    expect(claims('Alex Jones had his channel removed by YouTube.')).toEqual(['youtube remove alex-jones']);
    expect(claims('Parler has had its app restored by Apple.')).toEqual(['apple reinstate parler']);
  });

  test('near miss: a bank account frozen', () => {
    expect(claims('Donald Trump had his bank account frozen.')).toEqual([]);
  });
});

describe('round 7, en: began to block, cut access, shut the account', () => {
  test('"began to block", "started to restrict access to": the act has begun', () => {
    expect(claims('Russia began to block LinkedIn in November.')).toEqual(['ru-government block linkedin']);
    expect(claims('Iran started to restrict access to Instagram.')).toEqual([
      'ir-government block instagram',
    ]);
  });

  test('near miss: a plan to begin', () => {
    expect(claims('Russia plans to begin to block LinkedIn.')).toEqual([]);
  });

  test('"ordered internet providers to cut access to"', () => {
    expect(
      claims('The government ordered internet providers to cut access to Facebook in Sri Lanka.'),
    ).toEqual(['lk-government block facebook']);
  });

  test('"shut the account of"', () => {
    expect(claims('Patreon shut the account of Lauren Southern.')).toEqual([
      'patreon remove lauren-southern',
    ]);
  });
});

describe('round 7, en: working again', () => {
  test('"working again", "loading again" in a country: a restoration', () => {
    expect(claims('WhatsApp and Telegram are working again in Iran.')).toEqual([
      'ir-government reinstate telegram',
      'ir-government reinstate whatsapp',
    ]);
    expect(claims('Facebook is loading again across Sri Lanka.')).toEqual([
      'lk-government reinstate facebook',
    ]);
  });
});

describe('round 7, en: ", with … saying" closes the clause', () => {
  test('the people in the "with" clause are no targets', () => {
    expect(
      claims(
        "The backlash against Twitch's decision to ban Dr Disrespect grew, with streamer Jordan Peterson and host Dave Rubin saying they would leave.",
      ),
    ).toEqual(['twitch ban dr-disrespect']);
  });
});

describe('round 7, en: sanctions handed out, the door shown', () => {
  test('"handed X a suspension", "gave X a permanent ban", "was hit with a lifetime ban", "showed X the door"', () => {
    expect(claims('Twitch handed Dr Disrespect a two-week suspension.')).toEqual([
      'twitch suspend dr-disrespect',
    ]);
    expect(claims('Twitter gave Alex Jones a permanent ban.')).toEqual(['x ban alex-jones']);
    expect(claims('Dr Disrespect was hit with a lifetime ban by Twitch.')).toEqual([
      'twitch ban dr-disrespect',
    ]);
    expect(claims('YouTube showed Alex Jones the door.')).toEqual(['youtube ban alex-jones']);
  });

  test('near misses: a sanction that could come, a warning', () => {
    expect(claims('Twitch could hand Dr Disrespect a suspension.')).toEqual([]);
    expect(claims('Twitter gave Alex Jones a warning.')).toEqual([]);
  });

  test('"imposed restrictions on": a restriction', () => {
    expect(claims('Russia imposed restrictions on Twitter.')).toEqual(['ru-government restrict x']);
  });
});

describe('round 7, en: outlawed, listed, extremist', () => {
  test('"outlawed", "declared X an extremist organisation", "added X to its registry of banned sites"', () => {
    expect(claims('India outlawed TikTok.')).toEqual(['in-government block tiktok']);
    expect(claims('Russia declared Meta an extremist organisation.')).toHaveLength(1);
    expect(claims('Roskomnadzor added LinkedIn to its registry of banned sites.')).toEqual([
      'roskomnadzor block linkedin',
    ]);
  });

  test('near miss: a designation that may come', () => {
    expect(claims('Russia may declare Meta an extremist organisation.')).toEqual([]);
  });
});

describe('round 7, en: restorations and account limits in other words', () => {
  test('let back, brought back, unlocked, allowed to resume', () => {
    expect(claims('Twitter let Donald Trump back on the platform.')).toEqual(['x reinstate donald-trump']);
    expect(claims("Twitter brought back Donald Trump's account.")).toEqual(['x reinstate donald-trump']);
    expect(claims('Twitter unlocked the account of Marjorie Taylor Greene.')).toEqual([
      'x reinstate marjorie-taylor-greene',
    ]);
    expect(claims('Brazil allowed Telegram to resume operations.')).toEqual([
      'br-government reinstate telegram',
    ]);
  });

  test('near miss: a refusal to let back', () => {
    expect(claims('Twitter will not let Donald Trump back.')).toEqual([]);
  });

  test('"blocked X from posting", "put X\'s account in read-only mode", "closed r/…", "slowed down"', () => {
    expect(claims('Facebook blocked Donald Trump from posting.')).toEqual(['facebook suspend donald-trump']);
    expect(claims("Twitter put Donald Trump's account in read-only mode.")).toEqual([
      'x restrict donald-trump',
    ]);
    expect(claims('Reddit closed r/The_Donald.')).toEqual(['reddit remove the-donald']);
    expect(claims('Russia slowed down Twitter.')).toEqual(['ru-government restrict x']);
  });

  test('near miss: the economy slowed down', () => {
    expect(claims('The economy slowed down in May.')).toEqual([]);
  });
});

describe('round 7, en: a cut that ends', () => {
  test('"End of Twitter ban in Nigeria", "the ban … came to an end", "expired": a restoration', () => {
    expect(claims('End of Twitter ban in Nigeria')).toEqual(['ng-government reinstate x']);
    expect(claims("Nigeria's seven-month ban on Twitter came to an end on Wednesday.")).toEqual([
      'ng-government reinstate x',
    ]);
    expect(claims('The ban on Twitter expired on Friday in Nigeria.')).toEqual(['ng-government reinstate x']);
  });

  test('near miss: an end announced for later', () => {
    expect(claims('The ban on Twitter will end in June.')).toEqual([]);
  });

  test('"no longer protects": a service ended', () => {
    expect(claims('Cloudflare no longer protects 8chan.')).toEqual(['cloudflare terminate 8chan']);
  });
});
