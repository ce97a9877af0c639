package ru.nastavnik.mentorship.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * An order about mentorship. It is drafted and printed by the system, signed on paper, then registered with its
 * number, date and signed scan (ГОСТ Р 7.0.97: the number is given after signing). A registered order is not
 * changed again.
 */
@Entity
@Table(name = "mentorship_order")
class MentorshipOrder extends OrganisationOwned {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private OrderKind kind;

    private String title;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    private String number;

    @Column(name = "order_date")
    private LocalDate orderDate;

    @Column(name = "order_year")
    private Integer orderYear;

    @Column(name = "scan_file_id")
    private UUID scanFileId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "registered_at")
    private Instant registeredAt;

    private String details;

    @Column(name = "regulation_version_id")
    private UUID regulationVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentorship_order_item", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "mentorship_id")
    private List<UUID> mentorships = new ArrayList<>();

    @Version
    private Long version;

    protected MentorshipOrder() {}

    MentorshipOrder(OrganisationId organisation, OrderKind kind, String title, List<UUID> mentorships, Instant now) {
        this(organisation, kind, title, mentorships, null, now);
    }

    MentorshipOrder(
            OrganisationId organisation,
            OrderKind kind,
            String title,
            List<UUID> mentorships,
            String details,
            Instant now) {
        super(organisation);
        if (mentorships.isEmpty() && kind != OrderKind.REGULATION) {
            throw InvalidInputException.of("mentorshipIds", "mentorship.order.empty");
        }
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.title = title;
        this.status = OrderStatus.DRAFT;
        this.createdAt = now;
        this.mentorships = new ArrayList<>(mentorships);
        this.details = details;
    }

    void register(String number, LocalDate date, UUID scan, Instant now) {
        if (status == OrderStatus.REGISTERED) {
            throw InvalidInputException.of("status", "mentorship.order.alreadyRegistered");
        }
        String clean = number == null ? "" : number.strip();
        if (clean.isEmpty() || clean.length() > 40) {
            throw InvalidInputException.of("number", "mentorship.order.number.required");
        }
        if (date == null) {
            throw InvalidInputException.of("orderDate", "mentorship.order.date.required");
        }
        if (scan == null) {
            throw InvalidInputException.of("scan", "mentorship.order.scan.required");
        }
        this.number = clean;
        this.orderDate = date;
        this.orderYear = date.getYear();
        this.scanFileId = scan;
        this.status = OrderStatus.REGISTERED;
        this.registeredAt = now;
    }

    boolean registered() {
        return status == OrderStatus.REGISTERED;
    }

    UUID id() {
        return id;
    }

    List<UUID> mentorships() {
        return List.copyOf(mentorships);
    }

    OrderKind kind() {
        return kind;
    }

    String details() {
        return details;
    }

    /** The order approving the Regulation approves this version of it. */
    void approves(RegulationVersion version) {
        if (kind != OrderKind.REGULATION || registered()) {
            throw new IllegalStateException("Only a draft order approving the Regulation approves a version of it");
        }
        this.regulationVersion = version.id();
    }

    UUID regulationVersion() {
        return regulationVersion;
    }

    UUID scan() {
        return scanFileId;
    }

    OrderView view() {
        return new OrderView(
                id,
                organisation(),
                kind,
                title,
                status,
                number,
                orderDate,
                scanFileId != null,
                List.copyOf(mentorships),
                createdAt,
                registeredAt);
    }
}
