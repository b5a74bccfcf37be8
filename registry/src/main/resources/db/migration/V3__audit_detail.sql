-- Sign-ins, failed and refused ones too, are logged with the client's address: accountability, and
-- the trace of an attack on the accounts.
ALTER TABLE audit_log ADD COLUMN detail VARCHAR(200);
