import { describe, expect, test } from 'vitest';
import { claimKeyOf, hashKey, summarizeEvent } from '../../../src/core/events/index.ts';

describe('hashKey', () => {
  // Pinned: the cluster → id table stores these keys, so changing the function would re-mint every id ("-2" ids).
  test.each([
    ['', '0ztntfp01efc4f'],
    ['https://a.example/1|apple|remove|parler|app_store', '15jet6y19be04p'],
  ])('hashKey(%j) stays %s', (input, expected) => {
    expect(hashKey(input)).toBe(expected);
  });

  test('claim keys differ when the article or the action differs, and ignore everything else', () => {
    const base = {
      article_url: 'https://a.example/1',
      actor: 'apple',
      action: 'remove' as const,
      target: 'parler',
      target_name: 'Parler',
      service: 'app_store' as const,
    };
    expect(claimKeyOf(base)).toBe(claimKeyOf({ ...base, target_name: 'PARLER' }));
    expect(claimKeyOf(base)).not.toBe(claimKeyOf({ ...base, article_url: 'https://a.example/2' }));
    expect(claimKeyOf(base)).not.toBe(claimKeyOf({ ...base, action: 'reinstate' }));
    expect(claimKeyOf(base)).toMatch(/^[0-9a-z]{14}$/);
  });
});

describe('summarizeEvent', () => {
  test.each([
    [
      {
        actor: 'apple',
        actor_name: 'Apple',
        action: 'remove',
        target_name: 'Parler',
        service: 'app_store',
        countries: [],
      },
      'Apple removed Parler from the App Store.',
    ],
    [
      {
        actor: 'apple',
        actor_name: 'Apple',
        action: 'reinstate',
        target_name: 'Parler',
        service: 'app_store',
        countries: [],
      },
      'Apple restored Parler to the App Store.',
    ],
    [
      {
        actor: 'aws',
        actor_name: 'Amazon Web Services',
        action: 'terminate',
        target_name: 'Parler',
        service: 'hosting',
        countries: [],
      },
      'Amazon Web Services stopped hosting Parler.',
    ],
    [
      {
        actor: 'x',
        actor_name: 'Twitter',
        action: 'ban',
        target_name: 'Donald Trump',
        service: 'account',
        countries: [],
      },
      "Twitter banned Donald Trump's account.",
    ],
    [
      {
        actor: 'youtube',
        actor_name: 'YouTube',
        action: 'suspend',
        target_name: 'Infowars',
        service: 'channel',
        countries: [],
      },
      "YouTube suspended Infowars' channel.",
    ],
    [
      {
        actor: 'br-supreme-court',
        actor_name: 'Supreme Federal Court',
        action: 'block',
        target_name: 'X',
        service: 'country_access',
        countries: ['BR'],
      },
      'Supreme Federal Court blocked access to X in BR.',
    ],
  ] as const)('%o → %s', (input, expected) => {
    expect(summarizeEvent(input)).toBe(expected);
  });
});
