/**
 * What the expert says about a submission's quality: a problem accepted with a note (it stays listed, as
 * accepted, while it is the same problem), and the note that justifies a score changed since the previous
 * year's submission (it stands while the scores it justified are still the previous and current ones).
 * Problems themselves are computed on read from the answers, evidence and ratifications; nothing else is stored.
 */
export const sql = `
CREATE TABLE problem_acceptances (
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  problem_key TEXT NOT NULL,
  indicator TEXT NOT NULL,
  code TEXT NOT NULL,
  note TEXT NOT NULL CHECK (length(trim(note)) > 0),
  actor TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  PRIMARY KEY (submission_id, problem_key)
);

CREATE TABLE answer_justifications (
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  note TEXT NOT NULL CHECK (length(trim(note)) > 0),
  previous_submission_id TEXT NOT NULL,
  previous_score REAL,
  score REAL,
  actor TEXT NOT NULL,
  justified_at TEXT NOT NULL,
  PRIMARY KEY (submission_id, indicator)
);
`;
