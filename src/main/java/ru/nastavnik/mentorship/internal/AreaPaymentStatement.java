package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;

/**
 * The mentoring payments of a municipality's or a region's schools for a period, for the methodologist: one row per
 * school, subtotals per municipality, the total; no person in it. The municipality or region is not the employer of
 * the schools' staff (each school is its own legal entity and pays its own mentors), so each school's statement by
 * mentor stays with the school. {@code withoutTerm}: some school had days of mentoring without a payment term.
 */
public record AreaPaymentStatement(
        OrganisationId area,
        String name,
        OrganisationKind kind,
        LocalDate from,
        LocalDate to,
        List<Municipality> municipalities,
        Figures total,
        boolean withoutTerm) {

    public AreaPaymentStatement {
        municipalities = List.copyOf(municipalities);
    }

    /** The schools of one municipality (or those directly under the region), with their subtotal. */
    public record Municipality(OrganisationId id, String name, List<School> schools, Figures subtotal) {

        public Municipality {
            schools = List.copyOf(schools);
        }
    }

    /** {@code withoutTerm}: the school's pairs worked days without a payment term (paid nothing for them). */
    public record School(OrganisationId id, String name, String municipality, Figures figures, boolean withoutTerm) {}

    /**
     * The figures of a school or a sum of schools under the small-number rule: mentors or mentees that are one or two
     * read «< 3» ({@code fewMentors}, {@code fewMentees}, the count null); when the mentors are few, their days and
     * amounts are withheld too (null), since they would be one or two people's pay. Pairs are not people: always shown.
     * {@code mentorDays}: the days of active mentoring of each mentor in the period, summed over the mentors;
     * {@code roubles}: the sum under rules in roubles; {@code rateShare}: the shares of the rate under rules in shares
     * of it (each school's accountant multiplies them by the mentor's own rate).
     */
    public record Figures(
            Integer mentors,
            int pairs,
            Integer mentees,
            Integer mentorDays,
            BigDecimal roubles,
            BigDecimal rateShare,
            boolean fewMentors,
            boolean fewMentees) {}

    public int schools() {
        return municipalities.stream().mapToInt(m -> m.schools().size()).sum();
    }
}
