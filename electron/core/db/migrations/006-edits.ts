/**
 * Curation edits are undone in the engine: each edit's audit entry holds the rows it changed, before and
 * after. These tables index the log by submission and indicator, so that the undo and redo stacks and an
 * indicator's history are found without reading the whole log; the values themselves stay in the log,
 * where the hash chain protects them. No foreign key points at audit_log: a tampered log must still open.
 */
export const sql = `
CREATE TABLE edits (
  seq INTEGER PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
  of INTEGER REFERENCES edits (seq),
  CHECK ((kind = 'edit') = (of IS NULL))
);
CREATE INDEX edits_by_submission ON edits (submission_id, seq);

CREATE TABLE edit_indicators (
  seq INTEGER NOT NULL REFERENCES edits (seq) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  PRIMARY KEY (indicator, seq)
);
`;
