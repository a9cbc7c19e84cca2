import type { TextEncoding } from './sheet-model.js';

/**
 * Guesses a CSV's encoding from its first bytes. Byte-order marks decide when present; otherwise
 * valid UTF-8 is UTF-8, and the rest is one of the two single-byte code pages our users' Excel
 * writes: Windows-1251 (Cyrillic) or Windows-1252 (Western European).
 */

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip (TextDecoder skips them too). */
  bomLength: number;
}

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isValidUtf8(head)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: looksCyrillic(head) ? 'windows-1251' : 'windows-1252', bomLength: 0 };
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
