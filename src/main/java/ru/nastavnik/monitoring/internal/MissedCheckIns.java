package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.PairFacts;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who of each working pair has let the mid-point check-in pass (two weeks after the programme's mid-point, while the
 * programme is worked through): a reason of the pair's health. The check-ins sent are read in one query for all
 * the pairs.
 */
@Component
class MissedCheckIns {

    private final JdbcClient jdbc;

    MissedCheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<MentorshipId, Integer> of(List<PairFacts> pairs, LocalDate today) {
        return missed(pairs.stream().filter(p -> due(p, today)).toList());
    }

    /** Each school's pairs judged by its own date, the check-ins of all of them read by one query. */
    Map<MentorshipId, Integer> of(
            Map<OrganisationId, List<PairFacts>> bySchool, Function<OrganisationId, LocalDate> todayOf) {
        List<PairFacts> due = new ArrayList<>();
        bySchool.forEach((school, pairs) -> {
            LocalDate today = todayOf.apply(school);
            pairs.stream().filter(p -> due(p, today)).forEach(due::add);
        });
        return missed(due);
    }

    private Map<MentorshipId, Integer> missed(List<PairFacts> due) {
        if (due.isEmpty()) {
            return Map.of();
        }
        Set<String> sent = new HashSet<>(jdbc.sql("""
                        select programme_id, person_id from monitoring_checkin where programme_id = any(?)""")
                .param(due.stream().map(p -> p.programme().id()).toArray(UUID[]::new))
                .query((rs, n) -> rs.getObject("programme_id") + ":" + rs.getObject("person_id"))
                .list());
        return count(due, sent);
    }

    /** The members of each pair past the term without a check-in; {@code sent} holds "programme:person". */
    static Map<MentorshipId, Integer> count(List<PairFacts> pairs, Set<String> sent, LocalDate today) {
        return count(pairs.stream().filter(p -> due(p, today)).toList(), sent);
    }

    private static Map<MentorshipId, Integer> count(List<PairFacts> due, Set<String> sent) {
        Map<MentorshipId, Integer> missed = new HashMap<>();
        for (PairFacts pair : due) {
            long members = Stream.concat(pair.mentors().stream(), pair.mentees().stream())
                    .filter(person -> !sent.contains(pair.programme().id() + ":" + person.value()))
                    .count();
            if (members > 0) {
                missed.put(pair.pair(), (int) members);
            }
        }
        return missed;
    }

    private static boolean due(PairFacts pair, LocalDate today) {
        return pair.programme() != null
                && "IN_PROGRESS".equals(pair.programmeStatus())
                && CheckIn.missed(pair.programme().startsOn(), pair.programme().endsOn(), today, false);
    }
}
