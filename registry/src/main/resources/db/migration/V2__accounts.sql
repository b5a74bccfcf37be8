-- Local accounts of the web application: a bcrypt hash, never the password, and one role.
CREATE TABLE accounts (
  username      VARCHAR(100) PRIMARY KEY,
  password_hash VARCHAR(100) NOT NULL,
  role          VARCHAR(20)  NOT NULL CHECK (role IN ('CLINICIAN', 'AUDITOR', 'ADMIN')),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL
);
