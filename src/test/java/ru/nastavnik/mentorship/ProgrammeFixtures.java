package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.mentorship.internal.NewMentorship;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
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
    private final Staffroom staffroom;
    private final StaffAccounts accounts;
    private final BankFixtures banks;
    private final PairManagement mentorships;
    private final PairedSchool pairs;

    ProgrammeFixtures(
            Fixtures fixtures,
            Staffroom staffroom,
            StaffAccounts accounts,
            BankFixtures banks,
            PairManagement mentorships,
            PairedSchool pairs) {
        this.fixtures = fixtures;
        this.staffroom = staffroom;
        this.accounts = accounts;
        this.banks = banks;
        this.mentorships = mentorships;
        this.pairs = pairs;
    }

    public ActivePair activePair(List<String> needs) {
        Fixtures.World world = fixtures.world();
        OrganisationId school = world.schoolA();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, school);
        // consents given the day before the pair starts
        LocalDate consented = SchoolToday.date().minusDays(2);
        Started pair = start(curator, school, "Морозова", "Соловьёва", "Вера", needs, "П-" + world.tag());
        PersonId other = staffroom.teacher(curator, school, "Ершова", "Вера", "Павловна", consented);
        return new ActivePair(
                school,
                curator,
                account(curator, school, pair.mentor(), Role.MENTOR),
                account(curator, school, pair.mentee(), Role.MENTEE),
                account(curator, school, other, Role.MENTEE),
                pair.id());
    }

    /** One more pair at work in {@code first}'s school, its mentor and mentee named by these surnames. */
    public MentorshipId anotherPair(ActivePair first, String mentorSurname, String menteeSurname, List<String> needs) {
        return start(
                        first.curator(),
                        first.school(),
                        mentorSurname,
                        menteeSurname,
                        "Анна",
                        needs,
                        "П2-" + mentorSurname)
                .id();
    }

    private record Started(MentorshipId id, PersonId mentor, PersonId mentee) {}

    /** A mentor and a mentee with their consents (given the day before the pair starts), paired and started. */
    private Started start(
            NastavnikPrincipal curator,
            OrganisationId school,
            String mentorSurname,
            String menteeSurname,
            String firstName,
            List<String> needs,
            String orderNumber) {
        LocalDate consented = SchoolToday.date().minusDays(2);
        PersonId mentor = banks.aMentor(curator, school, mentorSurname)
                .named(firstName, "Павловна")
                .consentedOn(consented)
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .competences(needs.toArray(String[]::new))
                .enter();
        PersonId mentee = banks.aMentee(curator, school, menteeSurname)
                .named(firstName, "Павловна")
                .consentedOn(consented)
                .needs(needs.toArray(String[]::new))
                .enter();
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
        pairs.startByOrder(curator, school, List.of(pair.id()), orderNumber, SchoolToday.date());
        return new Started(pair.id(), mentor, mentee);
    }

    private NastavnikPrincipal account(NastavnikPrincipal curator, OrganisationId school, PersonId person, Role role) {
        NastavnikPrincipal user = fixtures.user(role, school);
        accounts.link(curator, school, person, user.getUsername(), true);
        return user;
    }
}
