/**
 * Reads a response body with the decoded-size cap (DESIGN §3 `max_body`, §6). The cap counts bytes *after*
 * Content-Encoding is undone: a 50 KB gzip bomb inflates to gigabytes, and fetch/undici limit the number of
 * compression layers, not the decompressed size. We stop at the first chunk past the cap and return nothing partial,
 * so memory stays near the cap whatever the server sends.
 */
import type { IncomingMessage } from 'node:http';
import { pipeline, Transform } from 'node:stream';
import {
  constants,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  type ZlibOptions,
} from 'node:zlib';
import { abortedError } from './deadline.ts';
import { FetchError } from './errors.ts';

export interface ReadBodyOptions {
  url: string;
  maxBytes: number;
  /** Keep the first maxBytes and stop instead of failing (robots.txt: RFC 9309 lets us ignore what lies beyond). */
  truncateAtCap?: boolean;
  /** The fetch's one deadline; when it fires the socket is destroyed and we report `timeout`. */
  signal: AbortSignal;
}

/** More layers than this is not a real server: it is a way to multiply a bomb. */
const MAX_ENCODING_LAYERS = 2;

/**
 * The decoders for a Content-Encoding header, in the order to apply them (the reverse of the header's order).
 * @throws FetchError `decoding` for an unknown coding or too many layers.
 */
export function createDecoders(contentEncoding: string | undefined, url: string): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > MAX_ENCODING_LAYERS) {
    throw new FetchError('decoding', `fetcher: too many content encodings (${codings.join(', ')})`, {
      url,
      mayBeTransient: false,
    });
  }
  // Z_SYNC_FLUSH at the end: a truncated stream yields what was decoded instead of failing the whole body.
  const zlibOptions = { finishFlush: constants.Z_SYNC_FLUSH };
  return codings.reverse().map((coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return createGunzip(zlibOptions);
    if (coding === 'deflate') return createDeflateDecoder(zlibOptions);
    if (coding === 'br') return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH });
    throw new FetchError('decoding', `fetcher: unsupported content encoding "${coding}"`, {
      url,
      mayBeTransient: false,
    });
  });
}

/**
 * `deflate` means zlib-wrapped DEFLATE (RFC 9110 §8.4.1.2), but old servers (IIS among them) send raw DEFLATE and
 * browsers accept both; so the first bytes decide: a valid zlib header (CM 8, header checksum divisible by 31) → inflate,
 * else raw inflate. The output still flows through the decoded-size cap of {@link readDecodedBody}.
 */
function createDeflateDecoder(zlibOptions: ZlibOptions): Transform {
  let inner: Transform | null = null;
  const outer: Transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (inner === null) {
        const first = chunk[0] ?? 0;
        const second = chunk[1] ?? 0;
        const isZlibHeader = chunk.length >= 2 && (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
        inner = isZlibHeader ? createInflate(zlibOptions) : createInflateRaw(zlibOptions);
        inner.on('data', (data: Buffer) => outer.push(data));
        inner.on('error', (error) => outer.destroy(error));
      }
      if (inner.write(chunk)) callback();
      else inner.once('drain', () => callback());
    },
    flush(callback) {
      if (inner === null) {
        callback();
        return;
      }
      inner.once('end', () => callback());
      inner.end();
    },
    destroy(error, callback) {
      inner?.destroy();
      callback(error);
    },
  });
  return outer;
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__'))
  );
}

/**
 * Reads and decodes the whole body, counting decoded bytes.
 * @throws FetchError `too_large` past the cap, `timeout` when the deadline fired, `decoding` for a corrupt
 *   compressed stream, `connection` when the connection broke before the end.
 */
export async function readDecodedBody(response: IncomingMessage, options: ReadBodyOptions): Promise<Buffer> {
  const { url, maxBytes } = options;
  const contentEncoding = response.headers['content-encoding'];
  const decoders = createDecoders(contentEncoding, url);
  const declaredLength = Number(response.headers['content-length']);
  // Without compression the declared length is the decoded length: refuse before reading a byte.
  if (
    decoders.length === 0 &&
    Number.isFinite(declaredLength) &&
    declaredLength > maxBytes &&
    !options.truncateAtCap
  ) {
    response.destroy();
    throw new FetchError(
      'too_large',
      `fetcher: response body too large (Content-Length ${declaredLength} > ${maxBytes})`,
      {
        url,
        mayBeTransient: false,
      },
    );
  }
  const streams = [response, ...decoders];
  const decoded =
    decoders.length === 0
      ? response
      : (pipeline(streams as unknown as [IncomingMessage, ...Transform[]], () => {
          // Errors surface through the async iteration below; this callback only keeps pipeline from throwing.
        }) as unknown as NodeJS.ReadableStream);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of decoded as AsyncIterable<Buffer>) {
      if (options.signal.aborted) break;
      if (total + chunk.length > maxBytes) {
        if (options.truncateAtCap === true) {
          chunks.push(chunk.subarray(0, maxBytes - total));
          total = maxBytes;
          break;
        }
        throw new FetchError(
          'too_large',
          `fetcher: response body too large (more than ${maxBytes} decoded bytes)`,
          {
            url,
            mayBeTransient: false,
          },
        );
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (options.signal.aborted) throw abortedError(options.signal, url, 'while reading the body', error);
    if (isZlibError(error)) {
      throw new FetchError('decoding', `fetcher: corrupt ${contentEncoding} body`, {
        url,
        mayBeTransient: false,
        cause: error,
      });
    }
    throw new FetchError('connection', 'fetcher: connection broke while reading the body', {
      url,
      mayBeTransient: true,
      cause: error,
    });
  } finally {
    // Stop the socket and the decoders at once (cap reached, deadline, or done): nothing keeps inflating.
    for (const stream of streams) stream.destroy();
  }
  if (options.signal.aborted) throw abortedError(options.signal, url, 'while reading the body');
  return Buffer.concat(chunks, total);
}
