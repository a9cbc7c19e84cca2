import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** The page sends its token in this header; it never travels in a cookie or a URL the server sees. */
export const TOKEN_HEADER = 'x-mrc-token';

export interface HostIdentity {
  port: number;
  token: string;
}

function allowedAuthorities(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function tokenMatches(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why a request must be refused, or null when it may proceed. A page on another site, or a
 * DNS-rebinding name pointing at 127.0.0.1, cannot pass: the Host and Origin must be this loopback
 * server itself. Whether the token is present is checked separately, per route.
 */
export function refuseReason(req: IncomingMessage, id: HostIdentity): string | null {
  const allowed = allowedAuthorities(id.port);
  const host = req.headers.host;
  if (!host || !allowed.has(host.toLowerCase())) return `Host "${host ?? ''}" is not this loopback server`;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let authority: string;
    try {
      const url = new URL(origin);
      authority = url.protocol === 'http:' ? url.host : '';
    } catch {
      authority = '';
    }
    if (!allowed.has(authority)) return `Origin "${origin}" is not this loopback server`;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `cross-site request (${site})`;
  return null;
}

export function hasValidToken(req: IncomingMessage, id: HostIdentity): boolean {
  const header = req.headers[TOKEN_HEADER];
  return tokenMatches(typeof header === 'string' ? header : undefined, id.token);
}

/**
 * The request target as a path and query, or null when it is not one: an absolute or protocol-relative form
 * ("//[", "//other.host/x"), or anything the URL parser refuses.
 */
export function requestTarget(rawUrl: string | undefined): URL | null {
  if (!rawUrl || !rawUrl.startsWith('/')) return null;
  try {
    const url = new URL(rawUrl, 'http://127.0.0.1');
    return url.origin === 'http://127.0.0.1' ? url : null;
  } catch {
    return null;
  }
}
