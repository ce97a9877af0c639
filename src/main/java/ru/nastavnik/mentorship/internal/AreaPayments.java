package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The payment statement of a municipality or a region (issue 17): one row per school of the territory, for the
 * methodologist who plans and reports the money, not for paying anyone — figures only (see
 * {@link AreaPaymentStatement}). Only a methodologist of the area or of the region above it reads it; a school, a
 * school's id given as an area, and another territory do not exist (404).
 */
@Service
@Transactional(readOnly = true)
public class AreaPayments {

    private final Organisations organisations;
    private final AreaPaymentRows rows;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    AreaPayments(
            Organisations organisations, AreaPaymentRows rows, ApplicationEventPublisher events, SchoolDates dates) {
        this.dates = dates;
        this.organisations = organisations;
        this.rows = rows;
        this.events = events;
    }

    /** True for a municipality or a region (the API answers the area's statement at the school's address). */
    public boolean isArea(OrganisationId organisation) {
        return organisations
                .kindOf(organisation)
                .filter(k -> k != OrganisationKind.ORGANISATION)
                .isPresent();
    }

    /** The area as the caller may open it; anyone but its methodologists (or the region's) gets 404. */
    public OrganisationSummary area(NastavnikPrincipal caller, OrganisationId area) {
        OrganisationSummary found = organisations
                .find(area)
                .filter(o -> o.kind() != OrganisationKind.ORGANISATION)
                .orElseThrow(NotFoundException::new);
        boolean methodologist = organisations.lineage(area).stream()
                .anyMatch(
                        a -> caller.has(Role.MUNICIPAL_METHODOLOGIST, a) || caller.has(Role.REGIONAL_METHODOLOGIST, a));
        if (!methodologist) {
            throw new NotFoundException();
        }
        return found;
    }

    /** The statement for a period (a month by default at the door); a period that ends before it starts is refused. */
    public AreaPaymentStatement statement(
            NastavnikPrincipal caller, OrganisationId area, LocalDate from, LocalDate to) {
        AreaPaymentStatement statement = compute(caller, area, from, to);
        events.publishEvent(new AuditEvent(
                area,
                AuditAction.READ,
                "AreaPaymentStatement",
                area.value(),
                "ведомость выплат за наставничество по территории с " + from + " по " + to + ": школ "
                        + statement.schools()));
        return statement;
    }

    /** The same statement for its XLSX; the export is audited as one. */
    public AreaPaymentStatement export(NastavnikPrincipal caller, OrganisationId area, LocalDate from, LocalDate to) {
        AreaPaymentStatement statement = compute(caller, area, from, to);
        events.publishEvent(new AuditEvent(
                area,
                AuditAction.EXPORT,
                "AreaPaymentStatement",
                area.value(),
                "выгрузка ведомости выплат за наставничество по территории с " + from + " по " + to + ": школ "
                        + statement.schools()));
        return statement;
    }

    private AreaPaymentStatement compute(NastavnikPrincipal caller, OrganisationId area, LocalDate from, LocalDate to) {
        OrganisationSummary self = area(caller, area);
        MentoringPayments.checkPeriod(from, to);
        List<OrganisationSummary> tree = organisations.subtree(area);
        Map<OrganisationId, OrganisationSummary> byId = new HashMap<>();
        tree.forEach(o -> byId.put(o.id(), o));
        List<AreaPaymentFigures.Place> places = tree.stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .map(o -> {
                    OrganisationSummary unit = byId.getOrDefault(o.parentId(), self);
                    return new AreaPaymentFigures.Place(o.id(), o.name(), unit.id(), unit.name());
                })
                .toList();
        Map<OrganisationId, List<PaymentCalculator.Pair>> pairs =
                rows.pairs(places.stream().map(AreaPaymentFigures.Place::school).toList(), from, to);
        Map<OrganisationId, AreaPaymentFigures.Raw> raw = new HashMap<>();
        pairs.forEach((school, list) -> raw.put(school, AreaPaymentFigures.of(school, list, from, to)));
        return AreaPaymentFigures.statement(self, places, raw, from, to);
    }

    /** The area's own date (its time zone's): the statements' default month is the current one there. */
    public LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
