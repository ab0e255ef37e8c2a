/**
 * Scraped text is untrusted (DESIGN §6): only `http:` and `https:` links are rendered as links. Anything else
 * (`javascript:`, `data:`, relative paths, garbage) is shown as plain text by the caller.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/** The host of an http(s) URL for display ("www.example.org"), or null. */
export function hostOf(value: string | null | undefined): string | null {
  const safe = safeHttpUrl(value);
  return safe ? new URL(safe).host : null;
}
