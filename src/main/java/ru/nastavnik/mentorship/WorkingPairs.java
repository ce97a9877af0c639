package ru.nastavnik.mentorship;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organisation's active pairs with the facts of their programmes, read in one aggregate query (the monitoring
 * module judges their health from them). For the school's director and curator; names are not read here.
 */
@Service
@Transactional(readOnly = true)
public class WorkingPairs {

    private static final String SELECT = """
            select m.id, m.organisation_id, m.starts_on,
                   array(select mm.person_id from mentorship_member mm where mm.mentorship_id = m.id
                         and mm.role = 'MENTOR' and mm.to_date is null order by mm.person_id) as mentors,
                   array(select mm.person_id from mentorship_member mm where mm.mentorship_id = m.id
                         and mm.role = 'MENTEE' and mm.to_date is null order by mm.person_id) as mentees,
                   p.status, p.id as programme_id, p.starts_on as programme_starts_on, p.ends_on as programme_ends_on,
                   (select max(pm.held_on) from programme_meeting pm where pm.programme_id = p.id) as last_meeting,
                   (select count(*) from programme_activity a where a.programme_id = p.id
                         and a.done_on is null and a.due_on < ?) as overdue,
                   (select count(*) from programme_activity a where a.programme_id = p.id and a.done_on is not null
                         and not exists (select 1 from programme_evidence e where e.activity_id = a.id)) as unproved
            from mentorship m
            left join lateral (select * from programme p where p.mentorship_id = m.id
                               order by p.starts_on desc limit 1) p on true
            """;
    private static final String FACTS = SELECT + """
            where m.organisation_id = ? and m.status = 'ACTIVE'
            order by m.starts_on, m.id""";
    private static final String FACTS_IN = SELECT + """
            where m.organisation_id = any(?) and m.status = 'ACTIVE'
            order by m.starts_on, m.id""";

    private final JdbcTemplate jdbc;

    WorkingPairs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PairFacts> of(NastavnikPrincipal caller, OrganisationId organisation, LocalDate today) {
        PairLookup.check(caller, organisation);
        return jdbc.query(FACTS, (rs, row) -> facts(rs), today, organisation.value());
    }

    /**
     * Every school's active pairs, for the system's own watch over them (a scheduled job, no caller): one query; the
     * facts carry no names. An activity is overdue by its own school's date: the schools on one date (at most two at
     * any moment across Russia) are read by one query.
     */
    public java.util.Map<OrganisationId, List<PairFacts>> ofAllSchools(
            java.util.function.Function<OrganisationId, LocalDate> todayOf) {
        java.util.Map<LocalDate, List<UUID>> byDate = jdbc
                .queryForList("select distinct organisation_id from mentorship where status = 'ACTIVE'", UUID.class)
                .stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        o -> todayOf.apply(new OrganisationId(o)),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.toList()));
        java.util.Map<OrganisationId, List<PairFacts>> bySchool = new java.util.LinkedHashMap<>();
        byDate.forEach((today, schools) -> jdbc.query(
                FACTS_IN,
                rs -> {
                    bySchool.computeIfAbsent(
                                    new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                    o -> new java.util.ArrayList<>())
                            .add(facts(rs));
                },
                today,
                (Object) schools.toArray(UUID[]::new)));
        return bySchool;
    }

    private static PairFacts facts(ResultSet rs) throws SQLException {
        java.sql.Date last = rs.getDate("last_meeting");
        UUID programme = rs.getObject("programme_id", UUID.class);
        PairFacts.ProgrammeTerm term = programme == null
                ? null
                : new PairFacts.ProgrammeTerm(
                        programme,
                        rs.getDate("programme_starts_on").toLocalDate(),
                        rs.getDate("programme_ends_on").toLocalDate());
        return new PairFacts(
                new MentorshipId(rs.getObject("id", UUID.class)),
                people(rs.getArray("mentors")),
                people(rs.getArray("mentees")),
                rs.getDate("starts_on").toLocalDate(),
                rs.getString("status"),
                last == null ? null : last.toLocalDate(),
                rs.getInt("overdue"),
                rs.getInt("unproved"),
                term);
    }

    private static List<PersonId> people(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(id -> new PersonId((UUID) id))
                .toList();
    }
}
