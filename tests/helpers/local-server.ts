/**
 * A reusable loopback HTTP server for integration tests (STYLE "Tests and fixtures": one route per case, port 0).
 * Tests never touch the internet: every fetch under test goes to this server on 127.0.0.1 (or another loopback
 * address such as 127.0.0.2 when a test needs a second host).
 *
 * Usage:
 *   const server = await startLocalServer({
 *     '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rssText },
 *     '/gzipped': { body: bigText, gzip: true },
 *     '/slow': (request, response) => trickleBody(response, 'abcdef', 1000),
 *   });
 *   await fetch(server.url('/feed.xml'));
 *   server.requests; // [{ method: 'GET', path: '/feed.xml', headers: {...}, at: 1730000000000 }]
 *   await server.close();
 *
 * Routes match the request's path with its query first (`/search?q=x`), then its path alone; anything else is a 404.
 * A handler gets the raw node:http request and response, so `response.socket` gives raw-socket control.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

/** One request the server received, recorded before its handler ran. */
export interface RecordedRequest {
  method: string;
  /** Path with query, as sent on the request line. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Date.now() when the request arrived. */
  at: number;
}

/** A handler with full control over the response (and, through `response.socket`, the raw socket). */
export type LocalRouteHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  server: LocalServer,
) => void | Promise<void>;

/** A canned response. */
export interface LocalRouteResponse {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Default empty. */
  body?: string | Buffer;
  /** Compress the body with gzip and send `Content-Encoding: gzip`. */
  gzip?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

export type LocalRoute = LocalRouteHandler | LocalRouteResponse;

export interface LocalServerOptions {
  /** The loopback address to listen on; default 127.0.0.1. Use 127.0.0.2 for a "second host". */
  host?: string;
  /** A fixed port (default 0: any free port). */
  port?: number;
}

export interface LocalServer {
  /** An absolute URL on this server: url('/feed.xml') → http://127.0.0.1:PORT/feed.xml. */
  url(path: string): string;
  /** `http://HOST:PORT`. */
  origin: string;
  host: string;
  port: number;
  /** Every request received, in arrival order. */
  requests: RecordedRequest[];
  /** Adds or replaces a route while the server runs. */
  setRoute(path: string, route: LocalRoute): void;
  /** Stops listening and destroys open connections (stalled or trickling responses included). */
  close(): Promise<void>;
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sendCanned(response: ServerResponse, canned: LocalRouteResponse): Promise<void> {
  if (canned.delayMs !== undefined && canned.delayMs > 0) await sleep(canned.delayMs);
  let body = canned.body === undefined ? Buffer.alloc(0) : Buffer.from(canned.body);
  const headers: Record<string, string> = { ...(canned.headers ?? {}) };
  if (canned.gzip === true) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
    headers['content-length'] = String(body.length);
  }
  response.writeHead(canned.status ?? 200, headers);
  response.end(body);
}

/**
 * Starts a loopback HTTP server with one route per path.
 * @throws Error when the address cannot be bound (e.g. 127.0.0.2 on a system without the whole 127/8 on lo).
 */
export async function startLocalServer(
  routes: Record<string, LocalRoute> = {},
  options: LocalServerOptions = {},
): Promise<LocalServer> {
  const host = options.host ?? '127.0.0.1';
  const routeTable = new Map<string, LocalRoute>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  // Assigned below, before any request can arrive.
  let localServer: LocalServer;

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({
      method: request.method ?? 'GET',
      path,
      headers: flattenHeaders(request),
      at: Date.now(),
    });
    const pathname = path.split('?')[0] ?? path;
    const route = routeTable.get(path) ?? routeTable.get(pathname);
    const run = async (): Promise<void> => {
      if (route === undefined) {
        await sendCanned(response, {
          status: 404,
          headers: { 'content-type': 'text/plain' },
          body: 'not found',
        });
      } else if (typeof route === 'function') {
        await route(request, response, localServer);
      } else {
        await sendCanned(response, route);
      }
    };
    run().catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`local-server: handler failed: ${String(error)}`);
      } else {
        response.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${hostInUrl}:${port}`;

  localServer = {
    url: (path: string) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    origin,
    host,
    port,
    requests,
    setRoute: (path: string, route: LocalRoute) => {
      routeTable.set(path, route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return localServer;
}

/**
 * Sends headers, then the body one chunk of `bytesPerTick` bytes every `intervalMs`, forever if `body` is long enough.
 * Stops when the client goes away. Used for the "slow trickle" case that per-read timeouts never trip.
 */
export function trickleBody(
  response: ServerResponse,
  body: string | Buffer,
  intervalMs: number,
  options: { status?: number; headers?: Record<string, string>; bytesPerTick?: number } = {},
): void {
  const bytes = Buffer.from(body);
  const bytesPerTick = options.bytesPerTick ?? 1;
  response.writeHead(options.status ?? 200, {
    'content-length': String(bytes.length),
    ...(options.headers ?? {}),
  });
  response.flushHeaders();
  let offset = 0;
  const timer = setInterval(() => {
    if (response.destroyed || response.socket === null || response.socket.destroyed) {
      clearInterval(timer);
      return;
    }
    response.write(bytes.subarray(offset, offset + bytesPerTick));
    offset += bytesPerTick;
    if (offset >= bytes.length) {
      clearInterval(timer);
      response.end();
    }
  }, intervalMs);
  response.on('close', () => clearInterval(timer));
}

/**
 * Sends the status line and headers (promising `declaredLength` bytes), optionally a first part of the body,
 * then never sends anything more: the "stalled body" case.
 */
export function stallAfterHeaders(
  response: ServerResponse,
  options: {
    status?: number;
    headers?: Record<string, string>;
    declaredLength?: number;
    firstBytes?: string;
  } = {},
): void {
  response.writeHead(options.status ?? 200, {
    'content-length': String(options.declaredLength ?? 1_000_000),
    ...(options.headers ?? {}),
  });
  response.flushHeaders();
  if (options.firstBytes !== undefined) response.write(options.firstBytes);
  // Nothing else: the socket stays open until the client or close() destroys it.
}

/** Writes raw bytes to the socket (a hand-made status line and headers, or garbage) and leaves the socket as is. */
export function writeRawToSocket(response: ServerResponse, raw: string | Buffer): void {
  response.socket?.write(raw);
}
