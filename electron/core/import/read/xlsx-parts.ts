/**
 * Where an xlsx keeps each sheet and its text, from xl/workbook.xml and its relationships: enough
 * to tell which part of a damaged file is missing, and to name the sheet a damaged part holds.
 */

export interface XlsxParts {
  /** Each sheet by name, with the path of the part that holds its cells (when the relationships say). */
  sheets: { name: string; part: string | null }[];
  /** The shared-strings part that holds the workbook's text, if the workbook has one. */
  sharedStrings: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ''));
  }
  return found;
}

/** A relationship target is relative to xl/, or absolute from the package root. */
function resolveTarget(target: string): string {
  const parts = target.startsWith('/') ? [] : ['xl'];
  for (const piece of target.replace(/^\/+/, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

export function readXlsxParts(workbookXml: string, relationshipsXml: string | undefined): XlsxParts {
  const targets = new Map<string, { type: string; part: string }>();
  for (const match of (relationshipsXml ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id === undefined || target === undefined || attrs.get('TargetMode') === 'External') continue;
    targets.set(id, { type: attrs.get('Type') ?? '', part: resolveTarget(target) });
  }
  const sheets: XlsxParts['sheets'] = [];
  for (const match of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)) {
    const attrs = attributes(match[0]);
    // The relationship id is the one namespaced "id" attribute (r:id); sheetId is another thing.
    const relationship = [...attrs].find(([name]) => /^[\w.-]+:id$/.test(name))?.[1];
    sheets.push({ name: attrs.get('name') ?? '', part: relationship ? (targets.get(relationship)?.part ?? null) : null });
  }
  const sharedStrings = [...targets.values()].find((target) => target.type.endsWith('/sharedStrings'))?.part ?? null;
  return { sheets, sharedStrings };
}
