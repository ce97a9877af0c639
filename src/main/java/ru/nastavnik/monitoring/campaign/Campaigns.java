package ru.nastavnik.monitoring.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The methodologist's side of the campaigns: open one (every school below gets its report, not begun), follow who
 * has submitted, return a report with a comment, close. Submitted figures are shown to her as submitted, not masked
 * by the small-number rule: they are the school's official report to her, as on the paper form the order asks for.
 */
@Service
@Transactional
public class Campaigns {

    private final CampaignRepository campaigns;
    private final SubmissionRepository submissions;
    private final CampaignAccess access;
    private final Clock clock;
    private final SchoolDates dates;
    private final ApplicationEventPublisher events;

    Campaigns(
            CampaignRepository campaigns,
            SubmissionRepository submissions,
            CampaignAccess access,
            Clock clock,
            SchoolDates dates,
            ApplicationEventPublisher events) {
        this.events = events;
        this.campaigns = campaigns;
        this.submissions = submissions;
        this.access = access;
        this.clock = clock;
        this.dates = dates;
    }

    /** Today in her own area (the first, when she has several): the new campaign's default year and order date. */
    @Transactional(readOnly = true)
    public LocalDate today(NastavnikPrincipal me) {
        return access.ownAreas(me).stream()
                .findFirst()
                .map(dates::today)
                .orElseGet(() -> LocalDate.now(clock.withZone(SchoolDates.DEFAULT_ZONE)));
    }

    public CampaignId open(NastavnikPrincipal me, OrganisationId area, CampaignDetails details) {
        access.requireMethodologistOf(me, area);
        Campaign campaign = campaigns.save(Campaign.open(area, details, me.fullName(), clock.instant()));
        submissions.saveAll(access.schoolsOf(area).stream()
                .map(s -> Submission.pending(campaign.id(), s.id()))
                .toList());
        return campaign.id();
    }

    /** The areas where she may open a campaign, with their names. */
    @Transactional(readOnly = true)
    public Map<OrganisationId, String> areas(NastavnikPrincipal me) {
        Map<OrganisationId, String> areas = new java.util.LinkedHashMap<>();
        access.ownAreas(me).forEach(a -> areas.put(a, access.nameOf(a)));
        return areas;
    }

    /**
     * Her area's campaigns and those of the areas below it, then those of the areas above it that ask her schools
     * (she follows them), newest first.
     */
    @Transactional(readOnly = true)
    public List<CampaignView> list(NastavnikPrincipal me) {
        List<UUID> areas = new java.util.ArrayList<>(access.readableAreas(me));
        areas.addAll(access.areasAbove(me));
        if (areas.isEmpty()) {
            return List.of();
        }
        return campaigns.ofAreas(areas).stream()
                .map(c -> c.view(access.nameOf(c.area())))
                .toList();
    }

    /** Of her campaigns, those she only follows (of an area above hers). */
    @Transactional(readOnly = true)
    public java.util.Set<CampaignId> followed(NastavnikPrincipal me) {
        List<UUID> above = access.areasAbove(me);
        return above.isEmpty()
                ? java.util.Set.of()
                : campaigns.ofAreas(above).stream().map(Campaign::id).collect(Collectors.toSet());
    }

    /** The campaigns of an area and the areas below it, for a methodologist of it or above. */
    @Transactional(readOnly = true)
    public List<CampaignView> listIn(NastavnikPrincipal me, OrganisationId area) {
        access.requireMethodologistOf(me, area);
        List<UUID> areas = new java.util.ArrayList<>(access.readableAreas(me).stream()
                .filter(a -> access.isWithinArea(new OrganisationId(a), area))
                .toList());
        if (access.ownAreas(me).contains(area)) {
            // the campaigns above that ask her schools, which she follows
            access.lineage(area).stream()
                    .skip(1)
                    .map(OrganisationId::value)
                    .filter(a -> access.areasAbove(me).contains(a))
                    .forEach(areas::add);
        }
        return campaigns.ofAreas(areas).stream()
                .map(c -> c.view(access.nameOf(c.area())))
                .toList();
    }

    @Transactional(readOnly = true)
    public CampaignView campaign(NastavnikPrincipal me, CampaignId id) {
        Campaign c = read(me, id).campaign();
        return c.view(access.nameOf(c.area()));
    }

    @Transactional(readOnly = true)
    public CampaignBoard board(NastavnikPrincipal me, CampaignId id) {
        Reading reading = read(me, id);
        Campaign c = reading.campaign();
        Map<OrganisationId, Submission> bySchool = submissions.ofCampaign(id.value()).stream()
                .collect(Collectors.toMap(Submission::school, Function.identity()));
        List<CampaignBoard.Row> rows = reading.schools().stream()
                .map(school -> {
                    Submission s = bySchool.get(school.id());
                    SubmissionView v = s == null ? null : s.view(school.name());
                    return v == null
                            ? new CampaignBoard.Row(school.id(), school.name(), SubmissionStatus.PENDING, null, null, 0)
                            : new CampaignBoard.Row(
                                    school.id(),
                                    school.name(),
                                    v.status(),
                                    v.submittedAt(),
                                    v.remindedAt(),
                                    v.reminders());
                })
                .toList();
        return new CampaignBoard(c.view(access.nameOf(c.area())), rows, reading.follower());
    }

    /** Every school's report in name order (a school that never began: an empty one), for the roll-up. */
    @Transactional(readOnly = true)
    public List<SubmissionView> reports(NastavnikPrincipal me, CampaignId id) {
        Reading reading = read(me, id);
        Map<OrganisationId, Submission> bySchool = submissions.ofCampaign(id.value()).stream()
                .collect(Collectors.toMap(Submission::school, Function.identity()));
        return reading.schools().stream()
                .map(school -> bySchool.getOrDefault(school.id(), Submission.pending(id, school.id()))
                        .view(school.name()))
                .toList();
    }

    /**
     * The municipality each reporting school belongs to, by school, for a region's roll-up (its column and
     * subtotals); empty for a municipality's campaign.
     */
    @Transactional(readOnly = true)
    public Map<OrganisationId, String> unitsOf(NastavnikPrincipal me, CampaignId id) {
        Reading reading = read(me, id);
        Map<OrganisationId, String> names = new java.util.HashMap<>();
        access.unitsBelow(reading.campaign().area())
                .forEach((school, unit) -> names.put(
                        school,
                        unit.shortName() != null && !unit.shortName().isBlank() ? unit.shortName() : unit.name()));
        return names;
    }

    public void giveBack(NastavnikPrincipal me, CampaignId id, OrganisationId school, String comment) {
        Campaign c = load(me, id);
        submissions
                .find(id.value(), school.value())
                .orElseThrow(NotFoundException::new)
                .giveBack(c, comment);
    }

    /**
     * Her own figures revised (see {@link OwnRevision}): {@code written} with each existing figure's number, 0 for a
     * new one; every refusal in Russian, nothing changed; each change audited. Values the schools typed stay with
     * their figure's number.
     */
    public void reviseOwn(NastavnikPrincipal me, CampaignId id, List<OwnFigure> written) {
        Campaign c = load(me, id);
        List<Submission> all = submissions.ofCampaign(id.value());
        Map<Integer, Long> answered = new java.util.HashMap<>();
        all.forEach(s -> s.answeredOwn().forEach(n -> answered.merge(n, 1L, Long::sum)));
        List<String> changes = c.revise(
                written, answered, all.stream().anyMatch(s -> s.view("").submittedAt() != null));
        if (!changes.isEmpty()) {
            events.publishEvent(new AuditEvent(
                    c.area(),
                    AuditAction.UPDATE,
                    "MonitoringCampaign",
                    id.value(),
                    "own figures: " + String.join("; ", changes)));
        }
    }

    public void close(NastavnikPrincipal me, CampaignId id) {
        load(me, id).close(clock.instant());
    }

    /** The campaign, if the caller is a methodologist of its area or above; else it does not exist for her. */
    Campaign load(NastavnikPrincipal me, CampaignId id) {
        List<UUID> areas = access.readableAreas(me);
        if (areas.isEmpty()) {
            throw new NotFoundException();
        }
        return campaigns.findIn(id.value(), areas).orElseThrow(NotFoundException::new);
    }

    /**
     * A campaign as its reader sees it: run by a methodologist of its area or above (every school), or followed by
     * one of an area below it (her own schools only); else it does not exist for her.
     */
    record Reading(Campaign campaign, boolean follower, List<OrganisationSummary> schools) {

        boolean shows(OrganisationId school) {
            return schools.stream().anyMatch(s -> s.id().equals(school));
        }
    }

    Reading read(NastavnikPrincipal me, CampaignId id) {
        List<UUID> areas = access.readableAreas(me);
        Optional<Campaign> run = areas.isEmpty() ? Optional.empty() : campaigns.findIn(id.value(), areas);
        if (run.isPresent()) {
            return new Reading(run.get(), false, access.schoolsOf(run.get().area()));
        }
        List<UUID> above = access.areasAbove(me);
        Campaign followed = (above.isEmpty() ? Optional.<Campaign>empty() : campaigns.findIn(id.value(), above))
                .orElseThrow(NotFoundException::new);
        return new Reading(
                followed,
                true,
                access.schoolsOf(followed.area()).stream()
                        .filter(s -> access.isInOwnArea(me, s.id()))
                        .toList());
    }

    /** The schools of the campaign, as the reminders address them. */
    List<OrganisationSummary> schoolsOf(Campaign campaign) {
        return access.schoolsOf(campaign.area());
    }
}
