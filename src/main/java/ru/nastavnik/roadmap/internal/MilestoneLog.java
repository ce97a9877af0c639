package ru.nastavnik.roadmap.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.nastavnik.roadmap.EvidenceKind;
import ru.nastavnik.roadmap.Milestone;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.web.Dates;

/**
 * The milestones the other modules reported, one row per piece of evidence and school year: a redelivered event
 * (the registry resends after a crash) finds its row and adds nothing.
 */
@Component
public class MilestoneLog {

    private final JdbcClient jdbc;

    MilestoneLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One piece of evidence, or — for people, who are counted and never listed — all of a kind at once: how many
     * distinct people ({@code count}), reached last at {@code at}, with no evidence id or label.
     */
    record Reached(
            OrganisationId organisation,
            Milestone milestone,
            EvidenceKind kind,
            UUID evidence,
            String label,
            Instant at,
            int count) {}

    /** What {@code MilestoneListeners} (in the base package, where the event registry knows it) records. */
    public void record(
            OrganisationId organisation,
            Milestone milestone,
            Instant at,
            EvidenceKind kind,
            UUID evidence,
            String label) {
        jdbc.sql("""
                insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind,
                                               evidence_id, evidence_label)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        UUID.randomUUID(),
                        organisation.value(),
                        milestone.name(),
                        Timestamp.from(at),
                        SchoolYear.of(LocalDate.ofInstant(at, Dates.DEFAULT_ZONE))
                                .startYear(),
                        kind.name(),
                        evidence,
                        label)
                .update();
    }

    /**
     * What counts for a school year, by organisation and milestone: the year's own milestones and the lasting ones
     * of any year before (a Regulation approved in 2021 is still in force). People are counted in SQL, one row a
     * kind: a school of a thousand mentors has a thousand rows of the mentor bank, and a territory many such schools.
     */
    Map<OrganisationId, Map<Milestone, List<Reached>>> reached(
            Collection<OrganisationId> organisations, SchoolYear year) {
        Map<OrganisationId, Map<Milestone, List<Reached>>> found = new HashMap<>();
        if (organisations.isEmpty()) {
            return found;
        }
        UUID[] schools = organisations.stream().map(OrganisationId::value).toArray(UUID[]::new);
        String[] lasting = Arrays.stream(Milestone.values())
                .filter(Milestone::lasting)
                .map(Milestone::name)
                .toArray(String[]::new);
        String[] counted = Arrays.stream(EvidenceKind.values())
                .filter(EvidenceKind::counted)
                .map(EvidenceKind::name)
                .toArray(String[]::new);
        // two selects rather than one over a shared CTE: the counted part then reads roadmap_milestone_counted_idx in
        // its order (V170) instead of sorting a thousand rows of a school's mentors
        jdbc.sql("""
                select organisation_id, milestone, evidence_kind, evidence_id, evidence_label, reached_at, 1 as people
                from roadmap_milestone
                where organisation_id = any(?) and not evidence_kind = any(?)
                  and (school_year = ? or (school_year < ? and milestone = any(?)))
                union all
                select organisation_id, milestone, evidence_kind, null, null, max(reached_at), count(distinct evidence_id)
                from roadmap_milestone
                where organisation_id = any(?) and evidence_kind = any(?)
                  and (school_year = ? or (school_year < ? and milestone = any(?)))
                group by organisation_id, milestone, evidence_kind
                order by reached_at, evidence_kind""")
                .params(
                        schools,
                        counted,
                        year.startYear(),
                        year.startYear(),
                        lasting,
                        schools,
                        counted,
                        year.startYear(),
                        year.startYear(),
                        lasting)
                .query((rs, n) -> {
                    Milestone milestone = Milestone.valueOf(rs.getString("milestone"));
                    Reached reached = new Reached(
                            new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                            milestone,
                            EvidenceKind.valueOf(rs.getString("evidence_kind")),
                            rs.getObject("evidence_id", UUID.class),
                            rs.getString("evidence_label"),
                            rs.getTimestamp("reached_at").toInstant(),
                            rs.getInt("people"));
                    found.computeIfAbsent(reached.organisation(), o -> new EnumMap<>(Milestone.class))
                            .computeIfAbsent(milestone, m -> new ArrayList<>())
                            .add(reached);
                    return reached;
                })
                .list();
        return found;
    }
}
