package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.PairFacts;
import ru.nastavnik.mentorship.WorkingPairs;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.organisation.SchoolDays;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.MailTexts;
import ru.nastavnik.shared.mail.Mailbox;

/**
 * Watches every active pair's health (one node at a time: a lock in PostgreSQL) and remembers it: when a pair's
 * health worsens its school's curators are told once — a letter and the tile of their home page — not at every run;
 * the day a pair became at risk is kept for the escalation to the levels above. The letter names no one: the
 * curator sees the pairs on her page. The watch never ends a pair (that needs an order, Labour Code art. 351.8).
 */
@Component
class HealthWatch {

    private final JdbcTemplate jdbc;
    private final WorkingPairs pairs;
    private final MonitoringSettingsManagement settings;
    private final UserManagement users;
    private final Mailbox mailbox;
    private final SchoolDates dates;
    private final MissedCheckIns checkIns;
    private final MailTexts texts;

    HealthWatch(
            JdbcTemplate jdbc,
            WorkingPairs pairs,
            MonitoringSettingsManagement settings,
            UserManagement users,
            Mailbox mailbox,
            SchoolDates dates,
            MissedCheckIns checkIns,
            MailTexts texts) {
        this.texts = texts;
        this.checkIns = checkIns;
        this.jdbc = jdbc;
        this.pairs = pairs;
        this.settings = settings;
        this.users = users;
        this.mailbox = mailbox;
        this.dates = dates;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${nastavnik.monitoring.health-watch:PT6H}")
    @SchedulerLock(name = "monitoring-health-watch")
    @Transactional
    void run() {
        watch(dates.everywhere());
    }

    private record Seen(PairHealth health, LocalDate worsenedOn, LocalDate atRiskSince) {}

    /** Every school judged on one date (tests). */
    @Transactional
    Map<OrganisationId, Integer> watch(LocalDate today) {
        return watch(school -> today);
    }

    /** Each school judged on its own date: a pair's due dates fall on the school's days, not on UTC's. */
    @Transactional
    Map<OrganisationId, Integer> watch(SchoolDays days) {
        return watch(days::of);
    }

    /** The pairs whose worsening each school's curators are told of by this run (schools with none left out). */
    private Map<OrganisationId, Integer> watch(Function<OrganisationId, LocalDate> todayOf) {
        Map<UUID, Seen> before = new HashMap<>();
        jdbc.query("select mentorship_id, health, worsened_on, at_risk_since from pair_health_watch", rs -> {
            before.put(
                    rs.getObject(1, UUID.class),
                    new Seen(
                            PairHealth.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class)));
        });
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Map<OrganisationId, Integer> worsened = new LinkedHashMap<>();
        Map<OrganisationId, List<PairFacts>> bySchool = pairs.ofAllSchools(todayOf);
        // the settings and the check-ins are read once for every school, not school by school
        Map<OrganisationId, MonitoringSettings> inForce = settings.inForceAt(bySchool.keySet());
        Map<ru.nastavnik.mentorship.MentorshipId, Integer> missed = checkIns.of(bySchool, todayOf);
        bySchool.forEach((school, facts) -> {
            LocalDate today = todayOf.apply(school);
            HealthRules rules = new HealthRules(inForce.get(school).quietDays());
            for (PairFacts pair : facts) {
                PairHealth now = rules.judge(pair, today, missed.getOrDefault(pair.pair(), 0))
                        .health();
                Seen seen = before.remove(pair.pair().value());
                PairHealth was = seen == null ? PairHealth.ON_TRACK : seen.health();
                boolean worse = now.compareTo(was) > 0;
                if (worse) {
                    worsened.merge(school, 1, Integer::sum);
                }
                LocalDate atRisk = now != PairHealth.AT_RISK
                        ? null
                        : seen != null && seen.atRiskSince() != null ? seen.atRiskSince() : today;
                LocalDate worsenedOn = worse ? today : seen == null ? null : seen.worsenedOn();
                if (seen == null) {
                    inserts.add(
                            new Object[] {pair.pair().value(), school.value(), now.name(), today, worsenedOn, atRisk});
                } else if (seen.health() != now) {
                    updates.add(new Object[] {
                        now.name(), today, worsenedOn, atRisk, pair.pair().value()
                    });
                }
            }
        });
        jdbc.batchUpdate("""
                insert into pair_health_watch (mentorship_id, organisation_id, health, changed_on, worsened_on, at_risk_since)
                values (?, ?, ?, ?, ?, ?)""", inserts);
        jdbc.batchUpdate("""
                update pair_health_watch set health = ?, changed_on = ?, worsened_on = ?, at_risk_since = ?
                where mentorship_id = ?""", updates);
        // pairs no longer active are no longer watched
        jdbc.batchUpdate(
                "delete from pair_health_watch where mentorship_id = ?",
                before.keySet().stream().map(id -> new Object[] {id}).toList());
        List<Mail> letters = new ArrayList<>();
        worsened.forEach((school, n) -> users.emailsOf(school, Set.of(Role.CURATOR))
                .forEach(to -> letters.add(new Mail(
                        to,
                        texts.get("mail.health.subject"),
                        texts.letter(texts.get("mail.health.worsened", String.valueOf(n)))))));
        mailbox.send(letters);
        return worsened;
    }
}
