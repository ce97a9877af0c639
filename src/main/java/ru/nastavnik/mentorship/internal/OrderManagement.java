package ru.nastavnik.mentorship.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.PairProgrammes;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organisation's register of mentorship orders: an order is drafted for planned pairs, printed, signed and
 * registered with its number, date and the signed scan; registering it starts the pairs whose mentors'
 * consents are on file ({@link OrderRegistration}). The stage-1 order is drafted by {@link RegulationOrders}, a
 * signed scan read back by {@link OrderScanFiles}.
 */
@Service
@Transactional
public class OrderManagement implements OrderRegister {

    static final String ASSIGNMENT_TITLE = "О закреплении наставнических пар (групп)";

    private final OrderRepository orders;
    private final MentorshipRepository mentorships;
    private final ObjectProvider<PairProgrammes> programmes;
    private final OrderRegistration registration;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderManagement(
            OrderRepository orders,
            MentorshipRepository mentorships,
            ObjectProvider<PairProgrammes> programmes,
            OrderRegistration registration,
            ApplicationEventPublisher events,
            Clock clock) {
        this.programmes = programmes;
        this.orders = orders;
        this.mentorships = mentorships;
        this.registration = registration;
        this.events = events;
        this.clock = clock;
    }

    /** A draft order assigning these planned pairs; all of them or none (a pair already in an order is refused). */
    public OrderView draftAssignment(NastavnikPrincipal caller, OrganisationId organisation, List<MentorshipId> ids) {
        PairManagement.check(caller, organisation);
        List<UUID> uuids = ids == null
                ? List.of()
                : ids.stream().map(MentorshipId::value).distinct().toList();
        List<Mentorship> pairs = mentorships.findAllIn(uuids);
        if (pairs.size() != uuids.size()
                || pairs.stream().anyMatch(p -> !p.organisation().equals(organisation))) {
            throw new NotFoundException();
        }
        for (Mentorship pair : pairs) {
            if (pair.status() != MentorshipStatus.PLANNED || pair.assignmentOrder() != null) {
                throw InvalidInputException.of("mentorshipIds", "mentorship.order.notPlanned");
            }
        }
        MentorshipOrder order = orders.save(
                new MentorshipOrder(organisation, OrderKind.ASSIGNMENT, ASSIGNMENT_TITLE, uuids, clock.instant()));
        pairs.forEach(p -> p.assignedBy(order.id()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "MentorshipOrder",
                order.id(),
                "проект приказа о закреплении пар: " + pairs.size()));
        return order.view();
    }

    /**
     * A draft order approving these draft programmes (their pairs are the order's items); registering it approves
     * them. All or none: a programme already approved or ended is refused.
     */
    public OrderView draftProgrammeApproval(
            NastavnikPrincipal caller, OrganisationId organisation, List<UUID> programmeIds) {
        PairManagement.check(caller, organisation);
        List<UUID> ids = programmeIds == null
                ? List.of()
                : programmeIds.stream().distinct().toList();
        List<PairProgrammes.Approvable> chosen = programmes.getObject().programmes(ids);
        if (chosen.size() != ids.size()
                || chosen.stream().anyMatch(p -> !p.organisation().equals(organisation))) {
            throw new NotFoundException();
        }
        Set<UUID> ordered = approvedByOrder(organisation);
        // one flow: a programme approved on its page without an order still goes into the approval order
        if (chosen.stream()
                .anyMatch(p -> !p.orderable() || ordered.contains(p.pair().value()))) {
            throw InvalidInputException.of("programmeIds", "programme.order.notDraft");
        }
        MentorshipOrder order = orders.save(new MentorshipOrder(
                organisation,
                OrderKind.PROGRAMME_APPROVAL,
                "Об утверждении персонализированных программ наставничества",
                chosen.stream().map(p -> p.pair().value()).toList(),
                clock.instant()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "MentorshipOrder",
                order.id(),
                "проект приказа об утверждении программ: " + chosen.size()));
        return order.view();
    }

    /** The order on the early end of these pairs, ended or announced (Labour Code art. 351.8: "with its order"). */
    public OrderView draftTermination(NastavnikPrincipal caller, OrganisationId organisation, List<MentorshipId> ids) {
        PairManagement.check(caller, organisation);
        List<UUID> uuids = ids == null
                ? List.of()
                : ids.stream().map(MentorshipId::value).distinct().toList();
        List<Mentorship> pairs = mentorships.findAllIn(uuids);
        if (pairs.size() != uuids.size()
                || pairs.stream().anyMatch(p -> !p.organisation().equals(organisation))) {
            throw new NotFoundException();
        }
        if (pairs.stream().anyMatch(p -> !p.endingEarly())) {
            throw InvalidInputException.of("mentorshipIds", "mentorship.order.notTerminated");
        }
        MentorshipOrder order = orders.save(new MentorshipOrder(
                organisation, OrderKind.TERMINATION, "О досрочном прекращении наставничества", uuids, clock.instant()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "MentorshipOrder",
                order.id(),
                "проект приказа о досрочном прекращении наставничества: " + pairs.size()));
        return order.view();
    }

    /**
     * The order on the completion of these pairs' programmes and on rewarding their mentors: all of them completed,
     * and none already in another completion order.
     */
    public OrderView draftCompletion(NastavnikPrincipal caller, OrganisationId organisation, List<MentorshipId> ids) {
        PairManagement.check(caller, organisation);
        List<UUID> uuids = ids == null
                ? List.of()
                : ids.stream().map(MentorshipId::value).distinct().toList();
        List<Mentorship> pairs = mentorships.findAllIn(uuids);
        if (pairs.size() != uuids.size()
                || pairs.stream().anyMatch(p -> !p.organisation().equals(organisation))) {
            throw new NotFoundException();
        }
        if (pairs.isEmpty() || pairs.stream().anyMatch(p -> p.status() != MentorshipStatus.COMPLETED)) {
            throw InvalidInputException.of("mentorshipIds", "mentorship.order.notCompleted");
        }
        Set<UUID> ordered = orders.inOrganisation(organisation.value()).stream()
                .filter(o -> o.kind() == OrderKind.COMPLETION)
                .flatMap(o -> o.mentorships().stream())
                .collect(java.util.stream.Collectors.toSet());
        if (uuids.stream().anyMatch(ordered::contains)) {
            throw InvalidInputException.of("mentorshipIds", "mentorship.order.completion.twice");
        }
        MentorshipOrder order = orders.save(new MentorshipOrder(
                organisation,
                OrderKind.COMPLETION,
                "О завершении реализации персонализированных программ наставничества и поощрении наставников",
                uuids,
                clock.instant()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "MentorshipOrder",
                order.id(),
                "проект приказа о завершении программ и поощрении наставников: " + pairs.size()));
        return order.view();
    }

    /** The pairs whose programme a registered approval order names: their programmes go into no further order. */
    @Transactional(readOnly = true)
    public Set<UUID> approvedByOrder(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
        return approvedByOrder(organisation);
    }

    private Set<UUID> approvedByOrder(OrganisationId organisation) {
        return orders.inOrganisation(organisation.value()).stream()
                .filter(o -> o.registered() && o.kind() == OrderKind.PROGRAMME_APPROVAL)
                .flatMap(o -> o.mentorships().stream())
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public List<OrderView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        return list(caller, organisation, Pageable.unpaged()).getContent();
    }

    @Transactional(readOnly = true)
    public Page<OrderView> list(NastavnikPrincipal caller, OrganisationId organisation, Pageable asked) {
        PairManagement.check(caller, organisation);
        return Pages.cut(
                orders.inOrganisation(organisation.value()).stream()
                        .map(MentorshipOrder::view)
                        .toList(),
                asked);
    }

    @Transactional(readOnly = true)
    public OrderView get(NastavnikPrincipal caller, UUID id) {
        return managed(caller, id).view();
    }

    /**
     * Registers the signed order: its number (unique in the organisation within the year), date and scan. The
     * pairs it assigns become active where the consents are on file ({@link OrderRegistration}).
     */
    public OrderView register(
            NastavnikPrincipal caller, UUID id, String number, LocalDate date, InputStream scan, String scanName) {
        return registration.register(caller, managed(caller, id), number, date, scan, scanName);
    }

    private MentorshipOrder managed(NastavnikPrincipal caller, UUID id) {
        MentorshipOrder order = orders.findById(id).orElseThrow(NotFoundException::new);
        PairManagement.check(caller, order.organisation());
        return order;
    }
}
