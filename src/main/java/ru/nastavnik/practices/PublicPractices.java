package ru.nastavnik.practices;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.OrganisationId;

/**
 * The schools' accepted practices that may be shown to the public: only those whose authors' consent to
 * distribution is recorded (152-ФЗ art. 10.1); the authors themselves are not named.
 */
@Service
@Transactional(readOnly = true)
public class PublicPractices {

    private final PracticeRepository practices;
    private final JdbcClient jdbc;

    PublicPractices(PracticeRepository practices, JdbcClient jdbc) {
        this.practices = practices;
        this.jdbc = jdbc;
    }

    public record Shown(PracticeId id, OrganisationId school, String title, String summary) {}

    /** One page of shown practices, newest proposed first, and how many are shown in all. */
    public record ShownPage(List<Shown> practices, long total) {}

    /**
     * The practices {@link #of} shows, from {@code offset}, at most {@code limit}, in one query of the shown columns:
     * an area's page would otherwise load every practice aggregate of each of its schools, one query a school.
     */
    public ShownPage page(Collection<OrganisationId> schools, int offset, int limit) {
        if (schools.isEmpty()) {
            return new ShownPage(List.of(), 0);
        }
        UUID[] ids = schools.stream().map(OrganisationId::value).toArray(UUID[]::new);
        record Row(Shown shown, long total) {}
        List<Row> rows = jdbc.sql("""
                select id, organisation_id, title, summary, count(*) over () as total
                from practice
                where organisation_id = any(?) and status = 'ACCEPTED' and distribution_consent_on is not null
                order by proposed_at desc, id
                offset ? limit ?""")
                .params(ids, Math.max(0, offset), Math.max(0, limit))
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
                              and distribution_consent_on is not null""").params((Object) ids).query(Long.class).single();
            return new ShownPage(List.of(), total);
        }
        return new ShownPage(rows.stream().map(Row::shown).toList(), rows.get(0).total());
    }

    public List<Shown> of(Collection<OrganisationId> schools) {
        return schools.stream()
                .flatMap(s -> practices.inOrganisation(s.value()).stream())
                .map(Practice::view)
                .filter(p -> p.status() == PracticeStatus.ACCEPTED && p.distributionConsent() != null)
                .map(p -> new Shown(p.id(), p.organisationId(), p.title(), p.summary()))
                .toList();
    }
}
