package ru.nastavnik.monitoring.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * A school's report in a campaign. The school saves the figures only it knows and its comment, then submits: the
 * system's figures for the campaign's period are fixed at that moment beside the typed ones. Once submitted it is the
 * school's official report and cannot change, unless the methodologist returns it with a comment.
 */
@Entity
@Table(name = "monitoring_campaign_submission")
class Submission extends OrganisationOwned {

    static final int COMMENT_MAX = 4000;

    @Id
    private UUID id;

    @Column(name = "campaign_id")
    private UUID campaignId;

    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;

    private String figures;
    private String manual;

    @Column(name = "own_typed")
    private String ownTyped;

    @Column(name = "own_submitted")
    private String ownSubmitted;

    private String comment;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    private int reminders;

    @Version
    private long version;

    protected Submission() {}

    private Submission(OrganisationId school) {
        super(school);
    }

    static Submission pending(CampaignId campaign, OrganisationId school) {
        Submission s = new Submission(school);
        s.id = UUID.randomUUID();
        s.campaignId = campaign.value();
        s.status = SubmissionStatus.PENDING;
        return s;
    }

    /** A draft: what the school typed so far, checked as it will be on submitting. */
    void save(Campaign campaign, Map<Indicator, ManualFigure> typed, String comment) {
        save(campaign, typed, Map.of(), comment);
    }

    /** A draft with the campaign's own figures typed so far, by their number. */
    void save(Campaign campaign, Map<Indicator, ManualFigure> typed, Map<Integer, ManualFigure> own, String comment) {
        requireEditable(campaign);
        this.manual = SubmittedFigures.writeManual(typed);
        this.ownTyped = SubmittedFigures.writeOwn(own);
        this.comment = comment(comment);
        if (status == SubmissionStatus.PENDING) {
            status = SubmissionStatus.DRAFT;
        }
    }

    /**
     * The official report: every figure the system cannot know must be typed; the system's figures are those given
     * (computed for the campaign's period at this moment).
     */
    void submit(
            Campaign campaign,
            Map<Indicator, Figure> system,
            Map<Indicator, ManualFigure> typed,
            String comment,
            String by,
            Instant now) {
        submit(campaign, system, typed, Map.of(), comment, by, now);
    }

    /** As above, with the campaign's own figures, each of which must be typed too. */
    void submit(
            Campaign campaign,
            Map<Indicator, Figure> system,
            Map<Indicator, ManualFigure> typed,
            Map<Integer, ManualFigure> own,
            String comment,
            String by,
            Instant now) {
        requireEditable(campaign);
        List<InvalidInputException.Problem> missing = new ArrayList<>();
        List<SubmittedFigure> report = new ArrayList<>();
        for (Indicator indicator : campaign.indicators()) {
            if (indicator.computed()) {
                Figure f = system.getOrDefault(indicator, Figure.ZERO);
                report.add(new SubmittedFigure(indicator, f.numerator(), f.base(), false));
            } else if (typed.containsKey(indicator)) {
                ManualFigure f = typed.get(indicator);
                report.add(new SubmittedFigure(indicator, f.numerator(), f.base(), true));
            } else {
                missing.add(InvalidInputException.Problem.field(
                        indicator.name(), "campaigns.figure.required", ManualFigure.name(indicator)));
            }
        }
        Map<Integer, ManualFigure> ownReport = new java.util.LinkedHashMap<>();
        for (OwnFigure f : campaign.own()) {
            if (own.containsKey(f.number())) {
                ownReport.put(f.number(), own.get(f.number()));
            } else {
                missing.add(InvalidInputException.Problem.field(f.code(), "campaigns.figure.required", f.title()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        this.manual = SubmittedFigures.writeManual(typed);
        this.ownTyped = SubmittedFigures.writeOwn(own);
        this.ownSubmitted = SubmittedFigures.writeOwn(ownReport);
        this.comment = comment(comment);
        this.figures = SubmittedFigures.write(report);
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by;
        this.returnComment = null;
    }

    /** The numbers of the campaign's own figures the school has typed a value of, in a draft or a report. */
    java.util.Set<Integer> answeredOwn() {
        java.util.Set<Integer> numbers =
                new java.util.HashSet<>(SubmittedFigures.readOwn(ownTyped).keySet());
        numbers.addAll(SubmittedFigures.readOwn(ownSubmitted).keySet());
        return numbers;
    }

    /** Back to the school with what to correct; only a submitted report, only while the campaign is open. */
    void giveBack(Campaign campaign, String why) {
        campaign.requireOpen();
        if (status != SubmissionStatus.SUBMITTED) {
            throw InvalidInputException.of("status", "campaigns.return.notSubmitted");
        }
        if (why == null || why.isBlank()) {
            throw InvalidInputException.of("comment", "campaigns.return.commentRequired");
        }
        if (why.strip().length() > 2000) {
            throw InvalidInputException.of("comment", "campaigns.comment.tooLong", 2000);
        }
        returnComment = why.strip();
        status = SubmissionStatus.RETURNED;
    }

    /** Reminded only while the report is still due; false: it was submitted, nothing to remind of. */
    boolean remind(Campaign campaign, Instant now) {
        campaign.requireOpen();
        if (status == SubmissionStatus.SUBMITTED) {
            return false;
        }
        remindedAt = now;
        reminders++;
        return true;
    }

    private void requireEditable(Campaign campaign) {
        campaign.requireOpen();
        if (!status.editable()) {
            throw InvalidInputException.of("status", "campaigns.submission.alreadySubmitted");
        }
    }

    private static String comment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > COMMENT_MAX) {
            throw InvalidInputException.of("comment", "campaigns.comment.tooLong", COMMENT_MAX);
        }
        return text.strip();
    }

    /** The reporting school: the submission's owner. */
    OrganisationId school() {
        return organisation();
    }

    SubmissionStatus status() {
        return status;
    }

    Map<Indicator, ManualFigure> typed() {
        return SubmittedFigures.readManual(manual);
    }

    SubmissionView view(String schoolName) {
        return new SubmissionView(
                new CampaignId(campaignId),
                school(),
                schoolName,
                status,
                SubmittedFigures.read(figures),
                typed(),
                SubmittedFigures.readOwn(ownSubmitted),
                SubmittedFigures.readOwn(ownTyped),
                comment,
                returnComment,
                submittedAt,
                submittedBy,
                remindedAt,
                reminders);
    }
}
