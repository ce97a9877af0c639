package ru.nastavnik.monitoring.internal;

import java.util.List;

/**
 * The components of the yearly system-level review (the 2021 recommendations' monitoring of the mentorship system),
 * each with the catalogue's indicators that speak to it, prefilled beside the curator's text. Each indicator belongs to
 * one component: the best practices accepted into the libraries of the school, the municipality and the region are
 * the exchange of experience beyond the pair — the inner and outer contour, beside contests, open lessons and
 * publications — not the methodical support the school gives its own mentors (events, training).
 */
public enum ReviewComponent {
    ORGANISATION_MANAGEMENT(List.of(
            Indicator.PAIRS,
            Indicator.GROUPS,
            Indicator.PROGRAMMES_APPROVED,
            Indicator.PROGRAMMES_ON_TIME,
            Indicator.PROGRAMMES_EARLY,
            Indicator.PROGRAMMES_TERMINATED,
            Indicator.MENTEES_WAITING,
            Indicator.WAITING_DAYS)),
    NORMATIVE_BASE(List.of(Indicator.MENTORS_PAID)),
    METHODICAL_SUPPORT(List.of(
            Indicator.EVENTS_HELD, Indicator.EVENT_PARTICIPANTS, Indicator.MENTORS_TRAINED, Indicator.TRAINING_HOURS)),
    STAFF(List.of(
            Indicator.MENTORS,
            Indicator.MENTORS_SHARE,
            Indicator.MENTOR_LOAD,
            Indicator.YOUNG_WITH_MENTOR,
            Indicator.STAFF_INVOLVED,
            Indicator.QUALIFICATION,
            Indicator.QUALIFICATION_EARNED,
            Indicator.DEFICITS_CLOSED)),
    CONTOUR(List.of(
            Indicator.CONTESTS,
            Indicator.CONTESTS_WON,
            Indicator.OPEN_LESSONS,
            Indicator.PUBLICATIONS,
            Indicator.PRACTICES,
            Indicator.NEWS_PUBLISHED)),
    SATISFACTION(List.of(Indicator.SATISFACTION));

    private final List<Indicator> indicators;

    ReviewComponent(List<Indicator> indicators) {
        this.indicators = indicators;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public String messageKey() {
        return "review.component." + name();
    }

    /** The form field and the document's placeholder of the curator's text. */
    public String field() {
        return switch (this) {
            case ORGANISATION_MANAGEMENT -> "organisationManagement";
            case NORMATIVE_BASE -> "normativeBase";
            case METHODICAL_SUPPORT -> "methodicalSupport";
            case STAFF -> "staff";
            case CONTOUR -> "contour";
            case SATISFACTION -> "satisfaction";
        };
    }
}
