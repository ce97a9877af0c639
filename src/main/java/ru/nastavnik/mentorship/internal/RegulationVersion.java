package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.web.Dates;

/**
 * One version (редакция) of the organisation's Regulation on the mentorship system. A version is approved by one
 * registered order and never again: a change of the Regulation is a new version with an approval order of its own.
 */
@Entity
@Table(name = "mentorship_regulation_version")
class RegulationVersion extends OrganisationOwned {

    @Id
    private UUID id;

    private int number;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "approval_order_id")
    private UUID approvalOrder;

    @Column(name = "approved_number")
    private String approvedNumber;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "regulation_file_id")
    private UUID regulationFile;

    @Column(name = "roadmap_file_id")
    private UUID roadmapFile;

    @Version
    private Long version;

    protected RegulationVersion() {}

    RegulationVersion(OrganisationId organisation, int number, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.number = number;
        this.createdAt = now;
    }

    /** The texts of the two appendices as approved, kept as generated on the day the order was registered. */
    record ApprovedTexts(UUID regulation, UUID roadmap) {}

    /** The order approving this version was registered with its number and date; the approved texts are kept. */
    void approve(UUID order, String orderNumber, LocalDate date, ApprovedTexts texts) {
        refuseIfApproved();
        this.approvalOrder = order;
        this.approvedNumber = orderNumber;
        this.approvedOn = date;
        this.regulationFile = texts.regulation();
        this.roadmapFile = texts.roadmap();
    }

    /** The approved texts of the order that approved this version; none while it is not approved (or approved before they were kept). */
    java.util.Optional<ApprovedTexts> approvedTexts(UUID order) {
        return order.equals(approvalOrder) && regulationFile != null && roadmapFile != null
                ? java.util.Optional.of(new ApprovedTexts(regulationFile, roadmapFile))
                : java.util.Optional.empty();
    }

    /** A new approval order for this version, or registering one, is refused once the version is approved. */
    void refuseIfApproved() {
        if (approvalOrder != null) {
            throw InvalidInputException.of(
                    "regulationVersion",
                    "mentorship.regulation.alreadyApproved",
                    String.valueOf(number),
                    approvedNumber,
                    Dates.DATE.format(approvedOn));
        }
    }

    UUID id() {
        return id;
    }

    RegulationVersionView view() {
        return new RegulationVersionView(id, number, approvalOrder, approvedNumber, approvedOn, createdAt);
    }
}
