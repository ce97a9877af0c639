package ru.nastavnik.mentorship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Each pair's payment term (Labour Code art. 351.8: the supplementary agreement states the amount and conditions
 * of the payment, and the payment is required): by default the organisation's rule in force on the pair's start
 * date, recorded when the agreement is drafted; the curator may choose another of the organisation's rules from a
 * date on. A change applies from its date, never backwards; earlier terms stay.
 */
@Service
@Transactional
public class PairPaymentTerms {

    private final PairPaymentTermRepository terms;
    private final PaymentRuleRepository rules;
    private final MentorshipRepository mentorships;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;
    private final MessageSource messages;

    PairPaymentTerms(
            PairPaymentTermRepository terms,
            PaymentRuleRepository rules,
            MentorshipRepository mentorships,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.terms = terms;
        this.rules = rules;
        this.mentorships = mentorships;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** The pair's terms as asked for on behalf of {@code organisation}: another school's pair is not found. */
    @Transactional(readOnly = true)
    public PairPaymentTermsView terms(NastavnikPrincipal caller, OrganisationId organisation, MentorshipId id) {
        return view(managed(caller, organisation, id));
    }

    /** A new term from its date: one of the organisation's rules; bad input changes nothing. */
    public PairPaymentTermsView choose(
            NastavnikPrincipal caller, OrganisationId organisation, MentorshipId id, NewPaymentTerm chosen) {
        Mentorship pair = managed(caller, organisation, id);
        MentorshipView v = pair.view(p -> "");
        LocalDate today = dates.today(organisation);
        if (v.status().ended()) {
            throw InvalidInputException.of("validFrom", "payments.term.pairEnded");
        }
        if (chosen.rule() == null) {
            // art. 351.8 makes the payment required: there is no unpaid mentoring to choose
            throw InvalidInputException.of("rule", "payments.term.rule.required");
        }
        PaymentRule rule = rules.findById(chosen.rule())
                .filter(r -> r.organisation().equals(organisation))
                .orElseThrow(() -> InvalidInputException.of("rule", "payments.term.rule.unknown"));
        LocalDate from = chosen.validFrom();
        if (from == null) {
            throw InvalidInputException.of("validFrom", "payments.term.validFrom.required");
        }
        if (from.isBefore(v.startsOn())) {
            throw InvalidInputException.of(
                    "validFrom",
                    "payments.term.validFrom.beforeStart",
                    ru.nastavnik.shared.web.Dates.DATE.format(v.startsOn()));
        }
        if (from.isAfter(v.endsOn())) {
            throw InvalidInputException.of(
                    "validFrom",
                    "payments.term.validFrom.afterEnd",
                    ru.nastavnik.shared.web.Dates.DATE.format(v.endsOn()));
        }
        if (from.isBefore(today)) {
            throw InvalidInputException.of("validFrom", "payments.term.validFrom.past");
        }
        List<PairPaymentTerm> recorded = terms.ofPair(pair.id());
        if (recorded.stream().anyMatch(t -> t.validFrom().equals(from))) {
            throw InvalidInputException.of("validFrom", "payments.term.validFrom.taken");
        }
        String by = caller.fullName();
        if (recorded.isEmpty() && !from.equals(v.startsOn())) {
            // the default the pair was paid by until now becomes its recorded history
            PaymentRule byDefault = PaymentCalculator.inForce(rules.inOrganisation(organisation.value()), v.startsOn());
            if (byDefault != null) {
                save(new PairPaymentTerm(v.id(), organisation, byDefault.id(), v.startsOn(), by, clock.instant()));
            }
        }
        save(new PairPaymentTerm(v.id(), organisation, rule.id(), from, by, clock.instant()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "Mentorship",
                pair.id(),
                "условие выплаты за наставничество пары с " + from + ": "
                        + PaymentWorkbook.describe(rule.view(), messages)));
        return view(pair);
    }

    /**
     * The terms the agreement of a pair states, recording the default when the pair has none yet: from then on the
     * pair carries it whatever rules the organisation sets later. In the drafting's own (writing) transaction, on its
     * connection: a second transaction would hold a second connection.
     */
    java.util.Optional<String> agreement(MentorshipId id, String by) {
        List<PaymentCalculator.Term> agreed = agreed(id, by);
        if (agreed.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate startsOn = agreed.stream()
                .map(PaymentCalculator.Term::from)
                .min(LocalDate::compareTo)
                .orElseThrow();
        // the pair is in the persistence context since agreed(…) read it: no second query
        Mentorship pair = mentorships.findById(id.value()).orElseThrow(NotFoundException::new);
        LocalDate today = dates.today(pair.organisation());
        return java.util.Optional.of(PaymentTermWording.agreed(
                agreed,
                today.isAfter(startsOn) ? today : startsOn,
                pair.view(p -> "").startsOn()));
    }

    private List<PaymentCalculator.Term> agreed(MentorshipId id, String by) {
        Mentorship pair = mentorships.findById(id.value()).orElseThrow(NotFoundException::new);
        List<PaymentRule> known = rules.inOrganisation(pair.organisation().value());
        List<PairPaymentTerm> recorded = terms.ofPair(pair.id());
        LocalDate startsOn = pair.view(p -> "").startsOn();
        if (recorded.isEmpty()) {
            PaymentRule byDefault = PaymentCalculator.inForce(known, startsOn);
            if (byDefault == null) {
                return List.of();
            }
            save(new PairPaymentTerm(id, pair.organisation(), byDefault.id(), startsOn, by, clock.instant()));
            events.publishEvent(new AuditEvent(
                    pair.organisation(),
                    AuditAction.UPDATE,
                    "Mentorship",
                    pair.id(),
                    "условие выплаты за наставничество пары записано в дополнительное соглашение: "
                            + PaymentWorkbook.describe(byDefault.view(), messages)));
            return List.of(new PaymentCalculator.Term(startsOn, byDefault));
        }
        return asTerms(recorded, byId(known));
    }

    /**
     * The term each pair of the organisation is paid by today (or from its start, for a pair not started yet): for the
     * payments page's list of pairs; a pair without any is absent.
     */
    @Transactional(readOnly = true)
    public Map<MentorshipId, String> current(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
        List<PaymentRule> known = rules.inOrganisation(organisation.value());
        Map<MentorshipId, List<PaymentCalculator.Term>> recorded = recorded(organisation, known);
        LocalDate today = dates.today(organisation);
        Map<MentorshipId, String> shown = new java.util.LinkedHashMap<>();
        for (Mentorship pair : mentorships.inOrganisation(organisation.value())) {
            MentorshipView v = pair.view(p -> "");
            List<PaymentCalculator.Term> own =
                    PaymentCalculator.termsOf(v.startsOn(), recorded.getOrDefault(v.id(), List.of()), known);
            if (!own.isEmpty()) {
                shown.put(
                        v.id(),
                        PaymentTermWording.agreed(
                                own, today.isAfter(v.startsOn()) ? today : v.startsOn(), v.startsOn()));
            }
        }
        return shown;
    }

    /** Every pair's recorded terms in the organisation, for the statement. */
    Map<MentorshipId, List<PaymentCalculator.Term>> recorded(OrganisationId organisation, List<PaymentRule> known) {
        Map<UUID, PaymentRule> byId = byId(known);
        return terms.inOrganisation(organisation.value()).stream()
                .collect(Collectors.groupingBy(
                        PairPaymentTerm::mentorship,
                        Collectors.collectingAndThen(Collectors.toList(), list -> asTerms(list, byId))));
    }

    private PairPaymentTermsView view(Mentorship pair) {
        MentorshipView v = pair.view(p -> "");
        List<PaymentRule> known = rules.inOrganisation(pair.organisation().value());
        List<PairPaymentTerm> recorded = terms.ofPair(pair.id());
        List<PaymentTermView> shown = new ArrayList<>();
        Map<UUID, PaymentRule> byId = byId(known);
        for (PairPaymentTerm t : recorded) {
            PaymentRule rule = byId.get(t.rule());
            shown.add(new PaymentTermView(
                    t.validFrom(),
                    rule.view(),
                    PaymentTermWording.describe(rule),
                    false,
                    t.createdBy(),
                    t.createdAt()));
        }
        if (recorded.isEmpty()) {
            PaymentRule byDefault = PaymentCalculator.inForce(known, v.startsOn());
            if (byDefault != null) {
                shown.add(new PaymentTermView(
                        v.startsOn(), byDefault.view(), PaymentTermWording.describe(byDefault), true, null, null));
            }
        }
        return new PairPaymentTermsView(
                v.id(),
                v.form(),
                v.startsOn(),
                v.endsOn(),
                v.status(),
                shown,
                known.stream().map(PaymentRule::view).toList(),
                !v.status().ended());
    }

    private Mentorship managed(NastavnikPrincipal caller, OrganisationId organisation, MentorshipId id) {
        PairManagement.check(caller, organisation);
        Mentorship pair = mentorships.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!pair.organisation().equals(organisation)) {
            throw new NotFoundException();
        }
        return pair;
    }

    private void save(PairPaymentTerm term) {
        try {
            terms.saveAndFlush(term);
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("validFrom", "payments.term.validFrom.taken");
        }
    }

    private static Map<UUID, PaymentRule> byId(List<PaymentRule> known) {
        return known.stream().collect(Collectors.toMap(PaymentRule::id, Function.identity()));
    }

    private static List<PaymentCalculator.Term> asTerms(List<PairPaymentTerm> recorded, Map<UUID, PaymentRule> byId) {
        return recorded.stream()
                .map(t -> new PaymentCalculator.Term(t.validFrom(), byId.get(t.rule())))
                .toList();
    }

    /** The organisation's own date (its time zone's), for a page's default dates. */
    public LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
