-- A counter per record type, bumped in the same transaction as every write to that type ('*' for
-- organisations and users, whose names lists show). Lists validate cached pages against it.
CREATE TABLE record_type_version (
  record_type text PRIMARY KEY,
  version bigint NOT NULL
);
