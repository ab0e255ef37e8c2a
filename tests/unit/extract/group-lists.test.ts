import { describe, expect, test } from 'vitest';
import { createExtractorIndex, type ExtractedClaim, extractClaims } from '../../../src/core/extract/index.ts';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

const index = createExtractorIndex(loadEntities());

function summary(text: string, lang: string, published: string): string[] {
  return extractClaims({ text, lang, published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id}`)
    .sort();
}

describe('extractClaims: a cut group whose members are listed', () => {
  test('the next sentence lists them ("Among them:"), employers are not members', () => {
    const text =
      'Twitter on Thursday suspended the accounts of several reporters who cover Elon Musk. Among them: Ryan Mac of The New York Times, CNN’s Donie O’Sullivan and Aaron Rupar.';
    const claims = summary(text, 'en', '2022-12-16');
    expect(claims).toContain('x suspend ryan-mac');
    expect(claims).toContain('x suspend aaron-rupar');
    expect(claims.some((c) => c.includes('elon-musk'))).toBe(false);
    expect(claims.some((c) => c.includes('new-york-times'))).toBe(false);
    expect(claims.some((c) => c.includes(' cnn'))).toBe(false);
  });

  test('"Those locked out included…" opens the list too', () => {
    const text =
      'Twitter on Thursday suspended the accounts of at least half a dozen journalists who cover the company. Those locked out included Ryan Mac of the New York Times and Keith Olbermann.';
    expect(summary(text, 'en', '2022-12-16')).toEqual(['x suspend keith-olbermann', 'x suspend ryan-mac']);
  });

  test.each([
    ['fr', "L'Inde a interdit vendredi 59 applications chinoises, dont TikTok et WeChat."],
    ['de', 'Indien hat am Freitag 59 chinesische Apps verboten, darunter TikTok und WeChat.'],
    ['es', 'India prohibió el viernes 59 aplicaciones chinas, entre ellas TikTok y WeChat.'],
    ['pt', 'A Índia proibiu na sexta-feira 59 aplicativos chineses, incluindo TikTok e WeChat.'],
    ['it', "L'India ha vietato venerdì 59 applicazioni cinesi, tra cui TikTok e WeChat."],
    ['en', 'India banned 59 Chinese apps on Friday, including TikTok and WeChat.'],
  ])('%s: the list inside the sentence', (lang, text) => {
    const claims = summary(text, lang, '2020-07-01');
    expect(claims).toEqual(['in-government block tiktok', 'in-government block wechat']);
  });

  test('a group with no list gives nothing, and the list needs its opener', () => {
    expect(
      summary('Twitter suspended the accounts of several reporters on Thursday.', 'en', '2022-12-16'),
    ).toEqual([]);
    expect(
      summary(
        'Twitter suspended the accounts of several reporters on Thursday. Ryan Mac said he learned it from readers.',
        'en',
        '2022-12-16',
      ),
    ).toEqual([]);
  });
});

describe('extractClaims: a role noun for a state body acts for the state named last', () => {
  test.each([
    [
      'en',
      'Roskomnadzor cited discrimination against Russian media. The same day, the regulator blocked Meduza.',
    ],
    ['fr', 'Roskomnadzor a invoqué des discriminations. Le même jour, le régulateur a bloqué Meduza.'],
    ['es', 'Roskomnadzor invocó discriminaciones. El mismo día, el regulador bloqueó Meduza.'],
  ])('%s', (lang, text) => {
    expect(summary(text, lang, '2022-03-05')).toEqual(['roskomnadzor block meduza']);
  });
});

describe('splitSentences: "No." abbreviates only before a number', () => {
  test('an answer "No." ends its sentence; "No. 5" does not', () => {
    expect(splitSentences('No. Apple retiró la app.').map((s) => s.text)).toEqual([
      'No.',
      'Apple retiró la app.',
    ]);
    expect(splitSentences('Es la regla No. 5 del código.').map((s) => s.text)).toHaveLength(1);
  });
});
