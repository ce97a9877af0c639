package ru.nastavnik.mentorship.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;

/**
 * The pairs of many schools that worked in a period, with their members, pauses and payment terms, read by five
 * queries however many schools are asked about (a region's thousand: no query per school). Each pair is built as the
 * school's own statement builds it ({@link Mentorship#worked()}, {@link PaymentCalculator#termsOf}).
 */
@Component
class AreaPaymentRows {

    // as Mentorship.worked(): from its start, not before its order; through the day before it ended, or its planned end
    private static final String WORKED = """
            m.organisation_id in (:organisations) and m.activated_on is not null
            and greatest(m.activated_on, m.starts_on) <= :to and coalesce(m.ended_on - 1, m.ends_on) >= :from""";

    private final EntityManager entityManager;
    private final PaymentRuleRepository rules;

    AreaPaymentRows(EntityManager entityManager, PaymentRuleRepository rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    private record PairRow(OrganisationId school, UUID id, LocalDate startsOn, WorkedSpan span) {}

    private record TermRow(UUID rule, LocalDate from) {}

    /** Each school's pairs that worked in the period; a school without any is absent. */
    Map<OrganisationId, List<PaymentCalculator.Pair>> pairs(
            Collection<OrganisationId> schools, LocalDate from, LocalDate to) {
        Map<String, Object> period = Map.of("from", from, "to", to);
        Map<UUID, List<Pause>> pauses = new HashMap<>();
        read(
                "select p.mentorship_id, p.paused_on, p.resumed_on from mentorship m join mentorship_pause p"
                        + " on p.mentorship_id = m.id where " + WORKED,
                schools,
                period,
                r -> pauses.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add(new Pause(date(r[1]), date(r[2]))));
        List<PairRow> pairs = new ArrayList<>();
        read(
                "select m.organisation_id, m.id, m.starts_on, m.activated_on, m.ends_on, m.ended_on from mentorship m where "
                        + WORKED,
                schools,
                period,
                r -> {
                    LocalDate startsOn = date(r[2]);
                    LocalDate activated = date(r[3]);
                    LocalDate ended = date(r[5]);
                    WorkedSpan span = new WorkedSpan(
                            activated.isAfter(startsOn) ? activated : startsOn,
                            ended != null ? ended.minusDays(1) : date(r[4]),
                            pauses.getOrDefault((UUID) r[1], List.of()));
                    pairs.add(new PairRow(new OrganisationId((UUID) r[0]), (UUID) r[1], startsOn, span));
                });
        Map<UUID, List<MemberView>> members = new HashMap<>();
        read(
                "select mm.mentorship_id, mm.person_id, mm.organisation_id, mm.role, mm.from_date, mm.to_date"
                        + " from mentorship m join mentorship_member mm on mm.mentorship_id = m.id where " + WORKED,
                schools,
                period,
                r -> members.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add(new MemberView(
                                new PersonId((UUID) r[1]),
                                new OrganisationId((UUID) r[2]),
                                "",
                                MemberRole.valueOf((String) r[3]),
                                date(r[4]),
                                date(r[5]),
                                null)));
        Map<UUID, List<TermRow>> recorded = new HashMap<>();
        read(
                "select t.mentorship_id, t.rule_id, t.valid_from from mentorship m join mentorship_payment_term t"
                        + " on t.mentorship_id = m.id where " + WORKED,
                schools,
                period,
                r -> recorded.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add(new TermRow((UUID) r[1], date(r[2]))));
        Map<OrganisationId, List<PaymentRule>> known = pairs.isEmpty()
                ? Map.of()
                : rules
                        .inOrganisations(pairs.stream()
                                .map(p -> p.school().value())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(PaymentRule::organisation));
        Map<UUID, PaymentRule> byId = known.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(PaymentRule::id, Function.identity()));
        Map<OrganisationId, List<PaymentCalculator.Pair>> bySchool = new HashMap<>();
        for (PairRow pair : pairs) {
            List<PaymentCalculator.Term> terms = recorded.getOrDefault(pair.id(), List.of()).stream()
                    .filter(t -> byId.containsKey(t.rule()))
                    .map(t -> new PaymentCalculator.Term(t.from(), byId.get(t.rule())))
                    .toList();
            bySchool.computeIfAbsent(pair.school(), s -> new ArrayList<>())
                    .add(new PaymentCalculator.Pair(
                            pair.span(),
                            members.getOrDefault(pair.id(), List.of()),
                            PaymentCalculator.termsOf(
                                    pair.startsOn(), terms, known.getOrDefault(pair.school(), List.of()))));
        }
        return bySchool;
    }

    private void read(
            String sql,
            Collection<OrganisationId> schools,
            Map<String, Object> parameters,
            java.util.function.Consumer<Object[]> row) {
        AggregateRows.read(entityManager, sql, schools, parameters, row);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
