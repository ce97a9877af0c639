package ru.nastavnik.publishing.internal;

import java.sql.Array;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.roadmap.PublicationStages;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * Monitoring's «информационное сопровождение» as issue 18 asks it: the items a school (or an area itself and its
 * schools) published in a period — each with the roadmap stages it covers ({@link NewsStage}: the activities the
 * curator linked it to, else the one its source names), its page on the section and its posts' links in Telegram
 * and VK — and the counts by stage and by channel. Items and links only: no body, no names beyond what the titles
 * carry on the public site already.
 */
@Service
@Transactional(readOnly = true)
public class CoverageReport {

    /** Where an item went: the section ({@code SITE}) or a channel, with the address. */
    public record Link(String channel, String address) {}

    public record Item(
            PublicationId id,
            LocalDate publishedOn,
            OrganisationId school,
            String schoolName,
            String title,
            PublicationSource source,
            List<Integer> stages,
            List<Link> links) {}

    /** {@code byStage}: items per stage 1–7 (an item may cover several), {@code 0} for an item at none. */
    public record Report(
            OrganisationId organisation,
            LocalDate from,
            LocalDate to,
            List<Item> items,
            Map<Integer, Long> byStage,
            Map<String, Long> byChannel) {}

    static final String SITE = "SITE";

    private final PublishingAccess access;
    private final Organisations organisations;
    private final PublicationStages stages;
    private final JdbcTemplate jdbc;
    private final PublicBaseUrl base;

    CoverageReport(
            PublishingAccess access,
            Organisations organisations,
            PublicationStages stages,
            JdbcTemplate jdbc,
            PublicBaseUrl base) {
        this.access = access;
        this.organisations = organisations;
        this.stages = stages;
        this.jdbc = jdbc;
        this.base = base;
    }

    /** The period ({@code yyyy-mm-dd}) defaults to the current school year up to today (Moscow). */
    public Report of(NastavnikPrincipal caller, OrganisationId organisation, String fromText, String toText) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        access.check(caller, organisation);
        LocalDate today = LocalDate.now(Dates.DEFAULT_ZONE);
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : schoolYearStart(end);
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "publishingAudit.report.period");
        }
        Map<OrganisationId, String> schools = schools(organisation);
        UUID[] ids = schools.keySet().stream().map(OrganisationId::value).toArray(UUID[]::new);
        Map<UUID, String> slugs = new LinkedHashMap<>();
        jdbc.query(
                "select organisation_id, slug from publishing_site where organisation_id = any(?)", uuids(ids), rs -> {
                    slugs.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        Map<UUID, List<Link>> posts = new LinkedHashMap<>();
        jdbc.query(
                """
                select o.publication_id, o.kind, o.remote_link from publishing_outbox o
                join publication p on p.id = o.publication_id
                where o.organisation_id = any(?) and o.status = 'SENT' and o.remote_link is not null
                  and p.status = 'PUBLISHED'
                  and cast(p.published_at at time zone 'Europe/Moscow' as date) between ? and ?
                order by o.kind""",
                ps -> {
                    uuids(ids).setValues(ps);
                    ps.setObject(2, start);
                    ps.setObject(3, end);
                },
                rs -> {
                    posts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Link(rs.getString(2), rs.getString(3)));
                });
        Map<UUID, java.util.SortedSet<Integer>> covered = stages.of(schools.keySet());
        List<Item> items = jdbc.query(
                """
                select id, cast(published_at at time zone 'Europe/Moscow' as date), organisation_id, title, source_kind
                from publication
                where organisation_id = any(?) and status = 'PUBLISHED'
                  and cast(published_at at time zone 'Europe/Moscow' as date) between ? and ?
                order by published_at, id""",
                ps -> {
                    uuids(ids).setValues(ps);
                    ps.setObject(2, start);
                    ps.setObject(3, end);
                },
                (rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    OrganisationId school = new OrganisationId(rs.getObject(3, UUID.class));
                    List<Link> links = new ArrayList<>();
                    String slug = slugs.get(school.value());
                    if (slug != null) {
                        links.add(new Link(SITE, base.of("/o/" + slug + "/nastavnichestvo/news/" + id)));
                    }
                    links.addAll(posts.getOrDefault(id, List.of()));
                    return new Item(
                            new PublicationId(id),
                            rs.getObject(2, LocalDate.class),
                            school,
                            schools.get(school),
                            rs.getString(4),
                            PublicationSource.valueOf(rs.getString(5)),
                            // the public pages' rule: the linked activities' stages, else the source's
                            NewsStage.of(covered.get(id), PublicationSource.valueOf(rs.getString(5))),
                            links);
                });
        Map<Integer, Long> byStage = new TreeMap<>();
        for (Item item : items) {
            (item.stages().isEmpty() ? List.of(0) : item.stages()).forEach(s -> byStage.merge(s, 1L, Long::sum));
        }
        Map<String, Long> byChannel = new TreeMap<>(items.stream()
                .flatMap(i -> i.links().stream().map(Link::channel).distinct())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting())));
        return new Report(organisation, start, end, items, byStage, byChannel);
    }

    /**
     * A school alone; an area itself (its methodologist's own news), then a region's municipalities and the schools,
     * by name.
     */
    private Map<OrganisationId, String> schools(OrganisationId organisation) {
        OrganisationSummary self = organisations.find(organisation).orElseThrow(NotFoundException::new);
        Map<OrganisationId, String> schools = new LinkedHashMap<>();
        schools.put(self.id(), self.name());
        if (self.kind() == OrganisationKind.ORGANISATION) {
            return schools;
        }
        organisations.subtree(organisation).stream()
                .filter(o -> !o.id().equals(self.id()))
                .sorted(java.util.Comparator.comparing(
                        OrganisationSummary::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .forEach(o -> schools.put(o.id(), o.name()));
        return schools;
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "publishingAudit.report.date", text.strip());
        }
    }

    private static PreparedStatementSetter uuids(UUID[] ids) {
        return ps -> {
            Array array = ps.getConnection().createArrayOf("uuid", ids);
            ps.setArray(1, array);
        };
    }

    private static LocalDate schoolYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }
}
