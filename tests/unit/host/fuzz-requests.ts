/**
 * Generated hostile HTTP requests for the browser host: request lines, headers and paths full of percent-encoding
 * (valid, stray, overlong UTF-8), brackets, control bytes, raw high bytes, dot segments and wrong lengths, mixed
 * with just enough valid parts (Host, token, content types) to reach every route. Seeded: a failure replays.
 */

export class Seeded {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state * 48271) % 2147483647;
    return this.state / 2147483647;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Pieces of a path or header value, as bytes (latin1 strings): each is one way a parser may stumble. */
const HOSTILE = [
  '%', '%%', '%2', '%zz', '%G0', '%00', '%ff', '%fe%ff', '%c0%af', '%e0%80%af', '%f0%80%80%af', '%c0%ae%c0%ae', '%2e%2e', '%2e', '%2f', '%5c',
  '[', ']', '//[', '[::1]', '@', ':', '\\', '..', '.', '/..', '/./', '//', '///', '?', '#', '&', '=', ';', ',', '"', "'", '<', '>', '{', '}', '|', '^', '`', '~',
  '\x00', '\x01', '\x07', '\x08', '\x1b', '\x7f', '\x80', '\xc0\xaf', '\xe0\x80\xaf', '\xff', '\xfe', '\xed\xa0\x80',
  'é', 'Ω', '移民', '\u202e', '\ufeff', 'a'.repeat(300), '%41'.repeat(50), '../'.repeat(20), 'etc/passwd', 'index.html', 'assets',
];

const API_METHODS = ['workspace.info', 'imports.open', 'imports.preview', 'submissions.create', 'submissions.get', 'schemas.get', 'tasks.cancel', 'nope', '__proto__', 'constructor'];
const PATH_STARTS = ['/', '/api/', '/api/upload', '/api/events', '//', '/assets/', '/index.html', '', '*', 'http://127.0.0.1/', 'x'];
const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'DELETE', 'PATCH', 'CONNECT', 'TRACE', 'G\x00T', 'GET ', 'post', 'PRI', ''];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', 'HTTP/1.1x', 'HTTP/', ''];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/jsonx', 'application/json\x00', 'text/plain', 'application/octet-stream', 'multipart/form-data; boundary=x', ''];
const BODIES = ['{}', '{"submissionId":"x","path":"/etc/passwd"}', '{"__proto__":{"polluted":1}}', '{"country":"KEN","year":2026}', '[', 'null', '"\\ud800"', '{"a":' + '['.repeat(500), '\xff\xfe', ''];

function hostile(r: Seeded, parts = 1 + r.int(4)): string {
  let text = '';
  for (let i = 0; i < parts; i++) text += r.chance(0.7) ? r.pick(HOSTILE) : String.fromCharCode(32 + r.int(95));
  return text;
}

function target(r: Seeded): string {
  const start = r.pick(PATH_STARTS);
  if (start === '/api/' && r.chance(0.6)) return `/api/${r.pick(API_METHODS)}${r.chance(0.3) ? hostile(r) : ''}`;
  return start + hostile(r) + (r.chance(0.2) ? `?${hostile(r)}=${hostile(r)}` : '');
}

/** Safe characters for a path, so that one hostile piece is the only fault. */
const PLAIN = 'abcdefghijklmnopqrstuvwxyz0123456789-_.~';
const plain = (r: Seeded, length = 1 + r.int(12)) => Array.from({ length }, () => r.pick([...PLAIN])).join('');

/** A well-formed request with exactly one hostile part, so that it gets past the parser into the host's own code. */
function oneFault(r: Seeded, port: number, token: string): Buffer {
  const fault = r.pick(['path', 'percent-path', 'file-name', 'file-name-raw', 'body', 'content-type', 'method', 'api-method']);
  const route = r.pick(['/api/upload', `/api/${r.pick(API_METHODS)}`, `/${plain(r)}`, '/api/events-x']);
  let path = route;
  if (fault === 'path') path = `${route}/${encodeURI(hostile(r)).replace(/%25/g, '%')}`;
  if (fault === 'percent-path') path = `/${plain(r)}${r.pick(['%', '%zz', '%c0%af', '%e0%80%af', '%ff', '%00', '%2e%2e/%2e%2e/etc/passwd', '50%'])}`;
  if (fault === 'api-method') path = `/api/${encodeURIComponent(hostile(r))}`;
  const upload = path.startsWith('/api/upload');
  const contentType = fault === 'content-type' ? r.pick(CONTENT_TYPES.concat([hostile(r).replace(/[\r\n]/g, '')])) : upload ? 'application/octet-stream' : 'application/json';
  const name =
    fault === 'file-name' ? encodeURIComponent(hostile(r)) : fault === 'file-name-raw' ? hostile(r).replace(/[\r\n]/g, '') : `${plain(r)}.csv`;
  const body = fault === 'body' ? hostile(r) : upload ? `Indicator,Answer\n${plain(r)},yes\n` : r.pick(BODIES);
  const method = fault === 'method' ? r.pick(METHODS) : r.chance(0.9) ? 'POST' : 'GET';
  const head = [
    `${method} ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `X-MRC-Token: ${token}`,
    `Content-Type: ${contentType}`,
    ...(upload ? [`X-File-Name: ${name}`] : []),
    `Content-Length: ${Buffer.byteLength(body, 'latin1')}`,
    'Connection: close',
  ];
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`, 'latin1');
}

/** Every part may be hostile at once: mostly what the HTTP parser itself must refuse. */
function chaos(r: Seeded, port: number, token: string): Buffer {
  const method = r.chance(0.8) ? r.pick(['GET', 'POST']) : r.pick(METHODS);
  let path = target(r);
  const withToken = r.chance(0.5);
  // An event stream with the token stays open by design: the fuzz wants answers, not subscriptions.
  if (withToken && path.startsWith('/api/events')) path = `/api/x${path.slice('/api/events'.length)}`;
  const body = r.chance(0.6) ? r.pick(BODIES) : hostile(r);
  const headers: string[] = [];
  if (r.chance(0.9)) headers.push(`Host: ${r.chance(0.85) ? `127.0.0.1:${port}` : hostile(r)}`);
  if (withToken) headers.push(`X-MRC-Token: ${token}`);
  else if (r.chance(0.2)) headers.push(`X-MRC-Token: ${hostile(r)}`);
  if (r.chance(0.7)) headers.push(`Content-Type: ${r.chance(0.8) ? r.pick(CONTENT_TYPES) : hostile(r)}`);
  if (r.chance(0.3)) headers.push(`X-File-Name: ${r.chance(0.5) ? encodeURIComponent(hostile(r)) : hostile(r)}`);
  if (r.chance(0.2)) headers.push(`Origin: ${r.chance(0.5) ? `http://127.0.0.1:${port}` : hostile(r)}`);
  if (r.chance(0.1)) headers.push(`Sec-Fetch-Site: ${r.pick(['same-origin', 'cross-site', 'none', hostile(r)])}`);
  if (r.chance(0.1)) headers.push(`Cookie: mrc_token=${r.chance(0.5) ? token : hostile(r)}`);
  if (r.chance(0.1)) headers.push(`${hostile(r)}: ${hostile(r)}`);
  const length = Buffer.byteLength(body, 'latin1');
  const chunked = r.chance(0.08);
  if (chunked) headers.push('Transfer-Encoding: chunked');
  else if (r.chance(0.9)) headers.push(`Content-Length: ${r.chance(0.9) ? length : r.pick(['-1', '9999999999999', 'abc', `${length + 7}`, `${length}, ${length}`])}`);
  headers.push('Connection: close');
  const head = `${method} ${path} ${r.pick(VERSIONS)}\r\n${headers.join('\r\n')}\r\n\r\n`;
  const payload = chunked ? `${r.pick([length.toString(16), 'zz', '-1', 'ffffffffffffffff'])}\r\n${body}\r\n0\r\n\r\n` : body;
  return Buffer.from(head + payload, 'latin1');
}

/** One generated request, as the bytes to send: half with a single fault, half chaos. */
export function generateRequest(r: Seeded, port: number, token: string): Buffer {
  return r.chance(0.5) ? oneFault(r, port, token) : chaos(r, port, token);
}
