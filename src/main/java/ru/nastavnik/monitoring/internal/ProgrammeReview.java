package ru.nastavnik.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * The curator's side of a programme's process-quality monitoring: her questionnaire on the programme (three scores of
 * 1–5 and her conclusions) and her SWOT worksheet. Either may be saved again; each keeps the day it was last saved.
 */
@Entity
@Table(name = "monitoring_programme_review")
class ProgrammeReview extends OrganisationOwned {

    static final int MAX_TEXT = 4000;

    @Id
    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "plan_followed")
    private Integer planFollowed;

    @Column(name = "pair_interaction")
    private Integer pairInteraction;

    @Column(name = "support_sufficient")
    private Integer supportSufficient;

    private String conclusions;
    private String strengths;
    private String weaknesses;
    private String opportunities;
    private String threats;

    @Column(name = "questionnaire_on")
    private LocalDate questionnaireOn;

    @Column(name = "swot_on")
    private LocalDate swotOn;

    @Version
    private Long version;

    protected ProgrammeReview() {}

    ProgrammeReview(OrganisationId organisation, UUID programme) {
        super(organisation);
        this.programmeId = programme;
    }

    void answer(CuratorAnswers answers, LocalDate today) {
        score("planFollowed", answers.planFollowed());
        score("pairInteraction", answers.pairInteraction());
        score("supportSufficient", answers.supportSufficient());
        String text = text("conclusions", answers.conclusions());
        planFollowed = answers.planFollowed();
        pairInteraction = answers.pairInteraction();
        supportSufficient = answers.supportSufficient();
        conclusions = text;
        questionnaireOn = today;
    }

    void fill(Swot swot, LocalDate today) {
        String s = text("strengths", swot.strengths());
        String w = text("weaknesses", swot.weaknesses());
        String o = text("opportunities", swot.opportunities());
        String t = text("threats", swot.threats());
        if (s == null && w == null && o == null && t == null) {
            throw InvalidInputException.of("strengths", "review.swot.empty");
        }
        strengths = s;
        weaknesses = w;
        opportunities = o;
        threats = t;
        swotOn = today;
    }

    private static void score(String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            throw InvalidInputException.of(field, "review.curator.score.invalid");
        }
    }

    private static String text(String field, String value) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "review.text.tooLong", MAX_TEXT);
        }
        return text;
    }

    CuratorAnswers answers() {
        return questionnaireOn == null
                ? null
                : new CuratorAnswers(planFollowed, pairInteraction, supportSufficient, conclusions);
    }

    Swot swot() {
        return swotOn == null ? null : new Swot(strengths, weaknesses, opportunities, threats);
    }

    LocalDate questionnaireOn() {
        return questionnaireOn;
    }

    LocalDate swotOn() {
        return swotOn;
    }
}
