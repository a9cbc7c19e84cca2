import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mediaTypeOf } from './media-type';
import { refuse, sendJson } from './send-json';
import { uploadFileName } from './upload-name';

/** Spreadsheets arrive whole over loopback; the import guards refuse what is too large to read. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** What one run of the host keeps of uploads in all: the copies stay until the next start. */
export const DEFAULT_UPLOAD_QUOTA_BYTES = 4 * 1024 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.floor(bytes / 1024 / 1024)} MB`);

class TooLarge extends Error {}

/** Bytes this host session has kept so far, against its quota. */
export class UploadQuota {
  private used = 0;
  constructor(readonly limit: number) {}

  /** Counts `bytes` more, or throws when they do not fit the session's quota or one file's limit. */
  take(bytes: number, fileSoFar: number): void {
    if (fileSoFar > MAX_UPLOAD_BYTES) throw new TooLarge(`the file is larger than ${megabytes(MAX_UPLOAD_BYTES)}`);
    if (this.used + bytes > this.limit)
      throw new TooLarge(`this session's uploads would pass ${megabytes(this.limit)}; restart the browser host to start a new session`);
    this.used += bytes;
  }

  give(bytes: number): void {
    this.used -= bytes;
  }
}

/**
 * Counts the bytes through, against the quota. Past a limit it lets the rest of the body drain unwritten, so the
 * page still gets its 413 answer rather than a broken connection.
 */
function counting(quota: UploadQuota): { stream: Transform; bytes(): number; refusal(): TooLarge | undefined } {
  let size = 0;
  let refusal: TooLarge | undefined;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (refusal) return done();
      try {
        quota.take(chunk.length, size + chunk.length);
        size += chunk.length;
        done(null, chunk);
      } catch (error) {
        refusal = error as TooLarge;
        done();
      }
    },
  });
  return { stream, bytes: () => size, refusal: () => refusal };
}

/**
 * The browser's stand-in for a file path: the bytes of a chosen file, saved where the engine can read them.
 * Returns the saved path, or undefined when the upload was refused (the answer is already sent).
 */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, uploadDir: string, quota: UploadQuota): Promise<string | undefined> {
  if (req.method !== 'POST') return void refuse(res, 405, 'method-not-allowed', 'Uploads are sent with POST.');
  if (mediaTypeOf(req.headers['content-type']) !== 'application/octet-stream')
    return void refuse(res, 415, 'unsupported-media-type', 'An upload is sent as application/octet-stream.');
  const name = uploadFileName(req.headers['x-file-name']);
  if (!name) return void refuse(res, 400, 'invalid-input', 'An upload needs an X-File-Name header naming a file (percent-encoded; not "." or "..").');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_UPLOAD_BYTES) return void refuse(res, 413, 'too-large', `The upload was refused: the file is larger than ${megabytes(MAX_UPLOAD_BYTES)}.`);
  const folder = path.join(uploadDir, randomBytes(8).toString('hex'));
  const target = path.join(folder, name);
  const counter = counting(quota);
  const forget = async () => {
    quota.give(counter.bytes());
    await fs.promises.rm(folder, { recursive: true, force: true });
  };
  try {
    await fs.promises.mkdir(folder, { recursive: true });
    await pipeline(req, counter.stream, fs.createWriteStream(target, { flags: 'wx' }));
  } catch (error) {
    await forget();
    // The page went away mid-upload: nobody is left to answer.
    if (req.destroyed) return void res.destroy();
    throw error;
  }
  const refusal = counter.refusal();
  if (refusal) {
    await forget();
    return void refuse(res, 413, 'too-large', `The upload was refused: ${refusal.message}.`);
  }
  sendJson(res, 200, { ok: true, result: { path: target } });
  return target;
}
