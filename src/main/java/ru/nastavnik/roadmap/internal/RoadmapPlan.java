package ru.nastavnik.roadmap.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.SchoolTerm;

/**
 * An organisation's roadmap for one school year: the seven stages' activities. A municipality's or region's plan
 * marked as a template is where its schools' first roadmaps start from.
 */
@Entity
@Table(name = "roadmap_plan")
class RoadmapPlan extends OrganisationOwned {

    static final int MAX_ACTIVITIES = 200;

    @Id
    private UUID id;

    @Column(name = "school_year")
    private int schoolYear;

    private boolean template;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private Long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stage, position")
    private List<PlanActivity> activities = new ArrayList<>();

    protected RoadmapPlan() {}

    /**
     * A plan that is not stored: the one a school would get on its first view of the year, read by a methodologist
     * above it before anyone at the school has opened the roadmap ({@link ProspectivePlans}).
     */
    RoadmapPlan(ru.nastavnik.shared.OrganisationId owner, SchoolYear year) {
        super(owner);
        this.id = UUID.randomUUID();
        this.schoolYear = year.startYear();
    }

    UUID id() {
        return id;
    }

    SchoolYear year() {
        return new SchoolYear(schoolYear);
    }

    boolean template() {
        return template;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** Filled as a school's first plan of a year: from last year's plan, a template above it, or the defaults. */
    void start(
            Optional<RoadmapPlan> last,
            Optional<RoadmapPlan> template,
            List<DefaultRoadmap.Item> defaults,
            LocalDate today,
            SchoolTerm term) {
        if (last.isPresent()) {
            fillFrom(last.get().activities(), true);
        } else if (template.isPresent()) {
            fillFrom(template.get().activities(), false);
        } else {
            fillWith(defaults, today, term);
        }
    }

    List<PlanActivity> activities() {
        return List.copyOf(activities);
    }

    Optional<PlanActivity> activity(UUID activity) {
        return activities.stream().filter(a -> a.id().equals(activity)).findFirst();
    }

    /** A new activity at the end of its stage. */
    PlanActivity add(int stage, String content, LocalDate deadline, PersonId responsible) {
        if (activities.size() >= MAX_ACTIVITIES) {
            throw InvalidInputException.of("content", "roadmap.activity.tooMany", MAX_ACTIVITIES);
        }
        int position = activities.stream()
                        .filter(a -> a.stage() == stage)
                        .mapToInt(PlanActivity::position)
                        .max()
                        .orElse(0)
                + 1;
        PlanActivity added = new PlanActivity(this, stage, position, content, null, deadline, responsible);
        activities.add(added);
        return added;
    }

    /** The activities of another plan, as they stood (the deadlines moved to this school year). */
    void fillFrom(List<PlanActivity> source, boolean keepResponsible) {
        source.stream()
                .sorted(Comparator.comparingInt(PlanActivity::stage).thenComparingInt(PlanActivity::position))
                .forEach(a -> activities.add(a.copyInto(this, keepResponsible)));
    }

    /** The default activities, dated for a plan made on {@code today} ({@link LateStart}). */
    void fillWith(List<DefaultRoadmap.Item> items, LocalDate today, SchoolTerm term) {
        int[] positions = new int[8];
        List<LocalDate> deadlines = LateStart.deadlines(items, year(), today, term);
        for (int i = 0; i < items.size(); i++) {
            DefaultRoadmap.Item item = items.get(i);
            activities.add(new PlanActivity(
                    this,
                    item.stage(),
                    ++positions[item.stage()],
                    item.content(),
                    item.milestone(),
                    deadlines.get(i),
                    null));
        }
    }

    void remove(UUID activity) {
        activities.removeIf(a -> a.id().equals(activity));
    }

    void publishAsTemplate(boolean published) {
        this.template = published;
    }
}
