package ru.nastavnik.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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

    private final JdbcTemplate jdbc;

    /**
     * Entries with the current name of the person they are about: the log never stores names, so an anonymised
     * person's entries show «Обезличено», as her record does.
     */
    private static final String SELECT = "select a.*, case when a.subject_type = 'Person' then "
            + "concat_ws(' ', p.last_name, p.first_name, p.middle_name) end as subject_name "
            + "from audit_entry a left join person p on p.id = a.subject_id";

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<AuditRecord> of(NastavnikPrincipal caller, OrganisationId organisation, UUID subject, int page, int size) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
        int pageSize = size <= 0 ? 50 : Math.min(size, 500);
        int pageNumber = Math.max(page, 0);
        String filter = subject == null ? "" : " and subject_id = ?";
        Object[] args = subject == null ? new Object[] { organisation.value() } : new Object[] { organisation.value(), subject };
        Long total = jdbc.queryForObject("select count(*) from audit_entry where organisation_id = ?" + filter, Long.class, args);
        List<AuditRecord> rows = jdbc.query(SELECT + " where a.organisation_id = ?" + filter.replace("subject_id", "a.subject_id")
                + " order by a.occurred_at desc, a.id desc limit " + pageSize + " offset " + (long) pageNumber * pageSize,
                AuditLog::map, args);
        return new PageImpl<>(rows, PageRequest.of(pageNumber, pageSize), total == null ? 0 : total);
    }

    /**
     * Every entry about one person, for their own subject access request: the caller must already have
     * established that the request is theirs (the person's linked account).
     */
    public List<AuditRecord> aboutSubject(OrganisationId organisation, UUID subject) {
        return jdbc.query(SELECT + " where a.organisation_id = ? and a.subject_id = ? order by a.occurred_at desc, a.id desc",
                AuditLog::map, organisation.value(), subject);
    }

    private static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getObject("organisation_id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), rs.getString("remote_address"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class), rs.getString("details"), rs.getString("subject_name"));
    }
}
