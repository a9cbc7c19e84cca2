/**
 * Evidence cited by an answer is linked to that answer's indicator; one item of evidence may back
 * several indicators. Staged rows say whether a reference was taken on similarity alone, so the
 * review can count and filter them without reading every row's record.
 */
export const sql = `
CREATE TABLE evidence_links (
  evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  import_id TEXT REFERENCES imports (id),
  PRIMARY KEY (evidence_id, indicator)
);

ALTER TABLE staging_rows ADD COLUMN by_similarity INTEGER NOT NULL DEFAULT 0;
CREATE INDEX staging_rows_by_similarity ON staging_rows (import_id, row_number) WHERE by_similarity = 1;

-- Rows staged before this format: a reference whose accepted candidate was found by similarity marks its row.
UPDATE staging_rows SET by_similarity = 1
WHERE EXISTS (
  SELECT 1 FROM json_each(record, '$.refs') AS ref, json_each(ref.value, '$.candidates') AS candidate
  WHERE ref.value ->> 'targetId' IS NOT NULL
    AND candidate.value ->> 'targetId' = ref.value ->> 'targetId'
    AND candidate.value ->> 'via' = 'fuzzy');
`;
