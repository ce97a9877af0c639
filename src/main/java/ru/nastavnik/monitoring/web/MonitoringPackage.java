package ru.nastavnik.monitoring.web;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.campaign.CampaignReports;
import ru.nastavnik.monitoring.campaign.SchoolCampaign;
import ru.nastavnik.monitoring.campaign.SubmissionStatus;
import ru.nastavnik.monitoring.campaign.SubmissionView;
import ru.nastavnik.monitoring.internal.AnnualReports;
import ru.nastavnik.monitoring.internal.ProgrammeMonitoringResults;
import ru.nastavnik.monitoring.internal.Signatures;
import ru.nastavnik.monitoring.internal.SystemReviews;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.roadmap.PackageContribution;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The inspection package's monitoring reports (roadmap stage 6): for every school year the period touches, the annual
 * analytic report and — when the director or curator wrote it — the system-level review; and every report the school
 * submitted in a monitoring campaign during the period, as submitted (figures only: no person is named in them); and
 * the two-stage monitoring of the programmes worked through in the period, one document naming the school's own
 * people only ({@link ProgrammeMonitoringDocument}).
 */
@Component
class MonitoringPackage implements PackageContribution {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final AnnualReports reports;
    private final AnnualReportDocument annualReport;
    private final SystemReviews reviews;
    private final CampaignReports campaigns;
    private final SubmissionDocument submissionDocument;
    private final SchoolDates dates;
    private final ProgrammeMonitoringResults programmes;
    private final ProgrammeMonitoringDocument programmeDocument;
    private final Organisations organisations;
    private final MessageSource messages;

    MonitoringPackage(
            AnnualReports reports,
            AnnualReportDocument annualReport,
            SystemReviews reviews,
            CampaignReports campaigns,
            SubmissionDocument submissionDocument,
            SchoolDates dates,
            ProgrammeMonitoringResults programmes,
            ProgrammeMonitoringDocument programmeDocument,
            Organisations organisations,
            MessageSource messages) {
        this.messages = messages;
        this.programmes = programmes;
        this.programmeDocument = programmeDocument;
        this.organisations = organisations;
        this.reports = reports;
        this.annualReport = annualReport;
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.submissionDocument = submissionDocument;
        this.dates = dates;
    }

    @Override
    public String section() {
        return text("monitoring.package.section");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Part> parts(NastavnikPrincipal caller, OrganisationId school, LocalDate from, LocalDate to) {
        List<Part> parts = new ArrayList<>();
        LocalDate today = dates.today(school);
        for (int year = schoolYear(from); year <= schoolYear(to); year++) {
            int y = year;
            String label = y + "/" + (y + 1);
            // a slash would make a folder of the file name
            String fileYear = y + "-" + (y + 1);
            parts.add(new Part(
                    text("monitoring.package.annualReport", label),
                    null,
                    today,
                    text("monitoring.package.annualReport.file", fileYear),
                    out -> out.write(annualReport
                            .docx(caller, school, reports.year(school, y))
                            .docx())));
            if (reviews.written(caller, school, y)) {
                parts.add(new Part(
                        text("monitoring.package.systemReview", label),
                        null,
                        today,
                        text("monitoring.package.systemReview.file", fileYear),
                        out -> out.write(reviews.docx(caller, school, y))));
            }
        }
        // one document for the period, as the director signs it: every programme worked through in it, both stages
        List<ProgrammeMonitoringResults.Programme> worked = programmes.of(caller, school, from, to);
        if (!worked.isEmpty()) {
            String name =
                    organisations.find(school).map(OrganisationSummary::name).orElse("");
            parts.add(new Part(
                    text("monitoring.package.programmes", Dates.DATE.format(from), Dates.DATE.format(to)),
                    null,
                    today,
                    text("monitoring.package.programmes.file"),
                    out -> out.write(programmeDocument.docx(
                            name,
                            Signatures.of(organisations, school, text("monitoring.programmes.head-position")),
                            from,
                            to,
                            worked))));
        }
        for (SchoolCampaign campaign : campaigns.forSchool(caller, school)) {
            if (campaign.status() != SubmissionStatus.SUBMITTED) {
                continue;
            }
            SubmissionView submission =
                    campaigns.report(caller, campaign.campaign().id(), school).submission();
            LocalDate on = submission.submittedAt() == null
                    ? null
                    : LocalDate.ofInstant(submission.submittedAt(), Dates.DEFAULT_ZONE);
            if (on == null || on.isBefore(from) || on.isAfter(to)) {
                continue;
            }
            // the number and date in the index are the report's own; the campaign's order is named in its title
            parts.add(new Part(
                    text(
                            "monitoring.package.submission",
                            campaign.campaign().title(),
                            submissionDocument.order(campaign.campaign())),
                    null,
                    on,
                    text(
                            "monitoring.package.submission.file",
                            campaign.campaign().title()),
                    out -> out.write(submissionDocument.docx(
                            campaigns.report(caller, campaign.campaign().id(), school)))));
        }
        return parts;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    /** The school year (September to August) a day belongs to, by the year it starts in. */
    private static int schoolYear(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    }
}
