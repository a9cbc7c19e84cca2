/**
 * File names are limited to 255 bytes on most file systems, and a name in Chinese or Japanese takes three bytes
 * a character: a name is cut by its UTF-8 bytes, well below that limit, keeping its extension.
 */
export const MAX_NAME_BYTES = 200;
const MAX_EXTENSION_BYTES = 16;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The longest start of `text` that fits in `limit` UTF-8 bytes, never splitting a character. */
function cutToBytes(text: string, limit: number): string {
  let kept = '';
  for (const character of text) {
    if (bytes(kept) + bytes(character) > limit) break;
    kept += character;
  }
  return kept;
}

/**
 * The name an upload is saved under, from the X-File-Name header the page sent (percent-encoded), or null when
 * it names no file: undecodable, empty, or only dots ("." and ".." are folders, not files).
 */
export function uploadFileName(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  let declared: string;
  try {
    declared = decodeURIComponent(header);
  } catch {
    return null;
  }
  const base = declared.split(/[/\\]/).pop() ?? '';
  const name = base.replace(/[^\p{L}\p{M}\p{N}._ -]/gu, '_').trim();
  if (/^\.*$/.test(name)) return null;
  if (bytes(name) <= MAX_NAME_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && bytes(name.slice(dot)) <= MAX_EXTENSION_BYTES ? name.slice(dot) : '';
  return cutToBytes(name.slice(0, name.length - extension.length), MAX_NAME_BYTES - bytes(extension)) + extension;
}
