/**
 * One canonical form per article URL, so that the same story reached through a tracking link is stored once.
 */
import normalizeUrl from 'normalize-url';

/**
 * Query parameters that only track the reader, never select content. normalize-url's own default list is only
 * `utm_*`; French and Spanish publishers add `xtor`, `at_*` (AT Internet), Mailchimp adds `mc_*`, social networks
 * add `fbclid`, `gclid`, `igshid`, and so on.
 */
export const TRACKING_PARAMETER_PATTERNS: readonly RegExp[] = [
  /^utm_\w+$/i,
  /^at_\w+$/i,
  /^mc_\w+$/i,
  /^(?:fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|twclid|ttclid|li_fat_id)$/i,
  /^(?:xtor|xtref|ssm|ito|cmpid|ncid|ocid|sr_share|smid|smtyp|_ga|_gl|__twitter_impression)$/i,
  /^(?:ref_src|ref_url|wt_mc|wt_zmc|ns_source|ns_mchannel|ns_campaign|ns_linkname|ns_fee|soc_src|soc_trk)$/i,
  /^(?:oly_anon_id|oly_enc_id|vero_conv|vero_id)$/i,
];

/**
 * Canonicalises an absolute http(s) URL: lower-case host, default port and fragment dropped, tracking parameters
 * stripped, remaining parameters sorted, `www.` kept (some publishers serve different sites with and without it).
 * @returns the canonical URL, or null when the input is not an absolute http: or https: URL.
 */
export function canonicalizeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  try {
    return normalizeUrl(parsed.href, {
      stripHash: true,
      stripWWW: false,
      removeQueryParameters: TRACKING_PARAMETER_PATTERNS,
      removeTrailingSlash: false,
      removeSingleSlash: false,
      sortQueryParameters: true,
      removeDirectoryIndex: false,
      stripTextFragment: true,
    });
  } catch {
    return null;
  }
}

/**
 * Resolves `href` against `base` and keeps it only when it is http(s).
 * @returns the absolute URL, or null for `javascript:`, `data:`, `mailto:` and unparsable links.
 */
export function resolveHttpUrl(
  href: string | null | undefined,
  base: string | null | undefined,
): string | null {
  if (href === null || href === undefined) return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  let resolved: URL;
  try {
    resolved = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
  return resolved.href;
}
