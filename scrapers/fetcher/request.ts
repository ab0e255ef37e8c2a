/**
 * One HTTP request (one redirect hop) through node:http/https, with the connect-time address guard. We use
 * node:http rather than fetch because only node:http lets us hook `lookup` (the address actually connected to) and
 * destroy the socket on our own deadline; fetch's timers restart on every byte, so a trickle never trips them.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIpLiteral, isRefusedAddress } from './address-policy.ts';
import { abortedError } from './deadline.ts';
import { FetchError } from './errors.ts';
import { type AllowList, createGuardedLookup, type ResolveHostname } from './guarded-lookup.ts';

/** The host as node:http wants it: IPv6 literals without their brackets. */
export function hostForRequest(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Refuses an IP-literal host before any socket exists (node skips `lookup` for literals). WHATWG URL has already
 * turned 2130706433, 0x7f.0.0.1, 0177.0.0.1 and 127.1 into 127.0.0.1, and [::ffff:127.0.0.1] into [::ffff:7f00:1],
 * so checking the parsed hostname checks what will be connected to.
 * @throws FetchError `private_address`
 */
export async function assertLiteralHostAllowed(url: URL, allowList: AllowList): Promise<void> {
  const host = hostForRequest(url);
  if (!isIpLiteral(host)) return;
  const entries = (await allowList.entriesFor(host)) ?? [];
  if (isRefusedAddress(host, entries)) {
    throw new FetchError(
      'private_address',
      `fetcher: refused to connect to ${host}: private, loopback or reserved address not in allow_private_hosts`,
      { url: url.href, mayBeTransient: false },
    );
  }
}

export interface SendRequestOptions {
  url: URL;
  headers: Record<string, string>;
  allowList: AllowList;
  resolve: ResolveHostname;
  signal: AbortSignal;
  /** Extra trusted certificate authorities for https (a private feed server, or a test server); default: Node's. */
  ca?: string | Buffer | undefined;
}

function classifyRequestError(error: unknown, url: string, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return abortedError(signal, url, 'before the response headers', error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new FetchError('dns', `fetcher: cannot resolve ${new URL(url).hostname}`, {
      url,
      mayBeTransient: true,
      cause: error,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new FetchError('connection', `fetcher: connection failed (${detail})`, {
    url,
    mayBeTransient: true,
    cause: error,
  });
}

/**
 * Sends a GET and resolves with the response once its headers arrived (the body is not read).
 * No cookies are stored or sent, no credentials either (userinfo in the URL is ignored), no keep-alive: every request
 * gets a fresh socket, so every request passes the address guard.
 * @throws FetchError `private_address`, `dns`, `connection` or `timeout`
 */
export function sendRequest(options: SendRequestOptions): Promise<IncomingMessage> {
  const { url, signal } = options;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const requestFunction = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let request: ReturnType<typeof httpRequest>;
    try {
      request = requestFunction({
        method: 'GET',
        protocol: url.protocol,
        host: hostForRequest(url),
        port: url.port === '' ? undefined : Number(url.port),
        path: `${url.pathname}${url.search}`,
        headers: options.headers,
        agent: false,
        lookup: createGuardedLookup(url.href, options.allowList, options.resolve) as never,
        signal,
        ...(options.ca === undefined ? {} : { ca: options.ca }),
      });
    } catch (error) {
      reject(classifyRequestError(error, url.href, signal));
      return;
    }
    request.on('response', resolve);
    request.on('error', (error) => reject(classifyRequestError(error, url.href, signal)));
    request.end();
  });
}
