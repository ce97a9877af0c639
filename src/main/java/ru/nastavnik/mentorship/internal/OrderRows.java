package ru.nastavnik.mentorship.internal;

import static ru.nastavnik.mentorship.internal.PairDocuments.lastOf;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.RussianOrder;

/**
 * The pairs of an order in the order its table lists them: by the mentors' names, then the mentees', then the pair.
 * Every print of a registered order numbers its rows alike, and a programme approved by it finds its appendix number
 * there (an order approving programmes has one appendix per row).
 */
final class OrderRows {

    /** A row of an order's table: the pair and the members the order names. */
    record Row(Mentorship pair, MentorshipView view, List<PersonId> mentors, List<PersonId> mentees) {}

    private OrderRows() {}

    /**
     * The rows in their printed order. An order ending pairs names the members they had when they ended; any other
     * order names the current ones.
     */
    static List<Row> of(OrderKind kind, List<Mentorship> pairs, Map<PersonId, StaffData> people) {
        boolean ending = kind == OrderKind.TERMINATION || kind == OrderKind.COMPLETION;
        return pairs.stream()
                .map(pair -> {
                    MentorshipView v = pair.view(p -> "");
                    boolean ended = ending && v.status().ended();
                    return new Row(
                            pair,
                            v,
                            ended ? lastOf(v, MemberRole.MENTOR) : pair.current(MemberRole.MENTOR),
                            ended ? lastOf(v, MemberRole.MENTEE) : pair.current(MemberRole.MENTEE));
                })
                .sorted(Comparator.comparing((Row r) -> names(r.mentors(), people), RussianOrder.NAMES)
                        .thenComparing(r -> names(r.mentees(), people), RussianOrder.NAMES)
                        .thenComparing(r -> r.view().id().toString()))
                .toList();
    }

    private static String names(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return persons.stream()
                .map(people::get)
                .map(d -> d == null ? "" : d.fullName())
                .collect(Collectors.joining("; "));
    }
}
