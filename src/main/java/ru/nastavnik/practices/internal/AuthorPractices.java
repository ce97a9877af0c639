package ru.nastavnik.practices.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.practices.NewPractice;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeSourceKind;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A teacher's own practices: those she is an author of (proposed from her completed programme, or by herself), and a
 * proposal of her own outside any programme — a methodological development or an experience of mentoring that the
 * roadmap's collection of best practices (stage 6) should hear of, not only the pairs' programmes. Her school's
 * curator decides on it as on any proposal.
 */
@Service
@Transactional
public class AuthorPractices {

    /** Proposals of her own awaiting the curator at once: more would be a flood, not a collection. */
    static final int PENDING_AT_MOST = 5;

    private final PracticeRepository practices;
    private final PracticeManagement management;
    private final StaffAccounts accounts;

    AuthorPractices(PracticeRepository practices, PracticeManagement management, StaffAccounts accounts) {
        this.practices = practices;
        this.management = management;
        this.accounts = accounts;
    }

    /** Hers, the latest first; none when her account is linked to no staff record. */
    @Transactional(readOnly = true)
    public List<PracticeView> mine(NastavnikPrincipal caller) {
        return accounts.ownId(caller)
                .map(person -> practices.byAuthor(person.value()).stream()
                        .map(Practice::view)
                        .toList())
                .orElse(List.of());
    }

    /**
     * One of hers, read as its author: the curator's card is the school's (it decides, records consents and names
     * who acted), so she reads her practice here; anyone who is not among its authors finds nothing (404), a
     * colleague of the same school included.
     */
    @Transactional(readOnly = true)
    public PracticeView mine(NastavnikPrincipal caller, PracticeId id) {
        PersonId person = accounts.ownId(caller).orElseThrow(NotFoundException::new);
        return practices
                .findById(id.value())
                .map(Practice::view)
                .filter(p -> p.authors().contains(person))
                .orElseThrow(NotFoundException::new);
    }

    /** Her own proposal to her school's library, she its author. */
    public PracticeView propose(NastavnikPrincipal caller, PracticeDescription description) {
        StaffView me =
                accounts.own(caller).orElseThrow(() -> InvalidInputException.of("title", "practice.own.noRecord"));
        PersonId person = me.id();
        long pending = practices.byAuthor(person.value()).stream()
                .filter(p -> p.view().sourceKind() == PracticeSourceKind.OWN
                        && p.view().status() == PracticeStatus.PROPOSED)
                .count();
        if (pending >= PENDING_AT_MOST) {
            throw InvalidInputException.of("title", "practice.own.tooMany", pending);
        }
        return management.propose(new NewPractice(
                me.organisationId(), description, List.of(person), PracticeSourceKind.OWN, UUID.randomUUID()));
    }
}
