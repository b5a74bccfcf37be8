-- What several instances of the service share when the registry is PostgreSQL (issue #18 item 4);
-- the embedded H2 registry has one instance, which keeps this state in memory and leaves these empty.
-- Every row carries the moment after which it is worthless, and a purge deletes it then.

-- The EHR's JWT ids seen (SHA-256 of issuer and jti), each kept while its token could still be accepted.
-- The primary key makes a replay between two instances lose: one insert wins, the other finds the row.
CREATE TABLE used_tokens (
  token_hash CHAR(64)                 PRIMARY KEY,
  keep_until TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX used_tokens_keep_until ON used_tokens (keep_until);

-- The cases behind the CDS cards' links (a random token in the URL, never patient data).
CREATE TABLE case_links (
  token      VARCHAR(64)              PRIMARY KEY,
  case_json  TEXT                     NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_links_expires_at ON case_links (expires_at);

-- Failed sign-ins in a row per account, and within the lockout per client address; a lock once too many.
CREATE TABLE sign_in_failures (
  kind         VARCHAR(10)              NOT NULL CHECK (kind IN ('account', 'address')),
  name         VARCHAR(200)             NOT NULL,
  failures     INTEGER                  NOT NULL,
  locked_until TIMESTAMP WITH TIME ZONE,
  forget_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kind, name)
);
CREATE INDEX sign_in_failures_forget_at ON sign_in_failures (forget_at);

-- The web sessions, in the table Jetty's JDBC session store reads and writes (its own columns, names and
-- indexes, so that Jetty finds it made): made here so that instances starting at once on a new database
-- do not race to create it (Flyway's lock orders them). Jetty deletes the expired sessions itself.
CREATE TABLE jetty_sessions (
  sessionId      VARCHAR(120) NOT NULL,
  contextPath    VARCHAR(60)  NOT NULL,
  virtualHost    VARCHAR(60)  NOT NULL,
  lastNode       VARCHAR(60),
  accessTime     BIGINT,
  lastAccessTime BIGINT,
  createTime     BIGINT,
  cookieTime     BIGINT,
  lastSavedTime  BIGINT,
  expiryTime     BIGINT,
  maxInterval    BIGINT,
  map            BYTEA,
  PRIMARY KEY (sessionId, contextPath, virtualHost)
);
CREATE INDEX idx_jetty_sessions_expiry ON jetty_sessions (expiryTime);
CREATE INDEX idx_jetty_sessions_session ON jetty_sessions (sessionId, contextPath);
