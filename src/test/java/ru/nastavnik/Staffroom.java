package ru.nastavnik;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's staff as most tests need them: a teacher entered by the curator with her consent to the processing of
 * personal data given yesterday (without it nobody enters a bank or a pair), and any further consents named — a
 * mentor's duties, the shared bank.
 */
@Component
public class Staffroom {

    private final StaffManagement staff;
    private final ConsentManagement consents;

    Staffroom(StaffManagement staff, ConsentManagement consents) {
        this.staff = staff;
        this.consents = consents;
    }

    public PersonId teacher(
            NastavnikPrincipal curator, OrganisationId school, String lastName, ConsentPurpose... more) {
        return teacher(curator, school, lastName, "Анна", "Сергеевна", more);
    }

    public PersonId teacher(
            NastavnikPrincipal curator,
            OrganisationId school,
            String lastName,
            String firstName,
            String middleName,
            ConsentPurpose... more) {
        return teacher(
                curator,
                school,
                lastName,
                firstName,
                middleName,
                SchoolToday.date().minusDays(1),
                more);
    }

    /** The same, her consents given on {@code consentedOn}. */
    public PersonId teacher(
            NastavnikPrincipal curator,
            OrganisationId school,
            String lastName,
            String firstName,
            String middleName,
            LocalDate consentedOn,
            ConsentPurpose... more) {
        PersonId person = staff.create(curator, school, Fixtures.teacher(lastName, firstName, middleName))
                .id();
        give(curator, school, person, ConsentPurpose.PERSONAL_DATA, consentedOn);
        for (ConsentPurpose purpose : more) {
            give(curator, school, person, purpose, consentedOn);
        }
        return person;
    }

    /** A mentor: the personal-data consent and the consent to a mentor's duties (Labour Code art. 351.8). */
    public PersonId mentor(NastavnikPrincipal curator, OrganisationId school, String lastName) {
        return teacher(curator, school, lastName, ConsentPurpose.MENTORING_DUTIES);
    }

    private void give(
            NastavnikPrincipal curator, OrganisationId school, PersonId person, ConsentPurpose purpose, LocalDate on) {
        consents.recordGiven(curator, school, new GiveConsent(person.toString(), purpose, on, null, null));
    }
}
