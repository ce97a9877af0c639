package ru.nastavnik.bank.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
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
    private static final String MENTEES = "в банке наставляемых";
    private static final String MENTORS = "в банке наставников";

    private final BankReads banks;
    private final MenteeRepository mentees;
    private final MentorRepository mentors;
    private final Workloads workloads;
    private final ApplicationEventPublisher events;

    BankPages(
            BankReads banks,
            MenteeRepository mentees,
            MentorRepository mentors,
            Workloads workloads,
            ApplicationEventPublisher events) {
        this.banks = banks;
        this.mentees = mentees;
        this.mentors = mentors;
        this.workloads = workloads;
        this.events = events;
    }

    /** A page of entries in the bank now, and the people who left it (each once, if not back in it). */
    public record BankPage<T>(Page<T> current, List<T> left) {}

    public BankPage<MenteeView> mentees(
            NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, int page) {
        return mentees(caller, organisation, filter, page, SIZE);
    }

    /** A page of the given size (the API's clients choose theirs). */
    public BankPage<MenteeView> mentees(
            NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, int page, int size) {
        if (filter.byPerson()) {
            return paged(
                    organisation,
                    banks.menteeCandidates(caller, organisation, filter),
                    shown -> banks.namedMentees(caller, organisation, shown),
                    page,
                    MenteeView::leftOn,
                    MenteeView::personId,
                    MENTEES,
                    size);
        }
        BankRegistry.check(caller, organisation);
        Page<MenteeView> current = pageOf(
                        number -> mentees.currentPage(
                                organisation.value(),
                                filter.category() == null
                                        ? null
                                        : filter.category().name(),
                                filter.topicOrNull(),
                                PageRequest.of(number, size)),
                        page)
                .map(e -> e.view(null));
        List<MenteeView> left = filter.includeLeft()
                ? latestOfEach(
                        mentees.leftIn(organisation.value()).stream()
                                .map(e -> e.view(null))
                                .filter(filter::matchesEntry)
                                .toList(),
                        MenteeView::personId)
                : List.of();
        return recorded(
                organisation,
                named(current, shown -> banks.namedMentees(caller, organisation, shown)),
                banks.namedMentees(caller, organisation, left),
                MenteeView::personId,
                MENTEES);
    }

    public BankPage<MentorView> mentors(
            NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, int page) {
        return mentors(caller, organisation, filter, page, SIZE);
    }

    public BankPage<MentorView> mentors(
            NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, int page, int size) {
        if (filter.byPerson() || filter.minCapacity() != null) {
            return paged(
                    organisation,
                    banks.mentorCandidates(caller, organisation, filter),
                    shown -> banks.namedMentors(caller, organisation, shown),
                    page,
                    MentorView::leftOn,
                    MentorView::personId,
                    MENTORS,
                    size);
        }
        BankRegistry.check(caller, organisation);
        Page<MentorEntry> entries = pageOf(
                number -> mentors.currentPage(
                        organisation.value(),
                        filter.training() == null ? null : filter.training().name(),
                        filter.topicOrNull(),
                        PageRequest.of(number, size)),
                page);
        Map<PersonId, Integer> loads = workloads.of(
                entries.getContent().stream().map(MentorEntry::person).toList());
        Page<MentorView> current = entries.map(e -> e.view(BankProfiles.NONE, loads.getOrDefault(e.person(), 0)));
        List<MentorView> left = filter.includeLeft()
                ? latestOfEach(
                        mentors.leftIn(organisation.value()).stream()
                                .map(e -> e.view(BankProfiles.NONE, 0))
                                .filter(filter::matchesEntry)
                                .toList(),
                        MentorView::personId)
                : List.of();
        return recorded(
                organisation,
                named(current, shown -> banks.namedMentors(caller, organisation, shown)),
                banks.namedMentors(caller, organisation, left),
                MentorView::personId,
                MENTORS);
    }

    /** The API's list with those who left (after the current entries): a page of both, the read of that page recorded. */
    public Page<MenteeView> menteesAndLeft(
            NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, Pageable asked) {
        return cut(
                organisation,
                banks.menteeCandidates(caller, organisation, filter),
                shown -> banks.namedMentees(caller, organisation, shown),
                asked,
                MenteeView::personId,
                MENTEES);
    }

    public Page<MentorView> mentorsAndLeft(
            NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter, Pageable asked) {
        return cut(
                organisation,
                banks.mentorCandidates(caller, organisation, filter),
                shown -> banks.namedMentors(caller, organisation, shown),
                asked,
                MentorView::personId,
                MENTORS);
    }

    private <T> Page<T> cut(
            OrganisationId organisation,
            List<T> found,
            UnaryOperator<List<T>> naming,
            Pageable asked,
            Function<T, PersonId> person,
            String details) {
        Page<T> page = Pages.cut(found, asked);
        return recorded(organisation, named(page, naming), List.of(), person, details)
                .current();
    }

    /** The page asked for, or the last one if it asked beyond the end (a bank shrinks while a page is open). */
    private static <E> Page<E> pageOf(IntFunction<Page<E>> query, int page) {
        Page<E> found = query.apply(Math.max(page, 0));
        return found.getNumber() > 0 && found.getNumber() >= found.getTotalPages()
                ? query.apply(Math.max(0, found.getTotalPages() - 1))
                : found;
    }

    private static <T> Page<T> named(Page<T> page, UnaryOperator<List<T>> naming) {
        return new PageImpl<>(naming.apply(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** Those who left (the query leaves out who is back in the bank), the latest entry of each. */
    private static <T> List<T> latestOfEach(List<T> left, Function<T, PersonId> person) {
        Set<PersonId> seen = new HashSet<>();
        return left.stream().filter(e -> seen.add(person.apply(e))).toList();
    }

    /** A search by name (or by free places) reads the whole bank; only the entries on the page and those who left are named. */
    private <T> BankPage<T> paged(
            OrganisationId organisation,
            List<T> found,
            UnaryOperator<List<T>> naming,
            int page,
            Function<T, ?> leftOn,
            Function<T, PersonId> person,
            String details,
            int size) {
        List<T> current = found.stream().filter(e -> leftOn.apply(e) == null).toList();
        Set<PersonId> seen = new HashSet<>(current.stream().map(person).toList());
        List<T> left = naming.apply(found.stream()
                .filter(e -> leftOn.apply(e) != null && seen.add(person.apply(e)))
                .toList());
        int pages = Math.max(1, (current.size() + size - 1) / size);
        int number = Math.min(Math.max(page, 0), pages - 1);
        List<T> shown = naming.apply(current.subList(number * size, Math.min(current.size(), (number + 1) * size)));
        return recorded(
                organisation,
                new PageImpl<>(shown, PageRequest.of(number, size), current.size()),
                left,
                person,
                details);
    }

    /** The read recorded is of the people on the page and of those who left, in one audit record. */
    private <T> BankPage<T> recorded(
            OrganisationId organisation, Page<T> shown, List<T> left, Function<T, PersonId> person, String details) {
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                Stream.concat(shown.getContent().stream(), left.stream())
                        .map(e -> person.apply(e).value())
                        .toList(),
                details));
        return new BankPage<>(shown, left);
    }
}
