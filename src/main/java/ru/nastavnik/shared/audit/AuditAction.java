package ru.nastavnik.shared.audit;

public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    ARCHIVE,
    RESTORE,
    IMPORT,
    EXPORT,
    LOGIN,
    LOGIN_FAILED,
    PASSWORD_CHANGE,
    CONSENT,
    RESTRICT,
    ANONYMISE,
    GENERATE,
    DOWNLOAD;

    public String messageKey() {
        return "audit.action." + name();
    }
}
