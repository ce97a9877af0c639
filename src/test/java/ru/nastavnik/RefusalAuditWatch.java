package ru.nastavnik;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20, item 2: a request refused to another tenant must leave no trace in the caller's audit log, since the log
 * page names the people its entries are about. For every request an isolation test sends through the shared
 * MockMvc, this filter notes the last audit entry before it and, when the answer is a refusal (404 or 403), looks
 * for entries written since that name a person of another organisation than the entry's own (the single subject or
 * any of a batch); each one is recorded for {@link IsolationCoverageTests}.
 */
final class RefusalAuditWatch implements Filter {

    private final JdbcTemplate jdbc;

    RefusalAuditWatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ProbedRoutes.isolationClassOnStack().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        chain.doFilter(request, response);
        int status = ((HttpServletResponse) response).getStatus();
        if (status != 404 && status != 403) {
            return;
        }
        List<String> leaks = jdbc.queryForList(
                "select a.action || ' ' || a.subject_type || ': ' || coalesce(a.details, '') from audit_entry a "
                        + "where a.id > ? and exists (select 1 from person p "
                        + "where (p.id = a.subject_id or p.id = any(a.subject_ids)) "
                        + "and p.organisation_id is distinct from a.organisation_id)",
                String.class,
                before);
        if (!leaks.isEmpty()) {
            HttpServletRequest http = (HttpServletRequest) request;
            ProbedRoutes.recordAuditedRefusal(http.getMethod() + " " + http.getRequestURI() + " → " + status + " from "
                    + ProbedRoutes.isolationClassOnStack().orElseThrow() + ": " + leaks);
        }
    }
}
