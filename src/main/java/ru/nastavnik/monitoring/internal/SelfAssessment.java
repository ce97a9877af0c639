package ru.nastavnik.monitoring.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.web.Dates;

/**
 * A mentee's self-assessment on her own needs (stage 2 of the programme's monitoring, the 2021 recommendations'
 * "impact"): scored 1–5 at the programme's start, then once more near its end on exactly the same items. A deficit is
 * an item she started below {@link #THRESHOLD}; it is closed when her end score reaches it.
 */
@Entity
@Table(name = "monitoring_self_assessment")
class SelfAssessment extends OrganisationOwned {

    static final int SCALE = 5;
    /** «4 — уверенно»: below it at the start the item is a deficit. */
    static final int THRESHOLD = 4;

    static final int MAX_ITEMS = 30;

    @Id
    private UUID id;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_self_assessment_item", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    @Version
    private Long version;

    protected SelfAssessment() {}

    /** The start: one score for each of her items, in their order. */
    SelfAssessment(
            OrganisationId organisation,
            UUID programme,
            PersonId mentee,
            List<String> titles,
            List<Integer> scores,
            LocalDate today) {
        super(organisation);
        if (titles.isEmpty() || titles.size() > MAX_ITEMS) {
            throw InvalidInputException.of("items", "review.assessment.noItems");
        }
        checkScores(titles.size(), scores);
        this.id = UUID.randomUUID();
        this.programmeId = programme;
        this.personId = mentee.value();
        this.startedOn = today;
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i).strip();
            items.add(new Item(title.length() > 300 ? title.substring(0, 300) : title, scores.get(i)));
        }
    }

    /**
     * The day the end opens: a month before the programme's planned end. Scored on the first day, the end measures
     * nothing yet — and once given it counts as deficits closed in the curator's figures.
     */
    static LocalDate endOpensOn(LocalDate programmeEndsOn) {
        return programmeEndsOn.minusMonths(1);
    }

    /**
     * The end, on the same items, never before the start's day. While the programme is worked through it opens on
     * {@link #endOpensOn} and may be given again to correct it; once the programme is completed (early or not) it may
     * be given if it was not, and then stands: the programme's figures are taken from it.
     *
     * @param opensOn   {@link #endOpensOn} the programme's planned end
     * @param completed the programme is completed
     */
    void end(List<Integer> scores, LocalDate today, LocalDate opensOn, boolean completed) {
        if (completed && endedOn != null) {
            throw InvalidInputException.of("scores", "review.assessment.ended");
        }
        if (!completed && today.isBefore(opensOn)) {
            throw InvalidInputException.of("scores", "review.assessment.endNotYet", Dates.DATE.format(opensOn));
        }
        checkScores(items.size(), scores);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).endScore = scores.get(i);
        }
        endedOn = today.isBefore(startedOn) ? startedOn : today;
    }

    private static void checkScores(int expected, List<Integer> scores) {
        if (scores == null || scores.size() != expected) {
            throw InvalidInputException.of("scores", "review.assessment.scoresMissing");
        }
        for (int i = 0; i < scores.size(); i++) {
            Integer score = scores.get(i);
            if (score == null || score < 1 || score > SCALE) {
                throw InvalidInputException.of("scores", "review.assessment.scoreRange", i + 1, SCALE);
            }
        }
    }

    UUID id() {
        return id;
    }

    PersonId mentee() {
        return new PersonId(personId);
    }

    SelfAssessmentView view(String menteeName) {
        return new SelfAssessmentView(
                id,
                mentee(),
                menteeName,
                startedOn,
                endedOn,
                items.stream()
                        .map(i -> new SelfAssessmentView.ItemView(i.title, i.startScore, i.endScore))
                        .toList(),
                THRESHOLD);
    }

    @Embeddable
    static class Item {

        private String title;

        @Column(name = "start_score")
        private int startScore;

        @Column(name = "end_score")
        private Integer endScore;

        protected Item() {}

        Item(String title, int startScore) {
            this.title = title;
            this.startScore = startScore;
        }
    }
}
