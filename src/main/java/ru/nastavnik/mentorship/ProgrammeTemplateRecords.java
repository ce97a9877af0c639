package ru.nastavnik.mentorship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.shared.OrganisationId;

/** An organisation's own template for one mentee category; without one, the shipped defaults apply. */
@Entity
@Table(name = "programme_template")
class CategoryTemplate {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
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

    protected CategoryTemplate() {
    }

    CategoryTemplate(OrganisationId organisation, MenteeCategory category) {
        this.id = UUID.randomUUID();
        this.organisationId = organisation.value();
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
        return new ProgrammeTemplateView(category, goal, activities.stream().map(TemplateActivity::standard).toList(), true,
                versionOf(Optional.of(this)));
    }
}

@Embeddable
class TemplateActivity {

    private String title;
    private String form;
    @Enumerated(EnumType.STRING)
    private ActivityTiming timing;
    @Column(name = "offset_days")
    private Integer offsetDays;
    @Enumerated(EnumType.STRING)
    private ActivityRole responsible;
    @Column(name = "expected_result")
    private String expectedResult;
    private String evidence;

    protected TemplateActivity() {
    }

    TemplateActivity(StandardActivity a) {
        this.title = a.title();
        this.form = a.form();
        this.timing = a.timing();
        this.offsetDays = a.offsetDays();
        this.responsible = a.responsible();
        this.expectedResult = a.expectedResult();
        this.evidence = a.evidence();
    }

    StandardActivity standard() {
        return new StandardActivity(title, form, timing, offsetDays, responsible, expectedResult, evidence);
    }
}

/**
 * An organisation's own suggestion for one need; a row without a title means "no suggestion, a general activity"
 * (so that a school can drop a shipped suggestion), no row means the shipped one.
 */
@Entity
@Table(name = "programme_need_template")
class NeedTemplate {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "need_code")
    private String needCode;
    private String title;
    private String form;
    @Column(name = "expected_result")
    private String expectedResult;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NeedTemplate() {
    }

    NeedTemplate(OrganisationId organisation, String needCode, SuggestedActivity suggestion, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisation.value();
        this.needCode = needCode;
        this.title = suggestion == null ? null : suggestion.title();
        this.form = suggestion == null ? null : suggestion.form();
        this.expectedResult = suggestion == null ? null : suggestion.expectedResult();
        this.updatedAt = now;
    }

    String needCode() {
        return needCode;
    }

    SuggestedActivity suggestion() {
        return title == null ? null : new SuggestedActivity(title, form, expectedResult);
    }
}

/**
 * The version of an organisation's need suggestions as one whole (they are edited together on one page); no row
 * while the organisation never saved them.
 */
@Entity
@Table(name = "programme_need_template_set")
class NeedTemplateSet {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private Long version;

    protected NeedTemplateSet() {
    }

    NeedTemplateSet(OrganisationId organisation) {
        this.organisationId = organisation.value();
    }

    /** 0 while never saved, then the row's version + 1. */
    static long versionOf(Optional<NeedTemplateSet> set) {
        return set.map(s -> (s.version == null ? 0 : s.version) + 1).orElse(0L);
    }

    /** The suggestions were saved or reset: a new version of them all. */
    void changed(Instant now) {
        this.updatedAt = now;
    }
}

interface NeedTemplateSetRepository extends JpaRepository<NeedTemplateSet, UUID> {
}

interface CategoryTemplateRepository extends JpaRepository<CategoryTemplate, UUID> {

    @Query("select t from CategoryTemplate t where t.organisationId = ?1 and t.category = ?2")
    Optional<CategoryTemplate> find(UUID organisation, MenteeCategory category);
}

interface NeedTemplateRepository extends JpaRepository<NeedTemplate, UUID> {

    @Query("select n from NeedTemplate n where n.organisationId = ?1")
    List<NeedTemplate> of(UUID organisation);

    @Modifying(flushAutomatically = true)
    @Query("delete from NeedTemplate n where n.organisationId = ?1")
    int deleteOf(UUID organisation);
}
