package ru.nastavnik.monitoring.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorFigures;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import ru.nastavnik.monitoring.internal.IndicatorTable;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's side of the campaigns: the campaigns of the areas above it, its report with the figures the system
 * computes for the campaign's period (the school's own, unmasked), the figures only it knows typed by hand, saving
 * and submitting. A methodologist above the campaign reads a school's report as submitted.
 */
@Service
@Transactional
public class CampaignReports {

    private final CampaignRepository campaigns;
    private final SubmissionRepository submissions;
    private final Campaigns methodologist;
    private final CampaignAccess access;
    private final IndicatorFigures figures;
    private final Clock clock;

    CampaignReports(
            CampaignRepository campaigns,
            SubmissionRepository submissions,
            Campaigns methodologist,
            CampaignAccess access,
            IndicatorFigures figures,
            Clock clock) {
        this.campaigns = campaigns;
        this.submissions = submissions;
        this.methodologist = methodologist;
        this.access = access;
        this.figures = figures;
        this.clock = clock;
    }

    /** The school's campaigns, newest first; for its director and curator only. */
    @Transactional(readOnly = true)
    public List<SchoolCampaign> forSchool(NastavnikPrincipal me, OrganisationId school) {
        if (!me.hasAnyIn(school, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
        List<UUID> areas = access.lineage(school).stream()
                .filter(a -> !a.equals(school))
                .map(OrganisationId::value)
                .toList();
        if (areas.isEmpty()) {
            return List.of();
        }
        return campaigns.ofAreas(areas).stream()
                .map(c -> {
                    var s = submissions.find(c.id().value(), school.value());
                    return new SchoolCampaign(
                            c.view(access.nameOf(c.area())),
                            s.map(Submission::status).orElse(SubmissionStatus.PENDING),
                            s.map(x -> x.view("").remindedAt()).orElse(null));
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public SchoolReport report(NastavnikPrincipal me, CampaignId id, OrganisationId school) {
        Campaign c = forReader(me, id, school);
        String name = access.nameOf(school);
        SubmissionView submission = submissions
                .find(id.value(), school.value())
                .orElseGet(() -> Submission.pending(id, school))
                .view(name);
        boolean own = access.isSchoolOf(me, school, c.area());
        return new SchoolReport(
                c.view(access.nameOf(c.area())),
                submission,
                own ? system(me, c, school) : Map.of(),
                own,
                !own && methodologist.read(me, id).follower());
    }

    /** A draft: typed figures are checked as on submitting (none negative, none above its base). */
    public void save(
            NastavnikPrincipal me,
            CampaignId id,
            OrganisationId school,
            Map<String, String> numerators,
            Map<String, String> bases,
            String comment) {
        Campaign c = forSchool(me, id, school);
        Map<Indicator, ManualFigure> typed = typed(c, numerators, bases);
        submission(id, school).save(c, typed, own(c, numerators, bases), comment);
    }

    public void submit(
            NastavnikPrincipal me,
            CampaignId id,
            OrganisationId school,
            Map<String, String> numerators,
            Map<String, String> bases,
            String comment) {
        Campaign c = forSchool(me, id, school);
        c.requireOpen();
        Map<Indicator, ManualFigure> typed = typed(c, numerators, bases);
        submission(id, school)
                .submit(
                        c,
                        system(me, c, school),
                        typed,
                        own(c, numerators, bases),
                        comment,
                        me.fullName(),
                        clock.instant());
    }

    private Submission submission(CampaignId id, OrganisationId school) {
        return submissions
                .find(id.value(), school.value())
                .orElseGet(() -> submissions.save(Submission.pending(id, school)));
    }

    private Map<Indicator, Figure> system(NastavnikPrincipal me, Campaign c, OrganisationId school) {
        IndicatorTable table = figures.of(me, school, c.view("").period());
        Map<Indicator, Figure> system = new LinkedHashMap<>();
        c.indicators().stream()
                .filter(Indicator::computed)
                .forEach(i -> system.put(i, table.total(new IndicatorLine(i, null, null, null))));
        return system;
    }

    /** The figures typed for the campaign's hand-filled indicators; every bad one named at once. */
    static Map<Indicator, ManualFigure> typed(Campaign c, Map<String, String> numerators, Map<String, String> bases) {
        Map<Indicator, ManualFigure> typed = new LinkedHashMap<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (Indicator indicator : c.indicators()) {
            if (indicator.computed()) {
                continue;
            }
            String n = text(numerators, indicator.name());
            String b = text(bases, indicator.name());
            if (n == null && b == null) {
                continue;
            }
            Object name = ManualFigure.name(indicator);
            try {
                typed.put(
                        indicator,
                        ManualFigure.of(
                                indicator, number(indicator.name(), name, n), number(indicator.name(), name, b)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        // the campaign's own figures are checked in the same pass, so that every bad figure is named at once
        try {
            own(c, numerators, bases);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return typed;
    }

    /** The campaign's own figures typed, by number, keyed in the form by their code ({@code OWN_1}). */
    static Map<Integer, ManualFigure> own(Campaign c, Map<String, String> numerators, Map<String, String> bases) {
        Map<Integer, ManualFigure> own = new LinkedHashMap<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (OwnFigure f : c.own()) {
            String n = text(numerators, f.code());
            String b = text(bases, f.code());
            if (n == null && b == null) {
                continue;
            }
            try {
                own.put(f.number(), ManualFigure.of(f, number(f.code(), f.title(), n), number(f.code(), f.title(), b)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return own;
    }

    private static String text(Map<String, String> values, String code) {
        String v = values == null ? null : values.get(code);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Long number(String field, Object name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "campaigns.figure.notNumber", name, text);
        }
    }

    /** Only the school's director or curator, and only for a school the campaign is addressed to. */
    private Campaign forSchool(NastavnikPrincipal me, CampaignId id, OrganisationId school) {
        Campaign c = campaigns.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!access.isSchoolOf(me, school, c.area())) {
            throw new NotFoundException();
        }
        return c;
    }

    private Campaign forReader(NastavnikPrincipal me, CampaignId id, OrganisationId school) {
        Campaign c = campaigns.findById(id.value()).orElseThrow(NotFoundException::new);
        if (access.isSchoolOf(me, school, c.area())) {
            return c;
        }
        Campaigns.Reading reading = methodologist.read(me, id);
        if (!access.isWithin(school, reading.campaign().area()) || !reading.shows(school)) {
            throw new NotFoundException();
        }
        return reading.campaign();
    }
}
