/**
 * Each kind of instrument gets its own statuses (shared/instrument-statuses.ts as of this format):
 * before, every instrument took the statuses of a treaty, so a compact could be "ratified".
 * - A status with one meaning in the instrument's vocabulary is converted: a ratified or denounced
 *   compact is endorsed or voted against, a denounced bilateral agreement is not in force.
 * - Any other status outside the vocabulary (a "ratified" recommendation, a "signed" ILO convention)
 *   cannot be guessed: its row leaves the ratifications table and becomes an error of the import it
 *   came from, with the reason, as a new import of it would be. Its cells stay in that import.
 * - Rows of imports not yet committed follow the same rules, and their status references name the
 *   instrument's kind, which reconciliation now matches statuses against.
 * - Answers keep the values of the schema version they were scored against: RAT-12's last option is
 *   not-endorsed in mri-core 1.0.0 and voted-against from 1.1.0, which is a new version for that reason.
 * The vocabularies are written out here, frozen as they were when this format was made.
 */
export const sql = `
CREATE TEMP TABLE kind_statuses (kind TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (kind, status));
INSERT INTO kind_statuses VALUES
  ('un-convention', 'ratified'), ('un-convention', 'signed'), ('un-convention', 'not-ratified'), ('un-convention', 'denounced'),
  ('protocol', 'ratified'), ('protocol', 'signed'), ('protocol', 'not-ratified'), ('protocol', 'denounced'),
  ('ilo-convention', 'ratified'), ('ilo-convention', 'not-ratified'), ('ilo-convention', 'denounced'),
  ('ilo-recommendation', 'given-effect'), ('ilo-recommendation', 'submitted'), ('ilo-recommendation', 'not-submitted'),
  ('compact', 'endorsed'), ('compact', 'abstained'), ('compact', 'voted-against'),
  ('bilateral', 'in-force'), ('bilateral', 'signed'), ('bilateral', 'not-in-force');

CREATE TEMP TABLE kind_words (kind TEXT PRIMARY KEY, name TEXT NOT NULL, statuses TEXT NOT NULL);
INSERT INTO kind_words VALUES
  ('un-convention', 'a UN convention', 'ratified, signed, not ratified or denounced'),
  ('protocol', 'a protocol', 'ratified, signed, not ratified or denounced'),
  ('ilo-convention', 'an ILO convention', 'ratified, not ratified or denounced'),
  ('ilo-recommendation', 'an ILO recommendation', 'given effect, submitted or not submitted'),
  ('compact', 'a compact', 'endorsed, abstained or voted against'),
  ('bilateral', 'a bilateral agreement', 'in force, signed or not in force');

CREATE TEMP TABLE status_conversions (kind TEXT NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL, PRIMARY KEY (kind, old));
INSERT INTO status_conversions VALUES
  ('compact', 'ratified', 'endorsed'),
  ('compact', 'denounced', 'voted-against'),
  ('bilateral', 'denounced', 'not-in-force');

UPDATE ratifications SET status = c.new
FROM instruments i JOIN temp.status_conversions c ON c.kind = i.kind
WHERE i.id = ratifications.instrument AND c.old = ratifications.status;

UPDATE staging_rows SET resolved = jsonb_set(resolved, '$.status', c.new)
FROM imports im, instruments i, temp.status_conversions c
WHERE im.id = staging_rows.import_id AND im.kind = 'ratifications' AND im.status = 'staged' AND staging_rows.status = 'ready'
  AND i.id = json_extract(staging_rows.resolved, '$.instrument') AND c.kind = i.kind
  AND c.old = json_extract(staging_rows.resolved, '$.status');

-- Ready rows whose status their instrument cannot have: every such row of an open import, and the
-- row of a committed import that wrote what the ratifications table holds.
CREATE TEMP TABLE refused AS
SELECT s.import_id, s.row_number, im.submission_id, im.status AS import_status, im.sheet,
  json_extract(im.layout, '$.fileName') AS file, i.id AS instrument, i.short_title, w.name, w.statuses,
  json_extract(s.resolved, '$.status') AS status,
  coalesce(json_extract(s.record, '$.fields.status'), json_extract(s.resolved, '$.status')) AS written
FROM staging_rows s
JOIN imports im ON im.id = s.import_id AND im.kind = 'ratifications'
JOIN instruments i ON i.id = json_extract(s.resolved, '$.instrument')
JOIN temp.kind_words w ON w.kind = i.kind
WHERE s.status = 'ready'
  AND NOT EXISTS (SELECT 1 FROM temp.kind_statuses k WHERE k.kind = i.kind AND k.status = json_extract(s.resolved, '$.status'))
  AND (im.status = 'staged' OR EXISTS (
    SELECT 1 FROM ratifications r WHERE r.submission_id = im.submission_id AND r.import_id = s.import_id
      AND r.instrument = i.id AND r.status = json_extract(s.resolved, '$.status')));

UPDATE staging_rows SET status = 'error', resolved = NULL, problems = json_insert(problems, '$[#]', json_object(
  'code', 'invalid-choice',
  'message', printf('Sheet "%s", row %d: "%s" is not a status %s can have: %s is %s, whose statuses are %s. %s',
    f.sheet, f.row_number, f.written, f.short_title, f.short_title, f.name, f.statuses,
    CASE WHEN f.import_status = 'staged' THEN 'Correct the status to use this row.'
      ELSE 'It was taken out of the ratifications when each kind of instrument got its own statuses; import it again with one of those.' END),
  'where', CASE WHEN f.file IS NULL THEN json_object('sheet', f.sheet, 'row', f.row_number)
    ELSE json_object('file', f.file, 'sheet', f.sheet, 'row', f.row_number) END))
FROM temp.refused f WHERE staging_rows.import_id = f.import_id AND staging_rows.row_number = f.row_number;

DELETE FROM ratifications WHERE EXISTS (
  SELECT 1 FROM temp.refused f WHERE f.import_status = 'committed' AND f.submission_id = ratifications.submission_id
    AND f.import_id = ratifications.import_id AND f.instrument = ratifications.instrument AND f.status = ratifications.status);

-- A status reference of an open import names its instrument's kind, or none while the instrument is unknown.
UPDATE staging_rows SET record = json_set(record, '$.refs', (
  SELECT json_group_array(json(CASE
    WHEN json_extract(ref.value, '$.context') IS NOT 'ratification-status' THEN ref.value
    WHEN i.kind IS NULL THEN json_remove(ref.value, '$.context')
    ELSE json_set(ref.value, '$.context', 'ratification-status:' || i.kind) END))
  FROM json_each(staging_rows.record, '$.refs') AS ref
  LEFT JOIN instruments i ON i.id = (
    SELECT json_extract(other.value, '$.targetId') FROM json_each(staging_rows.record, '$.refs') AS other
    WHERE json_extract(other.value, '$.field') = 'instrument')))
WHERE import_id IN (SELECT id FROM imports WHERE kind = 'ratifications' AND status = 'staged')
  AND EXISTS (SELECT 1 FROM json_each(staging_rows.record, '$.refs') AS ref WHERE json_extract(ref.value, '$.context') = 'ratification-status');

DROP TABLE temp.refused;
DROP TABLE temp.status_conversions;
DROP TABLE temp.kind_words;
DROP TABLE temp.kind_statuses;
`;
