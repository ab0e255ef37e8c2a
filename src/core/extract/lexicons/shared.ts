import type { ServiceWordRule } from './types.ts';

/** Service words that read the same in every language: product names and technical terms. */
export const SHARED_SERVICE_WORDS: readonly ServiceWordRule[] = [
  { pattern: 'App[ -]?Store', service: 'app_store', actor: 'apple' },
  { pattern: 'Google Play(?: Store)?|Play[ -]?Store', service: 'app_store', actor: 'google' },
  { pattern: 'Apple Podcasts', service: 'content', actor: 'apple-podcasts' },
  { pattern: 'Amazon Web Services|AWS', service: 'hosting', actor: 'aws' },
  { pattern: 'DDoS|CDN', service: 'cdn_security' },
  { pattern: 'PayPal|Stripe|Visa|Mastercard|Patreon|GoFundMe', service: 'payments' },
  { pattern: 'e-?mails?|newsletters?|Mailchimp', service: 'email' },
  { pattern: 'podcasts?|Spotify', service: 'content' },
  { pattern: 'stores', service: 'app_store' },
];

/** Zones news reports name, mapped to IANA names. */
export const TIME_ZONE_WORDS: Record<string, string> = {
  gmt: 'UTC',
  utc: 'UTC',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  'pacific time': 'America/Los_Angeles',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  'eastern time': 'America/New_York',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
  'heure de paris': 'Europe/Paris',
  'heure française': 'Europe/Paris',
  msk: 'Europe/Moscow',
  'heure de moscou': 'Europe/Moscow',
  brt: 'America/Sao_Paulo',
  'horário de brasília': 'America/Sao_Paulo',
  'hora de brasília': 'America/Sao_Paulo',
  ist: 'Asia/Kolkata',
  mez: 'Europe/Berlin',
  mesz: 'Europe/Berlin',
};
