package ru.nastavnik.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's yearly system-level review of its mentorship, for its director and curator: by component, the year's
 * figures from the indicator catalogue prefilled, and the curator's text; saved, and printed as DOCX from the
 * school's editable template. Figures only — no person is named.
 */
@Service
@Transactional
public class SystemReviews {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final IndicatorFigures figures;
    private final SystemReviewRepository reviews;
    private final Organisations organisations;
    private final DocumentTemplates templates;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    SystemReviews(
            IndicatorFigures figures,
            SystemReviewRepository reviews,
            Organisations organisations,
            DocumentTemplates templates,
            MessageSource messages,
            ApplicationEventPublisher events,
            SchoolDates dates) {
        this.figures = figures;
        this.reviews = reviews;
        this.organisations = organisations;
        this.templates = templates;
        this.messages = messages;
        this.events = events;
        this.dates = dates;
    }

    /** The school year starting in September of {@code year}; none given: the current one. */
    @Transactional(readOnly = true)
    public SystemReviewView view(NastavnikPrincipal caller, OrganisationId school, Integer year) {
        check(caller, school);
        IndicatorPeriod period = period(school, year);
        IndicatorTable table = figures.of(caller, school, period);
        SystemReview review = reviews.findByOrganisationIdAndYearFrom(school.value(), period.from())
                .orElse(null);
        Map<ReviewComponent, String> texts = review == null ? Map.of() : review.texts();
        List<SystemReviewView.Component> components = new ArrayList<>();
        for (ReviewComponent c : ReviewComponent.values()) {
            components.add(new SystemReviewView.Component(
                    c,
                    c.indicators().stream()
                            .map(i -> new SystemReviewView.Line(
                                    i, shown(i, table.total().getOrDefault(i.name(), Figure.ZERO))))
                            .toList(),
                    texts.get(c)));
        }
        return new SystemReviewView(
                school, table.name(), period, components, review == null ? null : review.updatedOn());
    }

    public void save(
            NastavnikPrincipal caller, OrganisationId school, Integer year, Map<ReviewComponent, String> texts) {
        check(caller, school);
        IndicatorPeriod period = period(school, year);
        SystemReview review = reviews.findByOrganisationIdAndYearFrom(school.value(), period.from())
                .orElseGet(() -> new SystemReview(school, period.from()));
        review.write(texts, dates.today(school));
        reviews.save(review);
        events.publishEvent(new AuditEvent(
                school,
                AuditAction.UPDATE,
                "SystemReview",
                school.value(),
                "анализ системы наставничества за учебный год"));
    }

    /** «2 ед.», «19 чел.», «0,0 дн.», «40,0 %»: the director reads each figure with its unit, as in the annual report. */
    private String unit(Indicator indicator) {
        return indicator.unit() == Indicator.Unit.PERCENT ? "%" : messages.getMessage(indicator.unitKey(), null, RU);
    }

    /** Whether the review of the school year starting in September of {@code year} was written and saved. */
    @Transactional(readOnly = true)
    public boolean written(NastavnikPrincipal caller, OrganisationId school, int year) {
        check(caller, school);
        return reviews.findByOrganisationIdAndYearFrom(
                        school.value(), period(school, year).from())
                .isPresent();
    }

    /** The review as the school's template prints it. */
    @Transactional(readOnly = true)
    public byte[] docx(NastavnikPrincipal caller, OrganisationId school, Integer year) {
        SystemReviewView view = view(caller, school, year);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", Map.of("name", view.name()));
        model.put("year", view.schoolYear());
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> text = new LinkedHashMap<>();
        for (SystemReviewView.Component c : view.components()) {
            String component = messages.getMessage(c.component().messageKey(), null, RU);
            for (SystemReviewView.Line line : c.lines()) {
                rows.add(Map.of(
                        "component",
                        component,
                        "name",
                        messages.getMessage(line.indicator().nameKey(), null, RU),
                        "value",
                        line.value() == null ? "—" : line.value() + " " + unit(line.indicator())));
            }
            text.put(c.component().field(), c.text() == null ? "" : c.text());
        }
        model.put("figures", rows);
        model.put("text", text);
        // the curator dates what she signs, by the school's calendar, not the server's (UTC)
        model.put(
                "date",
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(dates.today(school)));
        // signed by the curator, named as in the annual report
        model.put("curator", CuratorSignature.of(organisations, school));
        events.publishEvent(new AuditEvent(
                school,
                AuditAction.GENERATE,
                "SystemReview",
                school.value(),
                "сформирован анализ системы наставничества"));
        return DocxTemplates.render(
                new java.io.ByteArrayInputStream(templates.current(school, SystemReviewTemplate.KIND)), model);
    }

    private static String shown(Indicator indicator, Figure figure) {
        BigDecimal value = indicator.computed() ? figure.value(indicator.unit()) : null;
        return value == null ? null : value.toPlainString().replace('.', ',');
    }

    /** A school's own director and curator; anybody else, and any area, does not find it (404). */
    private void check(NastavnikPrincipal caller, OrganisationId school) {
        if (organisations.kindOf(school).orElseThrow(NotFoundException::new) != OrganisationKind.ORGANISATION
                || !caller.hasAnyIn(school, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
    }

    private IndicatorPeriod period(OrganisationId school, Integer year) {
        LocalDate today = dates.today(school);
        return year == null
                ? IndicatorPeriod.of(null, null, today)
                : IndicatorPeriod.of(
                        LocalDate.of(Math.max(2000, Math.min(year, 2100)), Month.SEPTEMBER, 1), null, today);
    }
}
