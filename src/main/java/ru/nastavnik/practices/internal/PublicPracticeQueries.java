package ru.nastavnik.practices.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.shared.OrganisationId;

/**
 * {@link PublicPractices}: the accepted practices with a recorded consent, less those one of whose authors no longer
 * allows best practices on the section (read from the consents at every read); a page in one query of its columns.
 */
@Service
@Transactional(readOnly = true)
class PublicPracticeQueries implements PublicPractices {

    private final PracticeRepository practices;
    private final JdbcClient jdbc;
    private final ConsentCheck consents;

    PublicPracticeQueries(PracticeRepository practices, JdbcClient jdbc, ConsentCheck consents) {
        this.practices = practices;
        this.jdbc = jdbc;
        this.consents = consents;
    }

    /**
     * The recorded practices of these schools one of whose authors no longer allows best practices on the section:
     * two queries (the authors, then their consents), whatever the number of practices.
     */
    private UUID[] withdrawn(UUID[] schools) {
        record Author(UUID practice, PersonId person) {}
        List<Author> authors = jdbc.sql("""
                select a.practice_id, a.person_id from practice_author a join practice p on p.id = a.practice_id
                where p.organisation_id = any(?) and p.status = 'ACCEPTED' and p.distribution_consent_on is not null""")
                .params((Object) schools)
                .query((rs, n) -> new Author(rs.getObject(1, UUID.class), new PersonId(rs.getObject(2, UUID.class))))
                .list();
        if (authors.isEmpty()) {
            return new UUID[0];
        }
        java.util.Set<PersonId> covered = consents.coveredFor(
                authors.stream().map(Author::person).distinct().toList(),
                DistributionKind.PRACTICES,
                java.util.Set.of(DistributionChannel.SECTION));
        return authors.stream()
                .filter(a -> !covered.contains(a.person()))
                .map(Author::practice)
                .distinct()
                .toArray(UUID[]::new);
    }

    @Override
    public ShownPage page(Collection<OrganisationId> schools, int offset, int limit) {
        if (schools.isEmpty()) {
            return new ShownPage(List.of(), 0);
        }
        UUID[] ids = schools.stream().map(OrganisationId::value).toArray(UUID[]::new);
        UUID[] off = withdrawn(ids);
        record Row(Shown shown, long total) {}
        List<Row> rows = jdbc.sql("""
                select id, organisation_id, title, summary, count(*) over () as total
                from practice
                where organisation_id = any(?) and status = 'ACCEPTED' and distribution_consent_on is not null
                  and not (id = any(?))
                order by proposed_at desc, id
                offset ? limit ?""")
                .params(ids, off, Math.max(0, offset), Math.max(0, limit))
                .query((rs, n) -> new Row(
                        new Shown(
                                new PracticeId(rs.getObject("id", UUID.class)),
                                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                rs.getString("title"),
                                rs.getString("summary")),
                        rs.getLong("total")))
                .list();
        if (rows.isEmpty()) {
            long total = offset <= 0
                    ? 0L
                    : jdbc.sql("""
                            select count(*) from practice where organisation_id = any(?) and status = 'ACCEPTED'
                              and distribution_consent_on is not null and not (id = any(?))""").params(ids, off).query(Long.class).single();
            return new ShownPage(List.of(), total);
        }
        return new ShownPage(rows.stream().map(Row::shown).toList(), rows.get(0).total());
    }

    @Override
    public List<Shown> of(Collection<OrganisationId> schools) {
        java.util.Set<UUID> off = java.util.Set.of(
                withdrawn(schools.stream().map(OrganisationId::value).toArray(UUID[]::new)));
        return schools.stream()
                .flatMap(s -> practices.inOrganisation(s.value()).stream())
                .map(Practice::view)
                .filter(p -> p.status() == PracticeStatus.ACCEPTED && p.distributionConsent() != null)
                .filter(p -> !off.contains(p.id().value()))
                .map(p -> new Shown(p.id(), p.organisationId(), p.title(), p.summary()))
                .toList();
    }
}
