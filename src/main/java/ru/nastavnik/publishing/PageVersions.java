package ru.nastavnik.publishing;

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
 * the last lock the transaction takes and two changes cannot deadlock on it).
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
     * One query: the organisation behind the address, and for it and every organisation below it (an area's schools)
     * the publishing counter, the organisation's own row version (names, requisites: the curator's contacts), which
     * organisations they are (a school moved in or out) and the roadmap milestones reached (the stage statuses are
     * derived from them, recorded by the roadmap's own listeners). Read across modules on purpose: one round trip per
     * public request is the price of a page cache that is right on every node.
     */
    public Optional<Stamp> stamp(String slug) {
        return jdbc.sql("""
                with recursive site as (
                    select organisation_id from publishing_site where slug = :slug
                ), tree(id, depth) as (
                    select organisation_id, 0 from site
                    union all
                    select o.id, t.depth + 1 from organisation o join tree t on o.parent_id = t.id where t.depth < 6
                )
                select (select organisation_id from site) as organisation_id,
                       count(*) as organisations,
                       coalesce(sum(coalesce(o.version, 0)), 0) as organisation_versions,
                       coalesce(sum(hashtext(o.id::text)::bigint), 0) as members,
                       coalesce(sum(v.version), 0) as page_versions,
                       (select count(*) from roadmap_milestone m where m.organisation_id = (select organisation_id from site))
                           as milestones
                from tree t join organisation o on o.id = t.id
                left join publishing_version v on v.organisation_id = t.id""")
                .param("slug", slug)
                .query((rs, n) -> rs.getObject("organisation_id", UUID.class) == null
                        ? null
                        : new Stamp(
                                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                rs.getLong("page_versions") + "." + rs.getLong("organisation_versions") + "."
                                        + rs.getLong("organisations") + "." + rs.getLong("members") + "."
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
        // sorted: two transactions bumping the same organisations lock their rows in the same order
        for (UUID organisation : new TreeSet<>(organisations)) {
            jdbc.sql("""
                    insert into publishing_version (organisation_id, version) values (?, 1)
                    on conflict (organisation_id) do update set version = publishing_version.version + 1""").params(organisation).update();
        }
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
