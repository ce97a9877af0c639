package ru.nastavnik.mentorship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Mentoring payments (Labour Code art. 351.8): the organisation's rules, each in force from its date, and the
 * statement for the accountant — who mentored how many days in a period and what that earns.
 */
@Service
@Transactional
public class MentoringPayments {

    static final int MAX_PERIOD_DAYS = 366;

    private final PaymentRuleRepository rules;
    private final PairPaymentTerms terms;
    private final MentorshipRepository mentorships;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;
    private final MessageSource messages;

    MentoringPayments(
            PaymentRuleRepository rules,
            PairPaymentTerms terms,
            MentorshipRepository mentorships,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.rules = rules;
        this.terms = terms;
        this.mentorships = mentorships;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    @Transactional(readOnly = true)
    public List<PaymentRuleView> rules(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
        return rules.inOrganisation(organisation.value()).stream()
                .map(PaymentRule::view)
                .toList();
    }

    /** A new rule from its date on; a rule dated back, or a second rule for one day, is refused. */
    public PaymentRuleView addRule(NastavnikPrincipal caller, OrganisationId organisation, NewPaymentRule rule) {
        PairManagement.check(caller, organisation);
        PaymentRule added =
                new PaymentRule(organisation, rule, dates.today(organisation), caller.fullName(), clock.instant());
        if (rules.inOrganisation(organisation.value()).stream()
                .anyMatch(r -> r.validFrom().equals(rule.validFrom()))) {
            throw InvalidInputException.of("validFrom", "mentorship.payment.validFrom.taken");
        }
        try {
            rules.saveAndFlush(added);
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("validFrom", "mentorship.payment.validFrom.taken");
        }
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "PaymentRule",
                added.view().id(),
                "правило выплат за наставничество с " + rule.validFrom()));
        return added.view();
    }

    /** The statement for a period: a month by default; one that ends before it starts is refused. */
    @Transactional(readOnly = true)
    public PaymentStatement statement(
            NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate to) {
        PairManagement.check(caller, organisation);
        checkPeriod(from, to);
        List<PaymentRule> known = rules.inOrganisation(organisation.value());
        Map<MentorshipId, List<PaymentCalculator.Term>> recorded = terms.recorded(organisation, known);
        // each pair is paid by its own term: the one its agreement recorded, or the rule in force on its start date
        List<PaymentCalculator.Pair> pairs = mentorships.inOrganisation(organisation.value()).stream()
                .map(m -> {
                    MentorshipView v = m.view(p -> "");
                    return new PaymentCalculator.Pair(
                            m.worked(),
                            v.members(),
                            PaymentCalculator.termsOf(v.startsOn(), recorded.getOrDefault(v.id(), List.of()), known));
                })
                .toList();
        Map<PersonId, PaymentCalculator.Sum> sums = PaymentCalculator.calculate(organisation, pairs, from, to);
        Set<PersonId> named = new HashSet<>(sums.keySet());
        sums.values().forEach(s -> named.addAll(s.mentees));
        Map<PersonId, StaffView> people = named.isEmpty() ? Map.of() : profiles.of(List.copyOf(named));
        List<PaymentStatement.Row> rows = new ArrayList<>();
        sums.forEach((mentor, sum) -> rows.add(new PaymentStatement.Row(
                mentor,
                name(people, mentor),
                position(people.get(mentor)),
                sum.pairs.size(),
                sum.mentees.stream()
                        .map(m -> name(people, m))
                        .sorted(ru.nastavnik.shared.RussianOrder.NAMES)
                        .toList(),
                sum.days,
                sum.roubles,
                sum.rateShare)));
        rows.sort(Comparator.comparing(PaymentStatement.Row::fullName, ru.nastavnik.shared.RussianOrder.NAMES));
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                named.stream().map(PersonId::value).toList(),
                "ведомость выплат за наставничество с " + from + " по " + to));
        boolean withoutRule = sums.values().stream().anyMatch(s -> s.daysWithoutTerm > 0);
        return new PaymentStatement(
                from, to, rows, known.stream().map(PaymentRule::view).toList(), withoutRule);
    }

    /** The statement as an XLSX sheet for the accountant; the export is audited. */
    @Transactional(readOnly = true)
    public byte[] workbook(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            String organisationName,
            LocalDate from,
            LocalDate to) {
        PaymentStatement statement = statement(caller, organisation, from, to);
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.EXPORT,
                "PaymentStatement",
                null,
                "выгрузка ведомости выплат за наставничество с " + from + " по " + to));
        return PaymentWorkbook.write(statement, organisationName, messages);
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw InvalidInputException.of("from", "mentorship.payment.period.from.required");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "mentorship.payment.period.to.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "mentorship.payment.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw InvalidInputException.of("to", "mentorship.payment.period.tooLong", MAX_PERIOD_DAYS);
        }
    }

    private static String name(Map<PersonId, StaffView> people, PersonId person) {
        StaffView view = people.get(person);
        return view == null ? "—" : view.data().fullName();
    }

    private static String position(StaffView view) {
        return view == null || view.data().positions() == null
                ? ""
                : String.join(", ", view.data().positions());
    }

    /** The organisation's own date (its time zone's): the statements' default month is the current one there. */
    public LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
