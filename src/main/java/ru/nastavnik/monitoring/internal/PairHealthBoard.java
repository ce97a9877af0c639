package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.PairFacts;
import ru.nastavnik.mentorship.WorkingPairs;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's working pairs with their health, those at risk first; "quiet" as the school's settings say. One
 * aggregate query for the facts, one for the names; the read of the people shown is one audit record.
 */
@Service
@Transactional(readOnly = true)
public class PairHealthBoard {

    private final WorkingPairs pairs;
    private final StaffManagement staff;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;
    private final MonitoringSettingsManagement settings;
    private final MissedCheckIns checkIns;

    PairHealthBoard(
            WorkingPairs pairs,
            StaffManagement staff,
            ApplicationEventPublisher events,
            SchoolDates dates,
            MonitoringSettingsManagement settings,
            MissedCheckIns checkIns) {
        this.checkIns = checkIns;
        this.pairs = pairs;
        this.staff = staff;
        this.events = events;
        this.dates = dates;
        this.settings = settings;
    }

    public List<PairHealthView> of(NastavnikPrincipal caller, OrganisationId organisation) {
        LocalDate today = dates.today(organisation);
        HealthRules rules =
                new HealthRules(settings.inForce(organisation).settings().quietDays());
        List<PairFacts> facts = pairs.of(caller, organisation, today);
        List<PersonId> people = facts.stream()
                .flatMap(f -> Stream.concat(f.mentors().stream(), f.mentees().stream()))
                .distinct()
                .toList();
        Map<PersonId, StaffView> named = staff.currentAmong(caller, organisation, people);
        if (!people.isEmpty()) {
            events.publishEvent(AuditBatch.reads(
                    organisation,
                    "Person",
                    people.stream().map(PersonId::value).toList(),
                    "состояние наставнических пар"));
        }
        Map<ru.nastavnik.mentorship.MentorshipId, Integer> missed = checkIns.of(facts, today);
        return facts.stream()
                .map(f -> {
                    HealthRules.Verdict verdict = rules.judge(f, today, missed.getOrDefault(f.pair(), 0));
                    return new PairHealthView(
                            f.pair(),
                            names(f.mentors(), named),
                            names(f.mentees(), named),
                            verdict.health(),
                            verdict.reasons());
                })
                .sorted(Comparator.comparing(PairHealthView::health).reversed())
                .toList();
    }

    private static List<String> names(List<PersonId> ids, Map<PersonId, StaffView> named) {
        return ids.stream()
                .map(id -> named.containsKey(id) ? named.get(id).data().fullName() : "—")
                .toList();
    }
}
