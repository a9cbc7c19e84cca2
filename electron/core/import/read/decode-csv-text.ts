import { hasUtf8Pair, isValidUtf8, singleByteEncodingOf } from './detect-encoding.js';
import type { TextEncoding } from '../sheet-model.js';

/**
 * Turns a CSV's bytes into text, line by line where it matters: a UTF-8 file holding one line pasted
 * from a Windows-1252 file (or the reverse) has that line read in its own encoding, and said so,
 * instead of either garbling every accented line or showing � in that one. Bytes are cut into
 * whole lines (LF or CR end a line in every encoding read here), so that no line is decoded in two
 * halves; UTF-16, whose line ends are two bytes, is decoded as a stream.
 */

export interface TextPiece {
  text: string;
  /** The encoding this line was read in, when it is not the file's. */
  readAs?: TextEncoding;
  /** The text holds bytes the encoding could not decode (shown as �). */
  undecodable?: true;
}

/** A line longer than the limit, with no line end in sight: the reader refuses the file. */
export class LineTooLong extends Error {
  constructor(readonly bytes: number) {
    super(`a line of more than ${bytes} bytes`);
  }
}

const LF = 0x0a;
const CR = 0x0d;

export class CsvTextDecoder {
  private readonly decoder: TextDecoder;
  private readonly lineWise: boolean;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly encoding: TextEncoding,
    private readonly maxLineBytes: number,
  ) {
    this.decoder = new TextDecoder(encoding);
    this.lineWise = !encoding.startsWith('utf-16');
  }

  /** The text of the whole lines completed by this chunk; the unfinished last line waits for the next. */
  decode(chunk: Uint8Array): TextPiece[] {
    if (!this.lineWise) return this.streamed(chunk, true);
    const end = lastLineEnd(chunk);
    if (end === -1) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes > this.maxLineBytes) throw new LineTooLong(this.maxLineBytes);
      return [];
    }
    const lines = this.takePending(chunk.subarray(0, end));
    this.pending = end < chunk.length ? [chunk.subarray(end)] : [];
    this.pendingBytes = chunk.length - end;
    return this.decodeLines(lines);
  }

  /** The last line, which has no line end. */
  end(): TextPiece[] {
    if (!this.lineWise) return this.streamed(new Uint8Array(0), false);
    const rest = this.takePending(new Uint8Array(0));
    this.pending = [];
    this.pendingBytes = 0;
    return rest.length > 0 ? this.decodeLines(rest) : [];
  }

  private takePending(tail: Uint8Array): Uint8Array {
    if (this.pending.length === 0) return tail;
    return Buffer.concat([...this.pending, tail]);
  }

  private streamed(chunk: Uint8Array, stream: boolean): TextPiece[] {
    const text = this.decoder.decode(chunk, { stream });
    if (text === '') return [];
    return [text.includes('\uFFFD') ? { text, undecodable: true } : { text }];
  }

  /** Most stretches are wholly in the file's encoding and decode at once; the others line by line. */
  private decodeLines(bytes: Uint8Array): TextPiece[] {
    const text = decodeWhole(this.decoder, bytes);
    const suspect = this.encoding === 'utf-8' ? text.includes('\uFFFD') : hasUtf8Pair(bytes);
    if (!suspect) return [{ text }];
    const pieces: TextPiece[] = [];
    for (let start = 0; start < bytes.length; ) {
      const end = nextLineEnd(bytes, start);
      pieces.push(this.decodeLine(bytes.subarray(start, end)));
      start = end;
    }
    return pieces;
  }

  private decodeLine(line: Uint8Array): TextPiece {
    if (this.encoding === 'utf-8') {
      if (isValidUtf8(line)) return { text: this.decoder.decode(line) };
      const readAs = singleByteEncodingOf(line);
      return { text: decodeWhole(new TextDecoder(readAs), line), readAs };
    }
    if (hasUtf8Pair(line) && isValidUtf8(line)) return { text: new TextDecoder('utf-8').decode(line), readAs: 'utf-8' };
    return { text: decodeWhole(this.decoder, line) };
  }
}

/**
 * Node decodes windows-1252 as ISO-8859-1 ("€" is lost) unless asked to stream; a single-byte
 * decoder keeps no state between calls, so streaming decodes exactly what it is given.
 */
function decodeWhole(decoder: TextDecoder, bytes: Uint8Array): string {
  return decoder.encoding === 'utf-8' ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
}

/** The index just past the last LF or CR of a chunk, or -1. */
function lastLineEnd(bytes: Uint8Array): number {
  const last = Math.max(bytes.lastIndexOf(LF), bytes.lastIndexOf(CR));
  return last === -1 ? -1 : last + 1;
}

/** The index just past the next line end (LF, CRLF or a lone CR), or the end. */
function nextLineEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === LF) return i + 1;
    if (byte === CR) return bytes[i + 1] === LF ? i + 2 : i + 1;
  }
  return bytes.length;
}
