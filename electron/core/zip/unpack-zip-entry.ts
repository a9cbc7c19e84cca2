import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { ZipEntry } from './zip-directory';

/**
 * Unpacks one zip entry chunk by chunk, never whole: whoever reads the chunks counts them and can
 * stop a zip bomb after its first megabytes, whatever its directory declares.
 */

const OUTPUT_CHUNK = 64 * 1024;
/** Small input slices bound what one write can inflate to (deflate expands at most about 1032 times). */
const INPUT_SLICE = 4 * 1024;

export class UnsupportedZipMethod extends Error {
  constructor(readonly method: number) {
    super(`zip compression method ${method}`);
  }
}

function* slices(data: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

export async function* unpackZipEntry(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    yield* slices(data, OUTPUT_CHUNK);
    return;
  }
  if (entry.method !== 8) throw new UnsupportedZipMethod(entry.method);
  const inflater = zlib.createInflateRaw({ chunkSize: OUTPUT_CHUNK });
  const source = Readable.from(slices(data, INPUT_SLICE), { objectMode: false });
  source.on('error', (error) => inflater.destroy(error));
  try {
    for await (const chunk of source.pipe(inflater)) yield chunk as Buffer;
  } finally {
    source.destroy();
    inflater.destroy();
  }
}
