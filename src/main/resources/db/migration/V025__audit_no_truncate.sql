-- TRUNCATE fires no row trigger: the append-only rule must hold against it too (the embedded server's application
-- role has no TRUNCATE right at all; on an external server it depends on how the roles were set up).
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_forbid_change();
