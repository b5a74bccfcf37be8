package org.vapath.registry;

/** What an account may do: clinicians assess and record, auditors read the audit, admins manage accounts. */
public enum Role { CLINICIAN, AUDITOR, ADMIN }
