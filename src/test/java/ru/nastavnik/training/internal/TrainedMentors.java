package ru.nastavnik.training.internal;

import org.springframework.stereotype.Component;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A school whose curator and one mentor (a staff record with an account linked to it) can sign in. */
@Component
class TrainedMentors {

    record School(
            Fixtures.World world,
            OrganisationId school,
            NastavnikPrincipal curator,
            NastavnikPrincipal mentor,
            PersonId mentorPerson) {}

    private final Fixtures fixtures;
    private final StaffManagement staff;
    private final StaffAccounts accounts;
    private final ConsentManagement consents;

    TrainedMentors(Fixtures fixtures, StaffManagement staff, StaffAccounts accounts, ConsentManagement consents) {
        this.fixtures = fixtures;
        this.staff = staff;
        this.accounts = accounts;
        this.consents = consents;
    }

    School school() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        PersonId person = staff.create(curator, world.schoolA(), Fixtures.teacher("Кузнецова", "Ольга", "Игоревна"))
                .id();
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        person.toString(),
                        ConsentPurpose.PERSONAL_DATA,
                        SchoolToday.date().minusDays(1),
                        null,
                        null));
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, world.schoolA());
        accounts.link(curator, world.schoolA(), person, mentor.getUsername(), true);
        return new School(world, world.schoolA(), curator, mentor, person);
    }
}
