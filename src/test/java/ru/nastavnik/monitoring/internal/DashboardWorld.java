package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;

/**
 * The dashboards' fixture, worked out by hand for the school year 2025/26 against 2024/25 (young: under 35 at the
 * period's end with at most 3 years of teaching; every mentee here is young).
 *
 * Region R: district M1 with schools A, B, D; district M2 with school C.
 * A: a1 mentor, a2 and a3 young. 2024/25: a1 → a2 and a1 → a3 (two pairs, both completed in May 2025);
 * 2025/26: a1 → a2 only. So A: mentors 1 and 1, pairs 1 against 2, young with a mentor 1/2 = 50 % against 2/2 = 100 %.
 * A also held a seminar in October 2025 (a1 and a2 attended, a3 registered only) and had a school-level practice
 * accepted in December 2025.
 * B and D: one mentor with one young mentee each in 2025/26 (1/1), nothing the year before.
 * C: two mentors each with one young mentee in 2025/26 (2/2).
 * M1 2025/26: mentors 1 + 1 + 1 = 3 (each school «< 3», the sum shown), young with a mentor 3/4 = 75 %, pairs 3;
 * M2: mentors 2 («< 3»); the region: mentors 5, pairs 5, young 5/6 = 83.3 %.
 */
final class DashboardWorld {

    static final String PP = "педагог — педагог";
    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 8, 31);

    final OrganisationId region;
    final OrganisationId m1;
    final OrganisationId m2;
    final OrganisationId a;
    final OrganisationId b;
    final OrganisationId d;
    final OrganisationId c;

    DashboardWorld(IndicatorWorld w) {
        region = w.org("Регион", OrganisationKind.REGION, null);
        m1 = w.org("Район 1", OrganisationKind.MUNICIPALITY, region);
        m2 = w.org("Район 2", OrganisationKind.MUNICIPALITY, region);
        a = w.org("Школа А", OrganisationKind.ORGANISATION, m1);
        b = w.org("Школа Б", OrganisationKind.ORGANISATION, m1);
        d = w.org("Школа Д", OrganisationKind.ORGANISATION, m1);
        c = w.org("Школа В", OrganisationKind.ORGANISATION, m2);

        UUID a1 = w.person(a, LocalDate.of(1970, 1, 1), 25);
        UUID a2 = w.person(a, LocalDate.of(2000, 1, 1), 1);
        UUID a3 = w.person(a, LocalDate.of(1999, 1, 1), 2);
        w.pair(a, PP, "COMPLETED", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 5, 31), a1, a2);
        w.pair(a, PP, "COMPLETED", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 5, 31), a1, a3);
        w.pair(a, PP, "ACTIVE", LocalDate.of(2025, 10, 1), null, a1, a2);
        w.event(a, "SEMINAR", "HELD", LocalDate.of(2025, 10, 20), new UUID[] {a1, a2}, a3);
        w.practice(a, "ACCEPTED", "SCHOOL", LocalDate.of(2025, 12, 1));
        for (OrganisationId school : new OrganisationId[] {b, d, c, c}) {
            UUID mentor = w.person(school, LocalDate.of(1975, 1, 1), 20);
            UUID mentee = w.person(school, LocalDate.of(2001, 1, 1), 0);
            w.pair(school, PP, "ACTIVE", LocalDate.of(2025, 11, 1), null, mentor, mentee);
        }
    }

    IndicatorPeriod year() {
        return new IndicatorPeriod(FROM, TO);
    }
}
