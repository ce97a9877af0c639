package ru.nastavnik.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Reading the log: an organisation's director and curator see their own organisation's entries. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** Deep pages of an append-only log are not browsed; the bound keeps the offset a sane number. */
    static final int MAX_PAGE = 100_000;

    /**
     * A school's log grows by every look at personal data, for years: counting all of it on every view of a page
     * cost as much as the log is long (34 ms at 57,000 entries). It is counted up to this many, or up to the page
     * asked for where that is further; past it the page says «более …», and its next page is still there.
     */
    static final int COUNTED = 10_000;

    private final JdbcTemplate jdbc;

    /**
     * Entries with the current name of the person they are about: the log never stores names, so an anonymised
     * person's entries show «Обезличено», as her record does. Only a person of the log's own organisation is named:
     * an entry may carry the id of another school's person (a mentor of its shared bank in a pair), and the log
     * must not be a way to learn that person's name.
     */
    private static final String SELECT = "select a.*, case when a.subject_type = 'Person' then "
            + "concat_ws(' ', p.last_name, p.first_name, p.middle_name) end as subject_name "
            + "from audit_entry a left join person p on p.id = a.subject_id and p.organisation_id = a.organisation_id";

    private static final String ABOUT = " and (a.subject_id = ? or a.subject_ids @> array[?]::uuid[])";

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<AuditRecord> of(
            NastavnikPrincipal caller, OrganisationId organisation, UUID subject, int page, int size) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
        int pageSize = size <= 0 ? 50 : Math.min(size, 500);
        int pageNumber = Math.min(Math.max(page, 0), MAX_PAGE);
        String filter = subject == null ? "" : ABOUT;
        Object[] args = subject == null
                ? new Object[] {organisation.value()}
                : new Object[] {organisation.value(), subject, subject};
        long bound = bound((long) pageNumber * pageSize, pageSize);
        Long total = jdbc.queryForObject(
                "select count(*) from (select 1 from audit_entry a where a.organisation_id = ?" + filter + " limit "
                        + (bound + 1) + ") entries",
                Long.class,
                args);
        List<Row> rows = jdbc.query(
                SELECT + " where a.organisation_id = ?" + filter + " order by a.occurred_at desc, a.id desc limit "
                        + pageSize + " offset " + (long) pageNumber * pageSize,
                AuditLog::map,
                args);
        return new PageImpl<>(
                named(organisation, rows), PageRequest.of(pageNumber, pageSize), total == null ? 0 : total);
    }

    /**
     * Whether the page's total is the log's whole length; otherwise the log holds more than {@code total − 1}
     * entries (it was counted up to its bound: {@link #COUNTED}, or the page asked for).
     */
    public static boolean countedInFull(Page<?> page) {
        return page.getTotalElements() <= bound(page.getPageable().getOffset(), page.getSize());
    }

    /** How far the log is counted for a page: {@link #COUNTED} entries, or to the end of the page asked for. */
    private static long bound(long offset, int size) {
        return Math.max(COUNTED, offset + size);
    }

    /**
     * Every entry about one person, for their own subject access request: the caller must already have
     * established that the request is theirs (the person's linked account). A list entry she was shown in is
     * given without the others it named: they are not hers to learn.
     */
    public List<AuditRecord> aboutSubject(OrganisationId organisation, UUID subject) {
        return jdbc
                .query(
                        SELECT + " where a.organisation_id = ?" + ABOUT + " order by a.occurred_at desc, a.id desc",
                        AuditLog::map,
                        organisation.value(),
                        subject,
                        subject)
                .stream()
                .map(Row::record)
                .toList();
    }

    /** The names of the people of list entries, read in one query for the whole page. */
    private List<AuditRecord> named(OrganisationId organisation, List<Row> rows) {
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(row -> ids.addAll(row.subjects()));
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(
                    "select id, concat_ws(' ', last_name, first_name, middle_name) as name from person "
                            + "where organisation_id = ? and id = any(?)",
                    rs -> {
                        names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                    },
                    organisation.value(),
                    ids.toArray(UUID[]::new));
        }
        List<AuditRecord> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            AuditRecord r = row.record();
            List<AuditRecord.Subject> subjects = row.subjects().stream()
                    .map(id -> new AuditRecord.Subject(id, names.get(id)))
                    .toList();
            records.add(new AuditRecord(
                    r.id(),
                    r.organisationId(),
                    r.occurredAt(),
                    r.actor(),
                    r.remoteAddress(),
                    r.action(),
                    r.subjectType(),
                    r.subjectId(),
                    r.details(),
                    r.subjectName(),
                    subjects));
        }
        return records;
    }

    private record Row(AuditRecord record, List<UUID> subjects) {}

    private static Row map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("subject_ids");
        List<UUID> subjects = array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
        return new Row(
                new AuditRecord(
                        rs.getLong("id"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"),
                        rs.getString("remote_address"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("details"),
                        rs.getString("subject_name"),
                        List.of()),
                subjects);
    }
}
