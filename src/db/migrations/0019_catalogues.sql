-- Catalogues that catalogue fields take their codes from (industry classes, enforcement matters …).
-- An entry dropped by a new edition is kept, not current, so records that carry it still show its
-- name; only current entries are accepted in new values.
CREATE TABLE catalogue_entry (
  catalogue   text NOT NULL,
  code        text NOT NULL,
  name        text NOT NULL,
  parent_code text,
  position    integer NOT NULL,
  is_current  boolean NOT NULL DEFAULT true,
  PRIMARY KEY (catalogue, code)
);

CREATE INDEX catalogue_entry_parent ON catalogue_entry (catalogue, parent_code);

-- The edition in force: where it came from, when and by whom it was loaded, and its digest.
CREATE TABLE catalogue_edition (
  catalogue   text PRIMARY KEY,
  source      text NOT NULL,
  sha256      text NOT NULL,
  entry_count integer NOT NULL,
  loaded_at   timestamptz NOT NULL,
  loaded_by   text NOT NULL
);
