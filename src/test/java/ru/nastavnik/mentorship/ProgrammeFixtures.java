package ru.nastavnik.mentorship;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A school with a pair at work (order registered, consents on file), whose mentor and mentee can sign in. */
@Component
public class ProgrammeFixtures {

    public record ActivePair(
            OrganisationId school,
            NastavnikPrincipal curator,
            NastavnikPrincipal mentor,
            NastavnikPrincipal mentee,
            NastavnikPrincipal stranger,
            MentorshipId mentorship) {}

    private final Fixtures fixtures;
    private final StaffManagement staff;
    private final StaffAccounts accounts;
    private final ConsentManagement consents;
    private final BankManagement banks;
    private final Mentorships mentorships;
    private final OrderRegister orders;

    ProgrammeFixtures(
            Fixtures fixtures,
            StaffManagement staff,
            StaffAccounts accounts,
            ConsentManagement consents,
            BankManagement banks,
            Mentorships mentorships,
            OrderRegister orders) {
        this.fixtures = fixtures;
        this.staff = staff;
        this.accounts = accounts;
        this.consents = consents;
        this.banks = banks;
        this.mentorships = mentorships;
        this.orders = orders;
    }

    public ActivePair activePair(List<String> needs) {
        Fixtures.World world = fixtures.world();
        OrganisationId school = world.schoolA();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, school);
        PersonId mentor = person(curator, school, "Морозова", true);
        PersonId mentee = person(curator, school, "Соловьёва", false);
        PersonId other = person(curator, school, "Ершова", false);
        banks.saveMentor(
                curator, school, new MentorRequest(mentor.toString(), needs, null, 1, List.of(), null, null, false));
        banks.saveMentee(
                curator,
                school,
                new MenteeRequest(mentee.toString(), MenteeCategory.YOUNG_SPECIALIST, null, needs, null));
        MentorshipView pair = mentorships.create(
                curator,
                school,
                new NewMentorship(
                        List.of(mentor),
                        List.of(mentee),
                        "традиционная (один на один)",
                        SchoolToday.date().minusDays(1),
                        SchoolToday.date().plusMonths(8),
                        null));
        OrderView order = orders.draftAssignment(curator, school, List.of(pair.id()));
        orders.register(
                curator,
                order.id(),
                "П-" + world.tag(),
                SchoolToday.date(),
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        return new ActivePair(
                school,
                curator,
                account(curator, school, mentor, Role.MENTOR),
                account(curator, school, mentee, Role.MENTEE),
                account(curator, school, other, Role.MENTEE),
                pair.id());
    }

    private PersonId person(NastavnikPrincipal curator, OrganisationId school, String lastName, boolean mentor) {
        PersonId person = staff.create(curator, school, Fixtures.teacher(lastName, "Вера", "Павловна"))
                .id();
        consents.recordGiven(
                curator,
                school,
                new GiveConsent(
                        person.toString(),
                        ConsentPurpose.PERSONAL_DATA,
                        SchoolToday.date().minusDays(2),
                        null,
                        null));
        if (mentor) {
            consents.recordGiven(
                    curator,
                    school,
                    new GiveConsent(
                            person.toString(),
                            ConsentPurpose.MENTORING_DUTIES,
                            SchoolToday.date().minusDays(2),
                            null,
                            null));
        }
        return person;
    }

    private NastavnikPrincipal account(NastavnikPrincipal curator, OrganisationId school, PersonId person, Role role) {
        NastavnikPrincipal user = fixtures.user(role, school);
        accounts.link(curator, school, person, user.getUsername(), true);
        return user;
    }
}
