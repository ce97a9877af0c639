package ru.nastavnik.consent;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The organisation's consents as its director and curator read them (implemented in {@code internal.ConsentQueries}). */
public interface ConsentReads {

    /** Before work starts in the background: the caller handles this organisation's consents, and these are its people. */
    void checkPeople(NastavnikPrincipal caller, OrganisationId organisation, List<PersonId> people);

    List<ConsentView> ofPerson(NastavnikPrincipal caller, OrganisationId organisation, PersonId person);

    List<ConsentView> search(
            NastavnikPrincipal caller, OrganisationId organisation, ConsentPurpose purpose, ConsentStatus status);

    /** A page of the consents; the read recorded is of the people on the page. */
    Page<ConsentView> search(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ConsentPurpose purpose,
            ConsentStatus status,
            Pageable asked);

    /** The current staff who have no valid consent of this purpose: the curator's to-do list. */
    List<StaffView> missing(NastavnikPrincipal caller, OrganisationId organisation, ConsentPurpose purpose);

    /** The organisation's own date (its time zone's), for a page's default dates. */
    LocalDate today(OrganisationId organisation);
}
