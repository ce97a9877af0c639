package ru.nastavnik.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** The curator's text of a school's yearly system-level review, one field per component; saved again as she edits. */
@Entity
@Table(name = "monitoring_system_review")
class SystemReview extends OrganisationOwned {

    static final int MAX_TEXT = 4000;

    @Id
    private UUID id;

    @Column(name = "year_from")
    private LocalDate yearFrom;

    @Column(name = "organisation_management")
    private String organisationManagement;

    @Column(name = "normative_base")
    private String normativeBase;

    @Column(name = "methodical_support")
    private String methodicalSupport;

    private String staff;
    private String contour;
    private String satisfaction;

    @Column(name = "updated_on")
    private LocalDate updatedOn;

    @Version
    private Long version;

    protected SystemReview() {}

    SystemReview(OrganisationId organisation, LocalDate yearFrom) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.yearFrom = yearFrom;
    }

    /** All the texts at once: any too long refuses the whole save, naming its component. */
    void write(Map<ReviewComponent, String> texts, LocalDate today) {
        Map<ReviewComponent, String> clean = new EnumMap<>(ReviewComponent.class);
        for (ReviewComponent c : ReviewComponent.values()) {
            String text = texts.get(c);
            text = text == null || text.isBlank() ? null : text.strip();
            if (text != null && text.length() > MAX_TEXT) {
                throw InvalidInputException.of(c.field(), "review.system.tooLong", MAX_TEXT);
            }
            clean.put(c, text);
        }
        organisationManagement = clean.get(ReviewComponent.ORGANISATION_MANAGEMENT);
        normativeBase = clean.get(ReviewComponent.NORMATIVE_BASE);
        methodicalSupport = clean.get(ReviewComponent.METHODICAL_SUPPORT);
        staff = clean.get(ReviewComponent.STAFF);
        contour = clean.get(ReviewComponent.CONTOUR);
        satisfaction = clean.get(ReviewComponent.SATISFACTION);
        updatedOn = today;
    }

    Map<ReviewComponent, String> texts() {
        Map<ReviewComponent, String> texts = new EnumMap<>(ReviewComponent.class);
        texts.put(ReviewComponent.ORGANISATION_MANAGEMENT, organisationManagement);
        texts.put(ReviewComponent.NORMATIVE_BASE, normativeBase);
        texts.put(ReviewComponent.METHODICAL_SUPPORT, methodicalSupport);
        texts.put(ReviewComponent.STAFF, staff);
        texts.put(ReviewComponent.CONTOUR, contour);
        texts.put(ReviewComponent.SATISFACTION, satisfaction);
        return texts;
    }

    LocalDate updatedOn() {
        return updatedOn;
    }
}
