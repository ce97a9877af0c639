package ru.nastavnik.monitoring.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.campaign.CampaignBoard;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CampaignReports;
import ru.nastavnik.monitoring.campaign.CampaignStatus;
import ru.nastavnik.monitoring.campaign.CampaignView;
import ru.nastavnik.monitoring.campaign.Campaigns;
import ru.nastavnik.monitoring.campaign.ManualFigure;
import ru.nastavnik.monitoring.campaign.OwnFigure;
import ru.nastavnik.monitoring.campaign.SchoolCampaign;
import ru.nastavnik.monitoring.campaign.SchoolReport;
import ru.nastavnik.monitoring.campaign.SubmissionStatus;
import ru.nastavnik.monitoring.campaign.SubmissionView;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Campaigns and submissions for the regional information systems: the same reports as the pages, figures as
 * submitted (a methodologist's own campaign's reports are not masked: they are the schools' official reports).
 */
@RestController
@Tag(name = "Мониторинговые кампании")
class CampaignApiController {

    private final Campaigns campaigns;
    private final CampaignReports reports;
    private final Organisations organisations;
    private final MessageSource messages;

    CampaignApiController(
            Campaigns campaigns, CampaignReports reports, Organisations organisations, MessageSource messages) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.organisations = organisations;
        this.messages = messages;
    }

    record Campaign(
            CampaignId id,
            OrganisationId area,
            String areaName,
            String title,
            LocalDate from,
            LocalDate to,
            LocalDate deadline,
            String orderNumber,
            LocalDate orderDate,
            List<String> indicators,
            List<OwnDefinition> ownFigures,
            CampaignStatus status,
            SubmissionStatus ownStatus) {

        static Campaign of(CampaignView c, SubmissionStatus own) {
            return new Campaign(
                    c.id(),
                    c.area(),
                    c.areaName(),
                    c.title(),
                    c.from(),
                    c.to(),
                    c.deadline(),
                    c.orderNumber(),
                    c.orderDate(),
                    c.indicators().stream().map(Enum::name).toList(),
                    c.own().stream().map(OwnDefinition::of).toList(),
                    c.status(),
                    own);
        }
    }

    /** The campaign's own figure: {@code code} as in its submitted values ({@code OWN_1}); unit COUNT or PERCENT. */
    record OwnDefinition(String code, String title, String unit, String hint) {

        static OwnDefinition of(OwnFigure f) {
            return new OwnDefinition(f.code(), f.title(), f.unit().name(), f.hint());
        }
    }

    record Board(Campaign campaign, long submitted, long outstanding, List<SchoolStatus> schools) {}

    record SchoolStatus(
            OrganisationId organisation,
            String name,
            SubmissionStatus status,
            Instant submittedAt,
            Instant remindedAt) {}

    /** {@code value}: in the indicator's unit; null when its base is zero. {@code manual}: typed by the school. */
    record Value(String code, String name, BigDecimal value, long numerator, long base, boolean manual) {}

    record Submission(
            OrganisationId organisation,
            String name,
            SubmissionStatus status,
            Instant submittedAt,
            String submittedBy,
            String comment,
            String returnComment,
            List<Value> figures) {}

    @GetMapping("/api/v1/organisations/{orgId}/campaigns")
    @Operation(
            summary =
                    "Мониторинговые кампании: для школы — адресованные ей (с состоянием её отчёта), для муниципалитета или региона — его и нижестоящих территорий (методист)")
    List<Campaign> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        OrganisationKind kind = organisations.kindOf(orgId).orElseThrow(NotFoundException::new);
        if (kind == OrganisationKind.ORGANISATION) {
            return reports.forSchool(me, orgId).stream()
                    .map((SchoolCampaign sc) -> Campaign.of(sc.campaign(), sc.status()))
                    .toList();
        }
        return campaigns.listIn(me, orgId).stream()
                .map(c -> Campaign.of(c, null))
                .toList();
    }

    @GetMapping("/api/v1/campaigns/{id}")
    @Operation(summary = "Кампания и состояние отчёта каждой школы (методист территории)")
    Board board(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CampaignId id) {
        CampaignBoard b = campaigns.board(me, id);
        return new Board(
                Campaign.of(b.campaign(), null),
                b.submitted(),
                b.outstanding(),
                b.rows().stream()
                        .map(r -> new SchoolStatus(r.school(), r.name(), r.status(), r.submittedAt(), r.remindedAt()))
                        .toList());
    }

    /** A figure as she wants it: {@code number} of an existing one (as in its code OWN_n), none for a new one. */
    record OwnInput(Integer number, String title, String unit, String hint) {

        OwnFigure figure() {
            Indicator.Unit u = java.util.Arrays.stream(Indicator.Unit.values())
                    .filter(x -> x.name().equalsIgnoreCase(unit == null ? "" : unit.strip()))
                    .findFirst()
                    .orElse(null);
            return new OwnFigure(number == null ? 0 : number, title, u, hint);
        }
    }

    @PutMapping("/api/v1/campaigns/{id}/own-figures")
    @Operation(
            summary =
                    "Свои показатели кампании целиком (методист территории): название и подсказка — всегда; единица и удаление (показатель, не указанный в списке) — пока ни одна школа его не заполнила; новый (без number) — пока ни одна школа не сдала отчёт; отказ — 422, ничего не изменено")
    Campaign reviseOwn(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @RequestBody List<OwnInput> figures) {
        campaigns.reviseOwn(me, id, figures.stream().map(OwnInput::figure).toList());
        return Campaign.of(campaigns.campaign(me, id), null);
    }

    @GetMapping("/api/v1/campaigns/{id}/submissions")
    @Operation(summary = "Отчёты всех школ кампании с показателями, как они сданы (методист территории)")
    List<Submission> submissions(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CampaignId id) {
        CampaignView c = campaigns.campaign(me, id);
        return campaigns.reports(me, id).stream().map(s -> submission(c, s)).toList();
    }

    @GetMapping("/api/v1/campaigns/{id}/submissions/{orgId}")
    @Operation(summary = "Отчёт одной школы в кампании (школа — свой, методист — школ своей территории)")
    Submission submission(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @PathVariable OrganisationId orgId) {
        SchoolReport report = reports.report(me, id, orgId);
        return submission(report.campaign(), report.submission());
    }

    /** The catalogue's figures as submitted, then the campaign's own (always typed), in the campaign's order. */
    private Submission submission(CampaignView c, SubmissionView s) {
        List<Value> figures = new java.util.ArrayList<>(s.figures().stream()
                .map(f -> new Value(
                        f.indicator().name(),
                        messages.getMessage(f.indicator().nameKey(), null, java.util.Locale.forLanguageTag("ru")),
                        f.value(),
                        f.numerator(),
                        f.base(),
                        f.manual()))
                .toList());
        for (OwnFigure own : c.own()) {
            ManualFigure f = s.own().get(own.number());
            if (f != null) {
                figures.add(new Value(own.code(), own.title(), own.value(f), f.numerator(), f.base(), true));
            }
        }
        return new Submission(
                s.school(),
                s.schoolName(),
                s.status(),
                s.submittedAt(),
                s.submittedBy(),
                s.comment(),
                s.returnComment(),
                figures);
    }
}
