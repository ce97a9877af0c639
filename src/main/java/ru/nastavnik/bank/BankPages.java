package ru.nastavnik.bank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The bank pages: the current entries a page at a time (a school with a thousand mentors got one 1.4 MB page), and
 * those who left. The read recorded is of the people on the page, not of the whole bank.
 */
@Service
@Transactional(readOnly = true)
public class BankPages {

    static final int SIZE = 50;

    private final BankManagement banks;
    private final ApplicationEventPublisher events;

    BankPages(BankManagement banks, ApplicationEventPublisher events) {
        this.banks = banks;
        this.events = events;
    }

    /** A page of entries in the bank now, and the people who left it (each once, if not back in it). */
    public record BankPage<T>(Page<T> current, List<T> left) {
    }

    public BankPage<MenteeView> mentees(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, int page) {
        return paged(organisation, banks.menteeCandidates(caller, organisation, filter),
                shown -> banks.namedMentees(caller, organisation, shown), page, MenteeView::leftOn, MenteeView::personId,
                "в банке наставляемых");
    }

    public BankPage<MentorView> mentors(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, int page) {
        return paged(organisation, banks.mentorCandidates(caller, organisation, filter),
                shown -> banks.namedMentors(caller, organisation, shown), page, MentorView::leftOn, MentorView::personId,
                "в банке наставников");
    }

    /** Only the entries on the page and those who left are named: the rest of a large bank is counted, not read. */
    private <T> BankPage<T> paged(OrganisationId organisation, List<T> found, UnaryOperator<List<T>> naming, int page,
            Function<T, ?> leftOn, Function<T, PersonId> person, String details) {
        List<T> current = found.stream().filter(e -> leftOn.apply(e) == null).toList();
        Set<PersonId> seen = new HashSet<>(current.stream().map(person).toList());
        List<T> left = naming.apply(found.stream().filter(e -> leftOn.apply(e) != null && seen.add(person.apply(e))).toList());
        int pages = Math.max(1, (current.size() + SIZE - 1) / SIZE);
        int number = Math.min(Math.max(page, 0), pages - 1);
        List<T> shown = naming.apply(current.subList(number * SIZE, Math.min(current.size(), (number + 1) * SIZE)));
        events.publishEvent(AuditBatch.reads(organisation, "Person", Stream.concat(shown.stream(), left.stream())
                .map(e -> person.apply(e).value()).toList(), details));
        return new BankPage<>(new PageImpl<>(shown, PageRequest.of(number, SIZE), current.size()), left);
    }
}
