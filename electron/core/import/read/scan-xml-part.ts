/**
 * Watches an XML part of a workbook go by, chunk by chunk, without keeping it: its longest stretch
 * of text (a cell's text is what lies between two "<"), whether it holds formulas, and whether it
 * ends where its root element closes (a part cut mid-row does not).
 */

const LT = 0x3c;
const HEAD_BYTES = 1024;
const TAIL_BYTES = 256;
/** A formula element of a worksheet: <f>, <f t="shared" …/>, <x:f>. */
const FORMULA = /[<:]f[\s>/]/;
const ROOT = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([\w:.-]+)/;

export class XmlPartScanner {
  /** Bytes of the longest stretch without a "<", the one still open included. */
  longestText = 0;
  hasFormula = false;
  bytes = 0;
  private sinceTag = 0;
  private head = '';
  private tail = new Uint8Array(0);
  private carry = '';

  constructor(private readonly watchFormulas: boolean) {}

  add(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    let since = this.sinceTag;
    let longest = this.longestText;
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === LT) {
        if (since > longest) longest = since;
        since = 0;
      } else since++;
    }
    this.sinceTag = since;
    this.longestText = Math.max(longest, since);
    if (this.head.length < HEAD_BYTES) this.head += latin1(chunk.subarray(0, HEAD_BYTES - this.head.length));
    this.keepTail(chunk);
    if (this.watchFormulas && !this.hasFormula) {
      const text = this.carry + latin1(chunk);
      this.hasFormula = FORMULA.test(text);
      this.carry = text.slice(-16);
    }
  }

  /** The part closes its root element: `</worksheet>` last, or a root that closes itself. */
  isComplete(): boolean {
    const root = ROOT.exec(this.head)?.[1];
    if (!root) return false;
    const name = root.replace(/[.]/g, '\\.');
    const tail = latin1(this.tail).trimEnd();
    if (new RegExp(`</${name}\\s*>$`).test(tail)) return true;
    return this.bytes <= HEAD_BYTES && new RegExp(`<${name}\\b[^<>]*/>$`).test(tail);
  }

  private keepTail(chunk: Uint8Array): void {
    if (chunk.length >= TAIL_BYTES) {
      this.tail = chunk.slice(chunk.length - TAIL_BYTES);
      return;
    }
    const joined = new Uint8Array(Math.min(TAIL_BYTES, this.tail.length + chunk.length));
    const kept = this.tail.subarray(this.tail.length - (joined.length - chunk.length));
    joined.set(kept, 0);
    joined.set(chunk, kept.length);
    this.tail = joined;
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** The longest stretch of bytes without a "<" in a whole document held in memory (an HTML table saved as .xls). */
export function longestTextOf(bytes: Uint8Array): number {
  const scanner = new XmlPartScanner(false);
  scanner.add(bytes);
  return scanner.longestText;
}
