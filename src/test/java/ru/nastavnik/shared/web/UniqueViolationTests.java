package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class UniqueViolationTests {

    @Test
    void aDuplicateKeyIsAConflictButAMissingReferenceIsAFault() {
        assertThat(UniqueViolation.is(new DataIntegrityViolationException(
                        "dup", new RuntimeException(new SQLException("duplicate key", "23505")))))
                .isTrue();
        assertThat(UniqueViolation.is(
                        new DataIntegrityViolationException("fk", new SQLException("no parent", "23503"))))
                .isFalse();
        assertThat(UniqueViolation.is(new DataIntegrityViolationException("plain")))
                .isFalse();
    }
}
