package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.roadmap.Milestone;

/**
 * A school's first roadmap when nothing above it publishes one: the seven stages of the mentorship roadmap
 * («Дорожная карта по реализации Положения о системе наставничества»), in the system's own wording, with the
 * deadlines schools commonly set — the local acts and banks in the autumn, the completion in May. The programmes
 * are due a month after the pairs' order, as the order itself says.
 */
@Component
class DefaultRoadmap {

    record Item(int stage, String content, Milestone milestone, MonthDay due) {

        LocalDate deadline(SchoolYear year) {
            int calendarYear =
                    due.getMonthValue() >= Month.SEPTEMBER.getValue() ? year.startYear() : year.startYear() + 1;
            return due.atYear(calendarYear);
        }
    }

    private record Line(int stage, String key, Milestone milestone, MonthDay due) {}

    private static final List<Line> LINES = List.of(
            new Line(1, "regulation", Milestone.REGULATION_APPROVED, MonthDay.of(9, 30)),
            new Line(1, "consents", Milestone.CONSENTS_RECEIVED, MonthDay.of(10, 15)),
            new Line(2, "needsSurvey", Milestone.NEEDS_SURVEY_CLOSED, MonthDay.of(10, 15)),
            new Line(2, "menteeBank", Milestone.MENTEE_BANK_FORMED, MonthDay.of(10, 31)),
            new Line(3, "mentorSurvey", Milestone.MENTOR_SURVEY_CLOSED, MonthDay.of(10, 15)),
            new Line(3, "mentorBank", Milestone.MENTOR_BANK_FORMED, MonthDay.of(10, 31)),
            new Line(4, "selection", Milestone.MENTORS_SELECTED, MonthDay.of(10, 31)),
            new Line(4, "course", Milestone.MENTOR_TRAINED, MonthDay.of(12, 20)),
            new Line(4, "sessions", Milestone.SESSION_HELD, MonthDay.of(11, 30)),
            new Line(5, "pairsOrder", Milestone.PAIRS_ASSIGNED, MonthDay.of(11, 15)),
            new Line(5, "programmes", Milestone.PROGRAMMES_APPROVED, MonthDay.of(12, 15)),
            new Line(5, "support", null, MonthDay.of(5, 31)),
            new Line(6, "monitoring", Milestone.SATISFACTION_SURVEY_CLOSED, MonthDay.of(5, 15)),
            new Line(6, "conference", Milestone.CONFERENCE_HELD, MonthDay.of(5, 20)),
            new Line(6, "roundTable", Milestone.ROUND_TABLE_HELD, MonthDay.of(5, 31)),
            new Line(7, "publishing", Milestone.PUBLISHED, MonthDay.of(6, 30)));

    private final MessageSource messages;

    DefaultRoadmap(MessageSource messages) {
        this.messages = messages;
    }

    List<Item> items() {
        return LINES.stream()
                .map(l -> new Item(
                        l.stage(),
                        messages.getMessage("roadmap.default." + l.key(), null, Locale.forLanguageTag("ru")),
                        l.milestone(),
                        l.due()))
                .toList();
    }
}
