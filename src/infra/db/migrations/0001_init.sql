-- closer vault, schema 1. Every record table has the same shape: only the id, a coarse period
-- (YYYY-MM) for ordering and the id of the data key are plaintext; `body` is the versioned
-- AES-256-GCM envelope (docs/threat-model.md lists exactly what stays readable).

-- Keyring and failed-attempt counter when the store is PostgreSQL (the embedded store keeps
-- them as files beside the database so that erasing can overwrite them first).
CREATE TABLE vault_meta (
  name text PRIMARY KEY,
  value bytea NOT NULL
);

CREATE TABLE settings (
  id text PRIMARY KEY,
  period text,
  key_id text NOT NULL,
  body bytea NOT NULL
);

CREATE TABLE assessments (
  id text PRIMARY KEY,
  period text,
  key_id text NOT NULL,
  body bytea NOT NULL
);

CREATE TABLE checkins (
  id text PRIMARY KEY,
  period text,
  key_id text NOT NULL,
  body bytea NOT NULL
);

CREATE TABLE events (
  id text PRIMARY KEY,
  period text,
  key_id text NOT NULL,
  body bytea NOT NULL
);

CREATE TABLE chat_imports (
  id text PRIMARY KEY,
  period text,
  key_id text NOT NULL,
  body bytea NOT NULL
);

CREATE TABLE plans (
  id text PRIMARY KEY,
  period text,
  key_id text NOT NULL,
  body bytea NOT NULL
);

CREATE TABLE drafts (
  id text PRIMARY KEY,
  period text,
  key_id text NOT NULL,
  body bytea NOT NULL
);
