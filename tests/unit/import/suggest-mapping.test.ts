import { describe, expect, it } from 'vitest';
import { FIELD_SYNONYMS } from '../../../electron/core/import/map/field-synonyms.js';
import { normaliseLabel } from '../../../electron/core/text/fold-text.js';
import { applyMappingTemplate, headersSignature } from '../../../electron/core/import/map/mapping-template.js';
import { suggestMapping } from '../../../electron/core/import/map/suggest-mapping.js';
import { FIELDS, RecordKind } from '../../../shared/records.js';

const fieldsOf = (suggestions: ReturnType<typeof suggestMapping>): (string | null)[] => suggestions.map((s) => s.field);

describe('suggesting a field for each column', () => {
  it('maps English, French, Spanish, Russian and Arabic headers of answers', () => {
    expect(fieldsOf(suggestMapping('answers', ['Indicator', 'Value', 'Score', 'Confidence', 'Source', 'Comments']))).toEqual([
      'indicator', 'value', 'score', 'confidence', 'citation', 'note',
    ]);
    expect(fieldsOf(suggestMapping('answers', ['Indicateur', 'Réponse', 'Note', 'Niveau de confiance']))).toEqual([
      'indicator', 'value', 'note', 'confidence',
    ]);
    expect(fieldsOf(suggestMapping('answers', ['Indicador', 'Respuesta', 'Puntuación', 'Fuente']))).toEqual(['indicator', 'value', 'score', 'citation']);
    expect(fieldsOf(suggestMapping('answers', ['Показатель', 'Значение', 'Балл', 'Примечание']))).toEqual(['indicator', 'value', 'score', 'note']);
    expect(fieldsOf(suggestMapping('answers', ['المؤشر', 'القيمة', 'الدرجة', 'ملاحظات']))).toEqual(['indicator', 'value', 'score', 'note']);
  });

  it('maps evidence and ratification headers in several languages', () => {
    expect(fieldsOf(suggestMapping('evidence', ['Type', 'Loi', 'Article', 'Fecha', 'Ссылка', 'النص', 'Catégories de migrants', 'Indicateurs']))).toEqual([
      'type', 'title', 'citation', 'date', 'url', 'excerpt', 'categories', 'indicators',
    ]);
    expect(fieldsOf(suggestMapping('ratifications', ['Конвенция', 'Статус', 'Дата ратификации', 'Оговорки']))).toEqual([
      'instrument', 'status', 'date', 'reservations',
    ]);
    expect(fieldsOf(suggestMapping('evidence', ['القانون', 'العنوان']))).toEqual(['title', null]);
  });

  it('ignores case, accents and punctuation, and rates exact matches above partial ones', () => {
    const suggestions = suggestMapping('ratifications', ['INSTRUMENT', 'date_de_ratification', 'Ratification — Status', 'Remarks']);
    expect(fieldsOf(suggestions)).toEqual(['instrument', 'date', 'status', null]);
    expect(suggestions.map((s) => s.confidence)).toEqual([1, 1, 1, 0]);
    const partial = suggestMapping('evidence', ['Official title of the law', 'Date']);
    expect(partial[0]).toMatchObject({ field: 'title', header: 'Official title of the law' });
    expect(partial[0]!.confidence).toBeGreaterThan(0.5);
    expect(partial[0]!.confidence).toBeLessThan(1);
  });

  it('gives each field to one column only, the surest first', () => {
    expect(fieldsOf(suggestMapping('answers', ['Indicator of progress', 'Indicator', 'Value']))).toEqual([null, 'indicator', 'value']);
  });

  it('treats __proto__, constructor, prototype and toString as ordinary column names', () => {
    const headers = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'Indicator'];
    const suggestions = suggestMapping('answers', headers);
    expect(suggestions.map((s) => [s.header, s.field])).toEqual(headers.map((h) => [h, h === 'Indicator' ? 'indicator' : null]));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('indicator');
  });

  it('never lists one synonym under two fields of the same kind', () => {
    for (const kind of RecordKind.options) {
      const owner = new Map<string, string>();
      for (const [field, words] of Object.entries(FIELD_SYNONYMS[kind])) {
        expect(FIELDS[kind].map((spec) => spec.id)).toContain(field);
        for (const word of words) {
          const label = normaliseLabel(word);
          const previous = owner.get(label);
          expect(previous === undefined || previous === field, `${kind}: "${word}" is under ${previous} and ${field}`).toBe(true);
          owner.set(label, field);
        }
      }
    }
  });
});

describe('mapping templates', () => {
  it('signs headers regardless of order, case, accents and blank columns', () => {
    const signature = headersSignature(['Loi', 'Article', 'Date']);
    expect(headersSignature(['date', ' ARTICLE ', 'loi', ''])).toBe(signature);
    expect(headersSignature(['Lói', 'Article', 'Date'])).toBe(signature);
    expect(headersSignature(['Loi', 'Article'])).not.toBe(signature);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-applies a saved mapping to a later file whose columns come in another order', () => {
    const saved = [
      { column: 0, header: 'Loi', field: 'title' },
      { column: 1, header: 'Article', field: 'citation' },
      { column: 2, header: 'Remarques', field: null },
      { column: 3, header: '__proto__', field: 'excerpt' },
    ];
    expect(applyMappingTemplate(saved, ['ARTICLE', '__proto__', 'Nouvelle colonne', 'loi'])).toEqual([
      { column: 0, header: 'ARTICLE', field: 'citation' },
      { column: 1, header: '__proto__', field: 'excerpt' },
      { column: 2, header: 'Nouvelle colonne', field: null },
      { column: 3, header: 'loi', field: 'title' },
    ]);
  });
});
