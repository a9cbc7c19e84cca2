import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { rendererHeaders, resolveRendererFile } from '../security/renderer-files';
import { refuse } from './send-json';

/** Serves a file of the built renderer; unknown paths get index.html (the app routes on the client). */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const found = resolveRendererFile(root, urlPath);
  if (found.kind === 'malformed') return refuse(res, 400, 'bad-request', 'The address is not valid percent-encoding.');
  if (found.kind === 'not-built') {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
    res.end('The user interface is not built yet: run `npm run build` (npm start does it for you).');
    return;
  }
  const stream = fs.createReadStream(found.file);
  stream.on('error', () => (res.headersSent ? res.destroy() : refuse(res, 404, 'not-found', 'The file could not be read.')));
  stream.once('open', () => {
    res.writeHead(200, rendererHeaders(found.file));
    stream.pipe(res);
  });
}
