package ru.nastavnik.monitoring.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * A monitoring campaign of a municipality or a region: opened by an order (its number and date) over a period, with
 * a fixed set of indicators and a deadline. Schools submit while it is open; once closed it takes nothing more.
 */
@Entity
@Table(name = "monitoring_campaign")
class Campaign extends OrganisationOwned {

    @Id
    private UUID id;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_campaign_own_figure", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("number")
    private List<OwnRow> own = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {}

    private Campaign(OrganisationId area) {
        super(area);
    }

    /**
     * The order is signed by the day it opens (a day's leeway for time zones: «2126» is a typo), and the schools report
     * neither before the order that asks them nor before the period they report on has begun.
     */
    private static void dates(CampaignDetails d, Instant now, List<InvalidInputException.Problem> problems) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        if (d.orderDate() != null && d.orderDate().isAfter(today.plusDays(1))) {
            problems.add(InvalidInputException.Problem.field("orderDate", "campaigns.order.dateFuture"));
        }
        if (d.deadline() != null && d.orderDate() != null && d.deadline().isBefore(d.orderDate())) {
            problems.add(InvalidInputException.Problem.field("deadline", "campaigns.deadline.beforeOrder"));
        } else if (d.deadline() != null
                && d.from() != null
                && d.to() != null
                && !d.to().isBefore(d.from())
                && d.deadline().isBefore(d.from())) {
            problems.add(InvalidInputException.Problem.field("deadline", "campaigns.deadline.beforePeriod"));
        }
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
            problems.add(
                    InvalidInputException.Problem.field(d.from() == null ? "from" : "to", "campaigns.period.required"));
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
        dates(d, now, problems);
        List<OwnFigure> own = OwnFigure.numbered(d.own(), problems);
        if (d.indicators().isEmpty() && own.isEmpty()) {
            problems.add(InvalidInputException.Problem.field("indicators", "campaigns.indicators.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Campaign c = new Campaign(area);
        c.id = UUID.randomUUID();
        c.title = d.title().strip();
        c.periodFrom = d.from();
        c.periodTo = d.to();
        c.deadline = d.deadline();
        c.orderNumber = d.orderNumber().strip();
        c.orderDate = d.orderDate();
        c.indicators = String.join(
                ",", d.indicators().stream().distinct().map(Indicator::name).toList());
        own.forEach(f -> c.own.add(new OwnRow(f)));
        c.status = CampaignStatus.OPEN;
        c.openedBy = by;
        c.openedAt = now;
        return c;
    }

    /**
     * Her own figures revised under {@link OwnRevision}'s rules (wording any time; kind, removal and additions only
     * while no school's answer stands in the way); what changed, for the audit, empty when nothing did.
     */
    List<String> revise(List<OwnFigure> written, Map<Integer, Long> answered, boolean anySubmitted) {
        OwnRevision revision = OwnRevision.of(
                own(),
                written,
                answered,
                status == CampaignStatus.OPEN,
                anySubmitted,
                !indicators().isEmpty());
        if (!revision.changes().isEmpty()) {
            own.clear();
            revision.figures().forEach(f -> own.add(new OwnRow(f)));
        }
        return revision.changes();
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

    /** The municipality or region that opened it: the campaign's owner. */
    OrganisationId area() {
        return organisation();
    }

    List<Indicator> indicators() {
        return Arrays.stream(indicators.split(","))
                .filter(code -> !code.isBlank())
                .map(SubmittedFigures::indicator)
                .filter(Objects::nonNull)
                .toList();
    }

    List<OwnFigure> own() {
        return own.stream().map(OwnRow::figure).toList();
    }

    CampaignStatus status() {
        return status;
    }

    CampaignView view(String areaName) {
        return new CampaignView(
                id(),
                area(),
                areaName,
                title,
                periodFrom,
                periodTo,
                deadline,
                orderNumber,
                orderDate,
                indicators(),
                own(),
                status,
                openedBy,
                openedAt,
                closedAt);
    }

    @Embeddable
    static class OwnRow {

        private int number;
        private String title;

        @Enumerated(EnumType.STRING)
        private Indicator.Unit unit;

        private String hint;

        protected OwnRow() {}

        OwnRow(OwnFigure f) {
            number = f.number();
            title = f.title();
            unit = f.unit();
            hint = f.hint();
        }

        OwnFigure figure() {
            return new OwnFigure(number, title, unit, hint);
        }
    }
}
