export const sql = `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  bytes BLOB,
  added_at TEXT NOT NULL
);

CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  kind TEXT NOT NULL CHECK (kind IN ('answers', 'evidence', 'ratifications')),
  sheet TEXT NOT NULL,
  layout TEXT NOT NULL,
  mapping TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('staged', 'committed', 'abandoned')),
  created_at TEXT NOT NULL,
  committed_at TEXT,
  summary TEXT
);
CREATE INDEX imports_by_source ON imports (source_id);

-- A committed import's rows keep their 'ready' status: the import's own status says they were committed.
-- Columns the commit reads come first; the large raw cells last. resolved is JSONB, read by json_extract at commit.
CREATE TABLE staging_rows (
  import_id TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ready', 'needs-reconciliation', 'error', 'excluded', 'committed')),
  resolved BLOB,
  problems TEXT NOT NULL DEFAULT '[]',
  record TEXT NOT NULL,
  cells TEXT NOT NULL,
  PRIMARY KEY (import_id, row_number)
);
CREATE INDEX staging_rows_by_status ON staging_rows (import_id, status);

CREATE TABLE column_mappings (
  name TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  headers_signature TEXT NOT NULL,
  mapping TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX column_mappings_by_signature ON column_mappings (kind, headers_signature);

ALTER TABLE answers ADD COLUMN citation TEXT;
ALTER TABLE answers ADD COLUMN import_id TEXT REFERENCES imports (id);

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('law', 'practice')),
  title TEXT NOT NULL,
  citation TEXT NOT NULL DEFAULT '',
  date TEXT,
  url TEXT,
  excerpt TEXT,
  categories TEXT,
  indicators TEXT,
  import_id TEXT REFERENCES imports (id),
  source_row INTEGER,
  UNIQUE (submission_id, type, title, citation)
);

CREATE TABLE ratifications (
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  instrument TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  reservations TEXT,
  import_id TEXT REFERENCES imports (id),
  source_row INTEGER,
  PRIMARY KEY (submission_id, instrument)
);

CREATE TABLE aliases (
  kind TEXT NOT NULL CHECK (kind IN ('indicator', 'instrument', 'country', 'answer')),
  alias TEXT NOT NULL,
  target_id TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('learned', 'built-in', 'shared')),
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, alias)
);
`;
