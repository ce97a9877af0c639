package ru.nastavnik.consent.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentStatus;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    @Query("select c from Consent c where c.id = :id and c.organisationId = :organisation")
    Optional<Consent> findInOrganisation(UUID organisation, UUID id);

    @Query("select c from Consent c where c.organisationId = :organisation and c.id in :ids")
    List<Consent> findAllInOrganisation(UUID organisation, java.util.Collection<UUID> ids);

    @Query("select c from Consent c where c.personId = :person order by c.createdAt desc")
    List<Consent> findByPerson(UUID person);

    @Query("""
            select c from Consent c where c.personId = :person and c.purpose = :purpose
              and c.status in (ru.nastavnik.consent.ConsentStatus.REQUESTED, ru.nastavnik.consent.ConsentStatus.GIVEN)""")
    Optional<Consent> findOpen(UUID person, ConsentPurpose purpose);

    /**
     * The consents of the purpose of these people that may be in force on some school's today (between the earliest
     * and the latest date any school is on): person, organisation, given on, valid until; the caller decides each by
     * its own school's date. No consent is loaded, and the people are one array parameter (a thousand-person school is one statement, not a thousand bind parameters).
     */
    @Query(nativeQuery = true, value = """
            select c.person_id, c.organisation_id, c.given_on, c.valid_until from consent c
            where c.person_id = any(:people) and c.purpose = :purpose and c.status = 'GIVEN'
              and c.given_on <= :latest and (c.valid_until is null or c.valid_until >= :earliest)""")
    List<Object[]> validAmong(UUID[] people, String purpose, LocalDate earliest, LocalDate latest);

    /** The given consents to distribution of these people that may be in force on some school's today; one statement. */
    @Query("""
            select c from Consent c
            where among(c.personId, :people) and c.purpose = ru.nastavnik.consent.ConsentPurpose.PUBLICATION
              and c.status = ru.nastavnik.consent.ConsentStatus.GIVEN
              and c.givenOn <= :latest and (c.validUntil is null or c.validUntil >= :earliest)""")
    List<Consent> givenDistribution(UUID[] people, LocalDate earliest, LocalDate latest);

    /**
     * The consents in force on one date ({@code valid_consent}, V169: at most one a person and purpose), counted over
     * the organisation's current staff (the person table is read for who that is).
     */
    @Query(nativeQuery = true, value = """
            select count(*) from valid_consent(:day, :purpose) c join person p on p.id = c.person_id
            where p.organisation_id = :organisation and p.archived_at is null""")
    long countValidAmongStaff(UUID organisation, String purpose, LocalDate day);

    @Query("""
            select c from Consent c where c.organisationId = :organisation
              and (:purpose is null or c.purpose = :purpose) and (:status is null or c.status = :status)
            order by c.createdAt desc""")
    List<Consent> search(UUID organisation, ConsentPurpose purpose, ConsentStatus status);

    @Query(
            "select c from Consent c where c.status = ru.nastavnik.consent.ConsentStatus.GIVEN and c.validUntil < :today")
    List<Consent> findDueToExpire(LocalDate today);
}
