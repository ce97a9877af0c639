package ru.nastavnik.shared.web;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two requests that create the same record at once (a school's first template saved twice, say): the unique index
 * refuses the second, which is a conflict to retry, not a fault. Other integrity errors stay faults.
 */
final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    static boolean is(DataIntegrityViolationException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
