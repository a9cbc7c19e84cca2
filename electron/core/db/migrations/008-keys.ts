/**
 * Identities and the keyring. An identity's secret keys are stored only sealed (an age file under its
 * passphrase); its public half sits beside them so lists need no passphrase. The keyring holds public keys
 * only, each trusted (for one role) only once the user said its fingerprint was checked with its owner.
 */
export const sql = `
CREATE TABLE identities (
  key_id TEXT PRIMARY KEY CHECK (length(key_id) = 16),
  name TEXT NOT NULL,
  org TEXT NOT NULL,
  email TEXT,
  role TEXT NOT NULL CHECK (role IN ('expert', 'reviewer', 'central')),
  public_key TEXT NOT NULL UNIQUE,
  age_recipient TEXT NOT NULL,
  sealed BLOB NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE keyring (
  key_id TEXT PRIMARY KEY CHECK (length(key_id) = 16),
  name TEXT NOT NULL,
  org TEXT NOT NULL,
  email TEXT,
  role TEXT CHECK (role IN ('expert', 'reviewer', 'central')),
  public_key TEXT NOT NULL UNIQUE,
  age_recipient TEXT,
  trusted_at TEXT,
  added_at TEXT NOT NULL
);
`;
