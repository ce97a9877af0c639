package ru.nastavnik.mentorship.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegistered;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.PairProgrammes;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Registering a signed order in the register ({@link OrderManagement}): its number unique in the organisation within
 * the year, its date and its scan, refused if a pair or programme changed since the draft was printed; then what the
 * order orders — its pairs start, its programmes or its version of the Regulation are approved.
 */
@Service
@Transactional
class OrderRegistration {

    private static final Set<FileType> SCAN_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    private final OrderRepository orders;
    private final MentorshipRepository mentorships;
    private final ObjectProvider<PairProgrammes> programmes;
    private final PairLifecycle lifecycle;
    private final StoredFiles files;
    private final RegulationVersionManagement regulations;
    private final RegulationAppendices regulationDocuments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderRegistration(
            OrderRepository orders,
            MentorshipRepository mentorships,
            ObjectProvider<PairProgrammes> programmes,
            PairLifecycle lifecycle,
            StoredFiles files,
            RegulationVersionManagement regulations,
            RegulationAppendices regulationDocuments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.mentorships = mentorships;
        this.programmes = programmes;
        this.lifecycle = lifecycle;
        this.files = files;
        this.regulations = regulations;
        this.regulationDocuments = regulationDocuments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the signed order: its number (unique in the organisation within the year), date and scan. The
     * pairs it assigns become active where the consents are on file.
     */
    OrderView register(
            NastavnikPrincipal caller,
            MentorshipOrder order,
            String number,
            LocalDate date,
            InputStream scan,
            String scanName) {
        if (order.registered()) {
            throw InvalidInputException.of("status", "mentorship.order.alreadyRegistered");
        }
        if (scan == null) {
            throw InvalidInputException.of("scan", "mentorship.order.scan.required");
        }
        // a registered order is a signed one: it cannot be dated after today anywhere in Russia (UTC+12 at the
        // farthest), and a date in the future was taken without a word (a new school's review, session 33)
        if (date != null && date.isAfter(LocalDate.now(clock.withZone(java.time.ZoneOffset.ofHours(12))))) {
            throw InvalidInputException.of("orderDate", "mentorship.order.date.future");
        }
        for (Mentorship pair : mentorships.findAllIn(order.mentorships())) {
            boolean unchanged = switch (order.kind()) {
                case PROGRAMME_APPROVAL -> programmes.getObject().orderable(new MentorshipId(pair.id()));
                case TERMINATION -> pair.endingEarly();
                case COMPLETION -> pair.status() == MentorshipStatus.COMPLETED;
                default ->
                    pair.status() == MentorshipStatus.PLANNED && order.id().equals(pair.assignmentOrder());
            };
            if (!unchanged) {
                // a pair or programme changed since the draft was printed: the signed paper no longer tells the truth
                throw InvalidInputException.of("status", "mentorship.order.pairChanged");
            }
        }
        // a version of the Regulation is approved once: checked before the scan is stored, so a refusal keeps nothing
        java.util.Optional<RegulationVersion> regulation = regulations.approvedBy(order);
        regulation.ifPresent(RegulationVersion::refuseIfApproved);
        String clean = number == null ? null : number.strip();
        if (clean != null
                && date != null
                && orders.inOrganisation(order.organisation().value()).stream()
                        .map(MentorshipOrder::view)
                        .anyMatch(o -> clean.equals(o.number())
                                && o.orderDate() != null
                                && o.orderDate().getYear() == date.getYear())) {
            // the year as written, not as a grouped number («2 026»)
            throw InvalidInputException.of(
                    "number", "mentorship.order.number.taken", clean, String.valueOf(date.getYear()));
        }
        StoredFileId stored = files.store(
                        order.organisation(), "order-scan", scan, scanName, SCAN_TYPES, files.maxScanBytes())
                .id();
        order.register(number, date, stored.value(), clock.instant());
        try {
            orders.flush();
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of(
                    "number", "mentorship.order.number.taken", clean, String.valueOf(date.getYear()));
        }
        regulation.ifPresent(v -> v.approve(order.id(), clean, date, regulationDocuments.keepApproved(caller, order)));
        events.publishEvent(new AuditEvent(
                order.organisation(),
                AuditAction.UPDATE,
                "MentorshipOrder",
                order.id(),
                "приказ зарегистрирован: № " + clean + " от " + date));
        events.publishEvent(new OrderRegistered(order.organisation(), order.id(), order.kind(), clean, date));
        if (order.kind() == OrderKind.PROGRAMME_APPROVAL) {
            for (Mentorship pair : mentorships.findAllIn(order.mentorships())) {
                programmes
                        .getObject()
                        .approveByOrder(new MentorshipId(pair.id()), date, pair.status() == MentorshipStatus.ACTIVE);
            }
        } else if (order.kind() == OrderKind.ASSIGNMENT) {
            lifecycle.activate(mentorships.findAllIn(order.mentorships()));
        }
        return order.view();
    }

    /** A mentor's consent to the duties arrived: their planned pairs with a registered order start now. */
    // Synchronous, in the consent's transaction: the consent is what lets the pair start (art. 351.8), and the
    // curator who records it sees the pair started in the same answer.
    @EventListener
    void on(ConsentGiven event) {
        if (event.purpose() == ConsentPurpose.MENTORING_DUTIES || event.purpose() == ConsentPurpose.PERSONAL_DATA) {
            lifecycle.activate(mentorships.runningWith(event.person().value()).stream()
                    .filter(m -> m.status() == MentorshipStatus.PLANNED)
                    .toList());
        }
    }
}
