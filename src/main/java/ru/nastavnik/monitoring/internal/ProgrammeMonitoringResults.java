package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The two-stage monitoring of every programme of a school that was worked through in a period, for the inspection
 * package: stage 1 (the mid-point check-ins, the completion questionnaires' answers sorted for the SWOT, the curator's
 * questionnaire, the SWOT worksheet) and stage 2 (the mentees' self-assessments on their deficits, the professional
 * results). Read as the school's director or curator reads each programme's pages (each read audited there). Only
 * the school's own people are named: a mentor from another organisation's staff (the shared bank) is not.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeMonitoringResults {

    /** The message key of how a person of another organisation is written in the school's document. */
    static final String OUTSIDER = "house.monitoring.outsider";

    /** One programme's monitoring; {@code statusKey} the message key of its state. */
    public record Programme(
            UUID id,
            String title,
            String mentors,
            String mentees,
            LocalDate startsOn,
            LocalDate endsOn,
            String statusKey,
            List<CheckInView> checkIns,
            SwotSources sources,
            CuratorAnswers answers,
            Swot swot,
            List<SelfAssessmentView> assessments,
            List<ProgrammeResultView> results) {}

    private final Programmes programmes;
    private final ProgrammeQuality quality;
    private final ProgrammeImpact impact;
    private final SheetTexts texts;

    ProgrammeMonitoringResults(
            Programmes programmes, ProgrammeQuality quality, ProgrammeImpact impact, SheetTexts texts) {
        this.texts = texts;
        this.programmes = programmes;
        this.quality = quality;
        this.impact = impact;
    }

    /** Approved programmes whose time (start to completion, else planned end) meets the period, earliest first. */
    public List<Programme> of(NastavnikPrincipal caller, OrganisationId school, LocalDate from, LocalDate to) {
        List<Programme> shown = new ArrayList<>();
        String outsider = texts.text(OUTSIDER);
        List<ProgrammeView> worked = programmes.list(caller, school).stream()
                .filter(p -> worked(p, from, to))
                .sorted(Comparator.comparing(ProgrammeView::startsOn).thenComparing(ProgrammeView::title))
                .toList();
        for (ProgrammeView p : worked) {
            ProgrammeCard card = programmes.card(caller, p.id());
            Map<PersonId, String> names = card.pair().members().stream()
                    .collect(Collectors.toMap(MemberView::personId, m -> name(m, school), (a, b) -> a));
            ProgrammeQualityView q = quality.view(caller, p.id());
            ProgrammeImpactView i = impact.view(caller, p.id());
            shown.add(new Programme(
                    p.id(),
                    p.title(),
                    people(card, MemberRole.MENTOR, names),
                    people(card, MemberRole.MENTEE, names),
                    p.startsOn(),
                    p.endsOn(),
                    p.status().messageKey(),
                    q.checkIns().stream()
                            .map(c -> new CheckInView(
                                    c.person(),
                                    names.getOrDefault(c.person(), outsider),
                                    c.mentor(),
                                    c.meetingsHeld(),
                                    c.progress(),
                                    c.difficulties(),
                                    c.satisfaction(),
                                    c.submittedOn()))
                            .toList(),
                    q.sources(),
                    q.answers(),
                    q.swot(),
                    i.assessments().stream()
                            .map(a -> new SelfAssessmentView(
                                    a.id(),
                                    a.mentee(),
                                    names.getOrDefault(a.mentee(), outsider),
                                    a.startedOn(),
                                    a.endedOn(),
                                    a.items(),
                                    a.threshold()))
                            .toList(),
                    i.results()));
        }
        return shown;
    }

    static boolean worked(ProgrammeView p, LocalDate from, LocalDate to) {
        if (p.approvedOn() == null || p.status() == ProgrammeStatus.DRAFT || p.startsOn() == null) {
            return false;
        }
        LocalDate end = p.completedOn() != null ? p.completedOn() : p.endsOn();
        return !p.startsOn().isAfter(to) && (end == null || !end.isBefore(from));
    }

    String name(MemberView m, OrganisationId school) {
        if (!school.equals(m.organisationId())) {
            return texts.text(OUTSIDER);
        }
        return m.fullName() == null || m.fullName().isBlank() ? "—" : m.fullName();
    }

    private static String people(ProgrammeCard card, MemberRole role, Map<PersonId, String> names) {
        return card.pair().members().stream()
                .filter(m -> m.role() == role)
                .map(m -> names.get(m.personId()))
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
