package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.Role;

/**
 * A record whose data may be processed has its restriction columns all empty, which Hibernate loads as no
 * {@link ProcessingRestriction} at all; the record answers with an empty one. Saving the record unchanged must not
 * count as a change: the version a colleague's open form holds stays valid (no false "changed since you read it").
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmptyProcessingRestrictionIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordSavedUnchangedKeepsItsVersionAndShowsNoRestriction() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        StaffView created = staff.create(curator, world.schoolA(), Fixtures.teacher("Неизменная", "Анна", "Сергеевна"));

        StaffView saved = staff.update(curator, world.schoolA(), created.id(), created.data(), created.version());

        assertThat(saved.version()).isEqualTo(created.version());
        assertThat(jdbc.queryForObject(
                        "select version from person where id = ?",
                        Long.class,
                        created.id().value()))
                .isEqualTo(created.version());
        assertThat(saved.processingRestricted()).isFalse();
        assertThat(saved.anonymiseOn()).isNull();
        assertThat(saved.anonymised()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where id = ? and processing_restricted_at is null"
                                + " and anonymise_on is null and anonymised_at is null",
                        Integer.class,
                        created.id().value()))
                .isEqualTo(1);
    }
}
