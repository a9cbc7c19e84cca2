export const sql = `
CREATE TABLE schema_versions (
  id TEXT NOT NULL,
  version TEXT NOT NULL,
  title TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  document TEXT NOT NULL,
  installed_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE domains (
  schema_id TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (schema_id, schema_version, id),
  FOREIGN KEY (schema_id, schema_version) REFERENCES schema_versions (id, version)
);

CREATE TABLE indicators (
  schema_id TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  code TEXT NOT NULL,
  domain TEXT NOT NULL,
  dimension TEXT NOT NULL CHECK (dimension IN ('law', 'practice')),
  level TEXT NOT NULL CHECK (level IN ('structural', 'process', 'outcome')),
  categories TEXT NOT NULL,
  question TEXT NOT NULL,
  answer_type TEXT NOT NULL,
  options TEXT NOT NULL,
  scoring TEXT NOT NULL,
  guidance TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (schema_id, schema_version, code),
  FOREIGN KEY (schema_id, schema_version, domain) REFERENCES domains (schema_id, schema_version, id)
);

CREATE TABLE instruments (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  short_title TEXT NOT NULL,
  year INTEGER NOT NULL,
  kind TEXT NOT NULL,
  aliases TEXT NOT NULL
);

CREATE TABLE countries (
  code TEXT PRIMARY KEY CHECK (length(code) = 3),
  alpha2 TEXT,
  numeric TEXT,
  name TEXT NOT NULL,
  sample INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  country TEXT NOT NULL REFERENCES countries (code),
  year INTEGER NOT NULL,
  schema_id TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  author_key TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reviewed')),
  parent_id TEXT REFERENCES submissions (id),
  created_at TEXT NOT NULL,
  FOREIGN KEY (schema_id, schema_version) REFERENCES schema_versions (id, version)
);

CREATE TABLE answers (
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  value TEXT,
  score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  confidence TEXT CHECK (confidence IS NULL OR confidence IN ('low', 'medium', 'high')),
  note TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (submission_id, indicator)
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
