package ru.nastavnik.practices;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.practices.internal.PracticeManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Practices of a school with a real author, proposed (and, if asked, accepted by the school's curator). */
@Component
public class PracticeShelf {

    private final Fixtures fixtures;
    private final StaffManagement staff;
    private final PracticeManagement practices;

    PracticeShelf(Fixtures fixtures, StaffManagement staff, PracticeManagement practices) {
        this.fixtures = fixtures;
        this.staff = staff;
        this.practices = practices;
    }

    public record Shelved(PracticeId id, OrganisationId school, PersonId author, NastavnikPrincipal curator) {}

    public Shelved proposed(OrganisationId school, String title, String summary) {
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, school);
        PersonId author = staff.create(curator, school, Fixtures.teacher("Лебедева", "Ольга", "Игоревна"))
                .id();
        PracticeView practice = practices.propose(new NewPractice(
                school, title, summary, List.of(author), PracticeSourceKind.PROGRAMME, UUID.randomUUID()));
        return new Shelved(practice.id(), school, author, curator);
    }

    public Shelved accepted(OrganisationId school, String title, String summary) {
        Shelved shelved = proposed(school, title, summary);
        practices.accept(shelved.curator(), shelved.id());
        return shelved;
    }
}
