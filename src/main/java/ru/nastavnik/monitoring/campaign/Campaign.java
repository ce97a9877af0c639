package ru.nastavnik.monitoring.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.nastavnik.monitoring.Indicator;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * A monitoring campaign of a municipality or a region: opened by an order (its number and date) over a period, with
 * a fixed set of indicators and a deadline. Schools submit while it is open; once closed it takes nothing more.
 */
@Entity
@Table(name = "monitoring_campaign")
class Campaign {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String title;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    private LocalDate deadline;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "order_date")
    private LocalDate orderDate;
    private String indicators;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected Campaign() {
    }

    /** Every problem of the details at once, each naming its field; nothing is opened while any stands. */
    static Campaign open(OrganisationId area, CampaignDetails d, String by, Instant now) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            problems.add(InvalidInputException.Problem.field("title", "campaigns.title.required"));
        } else if (d.title().strip().length() > 500) {
            problems.add(InvalidInputException.Problem.field("title", "campaigns.title.tooLong", 500));
        }
        if (d.from() == null || d.to() == null) {
            problems.add(InvalidInputException.Problem.field(d.from() == null ? "from" : "to", "campaigns.period.required"));
        } else if (d.to().isBefore(d.from())) {
            problems.add(InvalidInputException.Problem.field("to", "campaigns.period.reversed"));
        }
        if (d.deadline() == null) {
            problems.add(InvalidInputException.Problem.field("deadline", "campaigns.deadline.required"));
        }
        if (d.orderNumber() == null || d.orderNumber().isBlank()) {
            problems.add(InvalidInputException.Problem.field("orderNumber", "campaigns.order.numberRequired"));
        } else if (d.orderNumber().strip().length() > 100) {
            problems.add(InvalidInputException.Problem.field("orderNumber", "campaigns.order.numberTooLong", 100));
        }
        if (d.orderDate() == null) {
            problems.add(InvalidInputException.Problem.field("orderDate", "campaigns.order.dateRequired"));
        }
        if (d.indicators().isEmpty()) {
            problems.add(InvalidInputException.Problem.field("indicators", "campaigns.indicators.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        c.organisationId = area.value();
        c.title = d.title().strip();
        c.periodFrom = d.from();
        c.periodTo = d.to();
        c.deadline = d.deadline();
        c.orderNumber = d.orderNumber().strip();
        c.orderDate = d.orderDate();
        c.indicators = String.join(",", d.indicators().stream().distinct().map(Indicator::name).toList());
        c.status = CampaignStatus.OPEN;
        c.openedBy = by;
        c.openedAt = now;
        return c;
    }

    void close(Instant now) {
        requireOpen();
        status = CampaignStatus.CLOSED;
        closedAt = now;
    }

    /** A closed campaign takes no report, no change and no reminder. */
    void requireOpen() {
        if (status != CampaignStatus.OPEN) {
            throw InvalidInputException.of("campaign", "campaigns.closed", title);
        }
    }

    CampaignId id() {
        return new CampaignId(id);
    }

    OrganisationId area() {
        return new OrganisationId(organisationId);
    }

    List<Indicator> indicators() {
        return Arrays.stream(indicators.split(",")).map(SubmittedFigures::indicator).filter(Objects::nonNull).toList();
    }

    CampaignStatus status() {
        return status;
    }

    CampaignView view(String areaName) {
        return new CampaignView(id(), area(), areaName, title, periodFrom, periodTo, deadline, orderNumber, orderDate,
                indicators(), status, openedBy, openedAt, closedAt);
    }
}
