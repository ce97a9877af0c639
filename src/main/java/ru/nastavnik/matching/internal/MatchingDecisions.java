package ru.nastavnik.matching.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The curator's standing pins and exclusions, which every later run of the organisation honours. */
@Service
@Transactional
public class MatchingDecisions {

    private final DecisionRepository decisions;
    private final BankEntries banks;
    private final StaffManagement staff;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MatchingDecisions(
            DecisionRepository decisions,
            BankEntries banks,
            StaffManagement staff,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.decisions = decisions;
        this.banks = banks;
        this.staff = staff;
        this.clock = clock;
    }

    /** Always propose this pair (pin) or never (exclude) in the organisation's next runs; the decision's id. */
    public UUID decide(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId mentee, PersonId mentor, boolean pin) {
        SchoolMatching.check(caller, organisation);
        if (banks.currentMentee(mentee)
                        .filter(m -> m.organisationId().equals(organisation))
                        .isEmpty()
                || banks.currentMentor(mentor)
                        .filter(m -> m.organisationId().equals(organisation)
                                // a mentor of another school met in the area's offers may be excluded, not pinned
                                || !pin && m.sharedBank())
                        .isEmpty()) {
            throw InvalidInputException.of("mentee", "matching.decision.notInBanks");
        }
        decisions.inOrganisation(organisation.value()).stream()
                .filter(d -> d.mentee().equals(mentee)
                        && (d.mentor().equals(mentor) || pin && d.kind() == Decision.Kind.PIN))
                .forEach(decisions::delete);
        decisions.flush();
        Decision saved = decisions.save(new Decision(
                organisation, mentee, mentor, pin ? Decision.Kind.PIN : Decision.Kind.EXCLUDE, clock.instant()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "Person",
                mentee.value(),
                pin ? "пара закреплена для подбора" : "пара исключена из подбора"));
        return saved.id();
    }

    public void forget(NastavnikPrincipal caller, OrganisationId organisation, UUID decision) {
        SchoolMatching.check(caller, organisation);
        Decision d = decisions
                .findById(decision)
                .filter(x -> x.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new);
        decisions.delete(d);
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "Person",
                d.mentee().value(),
                "снято закрепление или исключение пары"));
    }

    @Transactional(readOnly = true)
    public List<DecisionView> decisions(NastavnikPrincipal caller, OrganisationId organisation) {
        SchoolMatching.check(caller, organisation);
        List<Decision> all = decisions.inOrganisation(organisation.value());
        Map<PersonId, String> people = names(
                caller,
                organisation,
                all.stream()
                        .flatMap(d -> java.util.stream.Stream.of(d.mentee(), d.mentor()))
                        .toList());
        Function<PersonId, String> names = p -> people.getOrDefault(p, "—");
        // only those named are recorded as read: one who left is shown as «—»
        events.publishEvent(ru.nastavnik.shared.audit.AuditBatch.reads(
                organisation,
                "Person",
                all.stream()
                        .flatMap(d -> java.util.stream.Stream.of(d.mentee(), d.mentor()))
                        .filter(people::containsKey)
                        .map(PersonId::value)
                        .distinct()
                        .toList(),
                "просмотр решений для подбора"));
        return all.stream()
                .map(d -> new DecisionView(
                        d.id(),
                        d.mentee(),
                        names.apply(d.mentee()),
                        d.mentor(),
                        names.apply(d.mentor()),
                        d.kind() == Decision.Kind.PIN))
                .toList();
    }

    /** The names of these people, read for them alone (not the whole staff of a school that may have a thousand). */
    private Map<PersonId, String> names(
            NastavnikPrincipal caller, OrganisationId organisation, java.util.Collection<PersonId> shown) {
        return staff.currentAmong(caller, organisation, shown).values().stream()
                .collect(Collectors.toMap(StaffView::id, s -> s.data().fullName()));
    }
}
