package ru.nastavnik.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.people.QualificationCategory;

interface PersonRepository extends JpaRepository<Person, UUID> {

    @Query("select p from Person p where p.id = :id and p.organisationId = :organisation")
    Optional<Person> findInOrganisation(UUID organisation, UUID id);

    String SEARCH = """
            from Person p
            where p.organisationId = :organisation
              and (:archived = true or p.archivedAt is null)
              and (:leftOnly = false or p.leftOn is not null)
              and (:category is null or p.qualificationCategory = :category)
              and (:restricted = true or p.processing.restrictedAt is null)
              and (:pattern = '%%'
                   or lower(concat(p.lastName, ' ', p.firstName, ' ', coalesce(p.middleName, ''))) like :pattern
                   or lower(coalesce(p.email, '')) like :pattern
                   or lower(coalesce(p.personnelNumber, '')) like :pattern)
            """;

    // The count declared: without it Spring Data asks Hibernate to derive one, which Hibernate translates to SQL
    // afresh on every call (a sixteenth of the staff list's processor time); a declared query's plan is cached.
    @Query(value = "select p " + SEARCH, countQuery = "select count(p) " + SEARCH)
    Page<Person> search(
            UUID organisation,
            String pattern,
            QualificationCategory category,
            boolean archived,
            boolean leftOnly,
            boolean restricted,
            Pageable pageable);

    @Query(
            "select p from Person p where p.processing.anonymiseOn <= :today and p.processing.anonymisedAt is null and p.processing.restrictedAt is not null")
    List<Person> findDueForAnonymisation(java.time.LocalDate today);

    @Query(
            "select p from Person p where p.organisationId = :organisation order by p.lastName, p.firstName, p.middleName")
    List<Person> findAllInOrganisation(UUID organisation);

    long countByOrganisationIdAndArchivedAtIsNull(UUID organisation);

    /**
     * These people, the ids one array parameter ({@code among}: {@code id = any(?)}): findAllById built and translated
     * a new criteria query on every call (a sixth of a bank page's time).
     */
    @Query("select p from Person p where among(p.id, :ids)")
    List<Person> findAmong(UUID[] ids);

    Optional<Person> findByUserId(UUID userId);

    /** Current, unrestricted people of these organisations whose full name has {@code pattern} in it, by name. */
    @Query("""
            select p from Person p
            where p.organisationId in :organisations and p.archivedAt is null and p.processing.restrictedAt is null
              and p.processing.anonymisedAt is null
              and lower(concat(p.lastName, ' ', p.firstName, ' ', coalesce(p.middleName, ''))) like :pattern
            order by p.lastName, p.firstName, p.middleName
            """)
    List<Person> findByName(java.util.Collection<UUID> organisations, String pattern, Pageable pageable);

    /** The accounts linked to current (not archived) records with this address. */
    @Query("select distinct p.userId from Person p where p.userId is not null and p.archivedAt is null"
            + " and lower(p.email) = lower(:email)")
    List<UUID> accountsWithEmail(String email);
}
