import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Every file of the built renderer goes out with these, whichever door serves it (browser host or app://). */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

export type RendererFile =
  | { kind: 'file'; file: string }
  /** The address cannot be decoded (a stray %, a NUL byte): the request is malformed. */
  | { kind: 'malformed' }
  /** index.html is missing: the renderer is not built. */
  | { kind: 'not-built' };

/**
 * The file of the built renderer that a URL path names, never one outside `root`; any other path gets index.html
 * (the app routes on the client).
 */
export function resolveRendererFile(root: string, urlPath: string): RendererFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'malformed' };
  }
  if (decoded.includes('\0')) return { kind: 'malformed' };
  const base = path.resolve(root);
  const candidate = path.resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (candidate.startsWith(base + path.sep) && isFile(candidate)) return { kind: 'file', file: candidate };
  const index = path.join(base, 'index.html');
  return isFile(index) ? { kind: 'file', file: index } : { kind: 'not-built' };
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}
