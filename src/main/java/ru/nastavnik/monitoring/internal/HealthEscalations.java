package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What the health watch found, for those it concerns: a school's curator and director, the pairs whose health
 * worsened lately (her home page's tile); a municipal or regional methodologist, the schools of her territory with
 * pairs at risk for longer than the school's escalation days — counted per school, never a person, and a count under
 * three shown as «< 3».
 */
@Service
@Transactional(readOnly = true)
public class HealthEscalations {

    /** How long a worsening stays on the curator's home page. */
    public static final int NOTICE_DAYS = 14;

    private final JdbcTemplate jdbc;
    private final Organisations organisations;
    private final MonitoringSettingsManagement settings;
    private final SchoolDates dates;

    HealthEscalations(
            JdbcTemplate jdbc, Organisations organisations, MonitoringSettingsManagement settings, SchoolDates dates) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.settings = settings;
        this.dates = dates;
    }

    /** A school flagged to the levels above: {@code pairs} is 0 when {@code few} (fewer than three). */
    public record FlaggedSchool(OrganisationId organisation, String name, long pairs, boolean few) {}

    /** Pairs of the school whose health worsened within {@link #NOTICE_DAYS} and are not back on track. */
    public int worsenedLately(NastavnikPrincipal caller, OrganisationId school) {
        if (!caller.hasAnyIn(school, Role.CURATOR, Role.DIRECTOR)) {
            return 0;
        }
        Integer n = jdbc.queryForObject(
                """
                select count(*) from pair_health_watch where organisation_id = ? and health <> 'ON_TRACK'
                and worsened_on > ?""", Integer.class, school.value(), dates.today(school).minusDays(NOTICE_DAYS));
        return n == null ? 0 : n;
    }

    /** The schools of a municipality or region with pairs at risk past their escalation days (404 to anyone else). */
    public List<FlaggedSchool> flagged(NastavnikPrincipal caller, OrganisationId area) {
        OrganisationKind kind = organisations.kindOf(area).orElseThrow(NotFoundException::new);
        boolean methodologist = organisations.lineage(area).stream()
                .anyMatch(
                        a -> caller.has(Role.MUNICIPAL_METHODOLOGIST, a) || caller.has(Role.REGIONAL_METHODOLOGIST, a));
        if (kind == OrganisationKind.ORGANISATION || !methodologist) {
            throw new NotFoundException();
        }
        List<OrganisationSummary> tree = organisations.subtree(area);
        Map<OrganisationId, MonitoringSettings> inForce = settings.inForce(area, tree);
        // each school's escalation days run to its own date
        Map<OrganisationId, LocalDate> today =
                dates.today(tree.stream().map(OrganisationSummary::id).toList());
        Map<OrganisationId, Long> counts = new HashMap<>();
        jdbc.query(
                """
                select w.organisation_id, w.at_risk_since, count(*) from pair_health_watch w
                where w.health = 'AT_RISK' and w.organisation_id = any(?)
                group by w.organisation_id, w.at_risk_since""",
                rs -> {
                    OrganisationId school = new OrganisationId(rs.getObject(1, UUID.class));
                    LocalDate since = rs.getObject(2, LocalDate.class);
                    if (!since.plusDays(inForce.get(school).escalationDays()).isAfter(today.get(school))) {
                        counts.merge(school, rs.getLong(3), Long::sum);
                    }
                },
                (Object) tree.stream().map(o -> o.id().value()).toArray(UUID[]::new));
        return tree.stream()
                .filter(o -> counts.containsKey(o.id()))
                .map(o -> {
                    long n = counts.get(o.id());
                    return new FlaggedSchool(o.id(), o.name(), n < 3 ? 0 : n, n < 3);
                })
                .sorted(Comparator.comparing(FlaggedSchool::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
    }
}
