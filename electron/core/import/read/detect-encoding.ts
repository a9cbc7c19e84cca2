import type { TextEncoding } from '../sheet-model.js';

/**
 * Guesses a CSV's encoding from its first bytes. Byte-order marks decide when present; otherwise the
 * lines vote: a line holding accented letters in valid UTF-8 votes UTF-8, a line that is not valid
 * UTF-8 votes for one of the two single-byte code pages our users' Excel writes, Windows-1251
 * (Cyrillic) or Windows-1252 (Western European). One line pasted from another file does not decide
 * for the whole file: the reader reads such a line in its own encoding and flags it.
 */

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip (TextDecoder skips them too). */
  bomLength: number;
}

const LF = 0x0a;

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  let utf8Lines = 0;
  let otherLines = 0;
  for (let start = 0; start < head.length; ) {
    const end = nextLineEnd(head, start);
    const line = head.subarray(start, end);
    if (!isValidUtf8(line)) otherLines++;
    else if (hasMultibyte(line)) utf8Lines++;
    start = end;
  }
  if (otherLines === 0 || utf8Lines > otherLines) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: singleByteEncodingOf(head), bomLength: 0 };
}

/** The index just past the next LF, or the end. */
function nextLineEnd(bytes: Uint8Array, from: number): number {
  const at = bytes.indexOf(LF, from);
  return at === -1 ? bytes.length : at + 1;
}

/** The single-byte code page of text that is not UTF-8. */
export function singleByteEncodingOf(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  return looksCyrillic(bytes) ? 'windows-1251' : 'windows-1252';
}

/** Text in UTF-16 without a BOM still shows itself: ASCII characters leave a zero byte in every pair. */
function utf16WithoutBom(head: Uint8Array): TextEncoding | null {
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Strict UTF-8 (no overlongs, no surrogates); a sequence cut by the end of the sample is allowed. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= n) return true;
      const next = bytes[i + k]!;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return false;
    }
    i += length;
  }
  return true;
}

/** Holds a byte that is not ASCII: in valid UTF-8, an accented letter or another script. */
export function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Holds a lead byte followed by a continuation byte, as UTF-8 text does: the quick test of whether a
 * stretch of single-byte text might hold a line pasted from a UTF-8 file.
 */
export function hasUtf8Pair(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead >= 0xc2 && lead <= 0xf4 && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0xbf) return true;
  }
  return false;
}

/**
 * In Windows-1251 every byte from 0xC0 to 0xFF is a Cyrillic letter and Russian words are made of
 * them end to end; in Windows-1252 the same bytes are accented Latin letters standing alone
 * between ASCII ones ("année", "niño"). So: how often is such a byte followed by another?
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let letters = 0;
  let runs = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0xc0) continue;
    letters++;
    if ((bytes[i + 1] ?? 0) >= 0xc0) runs++;
  }
  return letters >= 3 && runs / letters >= 0.5;
}
