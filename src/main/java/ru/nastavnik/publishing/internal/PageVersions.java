package ru.nastavnik.publishing.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.nastavnik.shared.OrganisationId;

/**
 * The version stamp of an organisation's public pages, shared by every node through PostgreSQL: each cached page is
 * served only while the stamp it was rendered under is still the stamp read on the request. A change bumps the
 * organisation's counter in its own transaction (just before it commits, after the flush, so the counter's row is
 * the last lock the transaction takes and two changes cannot deadlock on it). The counters of the organisations above
 * it are bumped with it, so that an area's stamp is its own counter (V161).
 */
@Component
public class PageVersions {

    /** What a page of the section at one address was rendered under; {@code value} changes with anything it shows. */
    public record Stamp(OrganisationId organisation, String value) {}

    private final JdbcClient jdbc;
    private final EntityManagerFactory entities;

    PageVersions(JdbcClient jdbc, EntityManagerFactory entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    /**
     * One read of one row: the organisation behind the address, its publishing counter — bumped with every change of
     * it or of any organisation below it (an area's schools; {@link #changed}, and V161's trigger for the
     * organisation rows: a school created, renamed or moved) — its own row version (names, requisites: the curator's
     * contacts) and the roadmap milestones it reached (a school's stage statuses are derived from them, recorded by
     * the roadmap's own listeners). Read across modules on purpose: one round trip per public request is the price of
     * a page cache that is right on every node; a region's stamp no longer walks its thousand organisations.
     */
    public Optional<Stamp> stamp(String slug) {
        return jdbc.sql("""
                select s.organisation_id,
                       coalesce(v.version, 0) as page_version,
                       coalesce(o.version, 0) as organisation_version,
                       (select count(*) from roadmap_milestone m where m.organisation_id = s.organisation_id)
                           as milestones
                from publishing_site s
                join organisation o on o.id = s.organisation_id
                left join publishing_version v on v.organisation_id = s.organisation_id
                where s.slug = :slug""")
                .param("slug", slug)
                .query((rs, n) -> new Stamp(
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getLong("page_version") + "." + rs.getLong("organisation_version") + "."
                                + rs.getLong("milestones")))
                .optional();
    }

    /** Something {@code organisation}'s public pages show changed in the current transaction (or just now, outside one). */
    void changed(OrganisationId organisation) {
        changed(Set.of(organisation));
    }

    void changed(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump(organisations.stream().map(OrganisationId::value).toList());
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        Set<UUID> ids = pending.ids;
        organisations.forEach(o -> ids.add(o.value()));
    }

    private void bump(Collection<UUID> organisations) {
        // the organisations and every ancestor, in one statement taking the rows in id order (V161): two transactions
        // bumping overlapping trees lock them in the same order
        jdbc.sql("select publishing_version_bump_tree(:ids)")
                .param("ids", organisations.toArray(UUID[]::new))
                .query()
                .listOfRows();
    }

    private final class Pending implements TransactionSynchronization {

        final Set<UUID> ids = new TreeSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // a read-only transaction may still write through JDBC here (the driver ignores the flag: see
            // application.yaml), so it bumps too; only its entities are never flushed
            if (!readOnly
                    && TransactionSynchronizationManager.getResource(entities) instanceof EntityManagerHolder holder) {
                holder.getEntityManager().flush();
            }
            bump(ids);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(PageVersions.this);
        }
    }
}
