package ru.nastavnik.programme.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** An organisation's own template for one mentee category; without one, the shipped defaults apply. */
@Entity
@Table(name = "programme_template")
class CategoryTemplate extends OrganisationOwned {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private MenteeCategory category;

    private String goal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_template_activity", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplateActivity> activities = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    protected CategoryTemplate() {}

    CategoryTemplate(OrganisationId organisation, MenteeCategory category) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.category = category;
    }

    /**
     * The version an editor reads of a category's template: 0 while the school has never edited it, then its
     * row's version + 1 (a reset keeps the row, so the count goes on and an old read never matches again).
     */
    static long versionOf(Optional<CategoryTemplate> template) {
        return template.map(t -> (t.version == null ? 0 : t.version) + 1).orElse(0L);
    }

    /** Edited by the school (a reset row holds no goal: the shipped template applies). */
    boolean edited() {
        return goal != null;
    }

    /** Back to the shipped template, the row kept for its version. */
    void reset(Instant now) {
        this.goal = null;
        this.activities.clear();
        this.updatedAt = now;
    }

    void replace(String goal, List<StandardActivity> activities, Instant now) {
        this.goal = goal;
        this.activities.clear();
        activities.stream().map(TemplateActivity::new).forEach(this.activities::add);
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    ProgrammeTemplateView view() {
        return new ProgrammeTemplateView(
                category,
                goal,
                activities.stream().map(TemplateActivity::standard).toList(),
                true,
                versionOf(Optional.of(this)));
    }
}
