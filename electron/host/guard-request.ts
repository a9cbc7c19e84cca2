import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_COOKIE = 'mrc_token';

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

export function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
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
  const header = req.headers['x-mrc-token'];
  return tokenMatches(cookieToken(req), id.token) || tokenMatches(typeof header === 'string' ? header : undefined, id.token);
}
