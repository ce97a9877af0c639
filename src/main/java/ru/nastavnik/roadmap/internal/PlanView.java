package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.EvidenceKind;
import ru.nastavnik.roadmap.Milestone;
import ru.nastavnik.shared.OrganisationId;

/**
 * A roadmap for one school year as its reader sees it: the stages' activities with derived statuses, what to do
 * next (overdue first, then by deadline), and the years kept. {@code editable}: the caller runs the organisation.
 * {@code prospective}: no one at the school has opened this year's roadmap yet; the plan is the one it will start
 * from (not stored, so with no {@code id}), its statuses read from what the school has done.
 */
public record PlanView(
        UUID id,
        OrganisationId organisation,
        SchoolYear year,
        boolean template,
        boolean editable,
        boolean prospective,
        long version,
        List<StageView> stages,
        List<ActivityView> next,
        List<SchoolYear> years) {

    public PlanView {
        stages = List.copyOf(stages);
        next = List.copyOf(next);
        years = List.copyOf(years);
    }

    public record StageView(int number, String titleKey, List<ActivityView> activities) {

        public StageView {
            activities = List.copyOf(activities);
        }

        public long done() {
            return activities.stream().filter(a -> a.status().finished()).count();
        }

        public long overdue() {
            return activities.stream()
                    .filter(a -> a.status() == ActivityStatus.OVERDUE)
                    .count();
        }
    }

    /**
     * {@code responsibleName} is null when the reader may not see the school's staff (a methodologist reads the plan,
     * not the people): {@code responsible} then only says someone is named.
     */
    public record ActivityView(
            UUID id,
            int stage,
            String content,
            Milestone milestone,
            LocalDate deadline,
            PersonId responsible,
            String responsibleName,
            ActivityStatus status,
            boolean manual,
            String comment,
            String commentBy,
            List<EvidenceView> evidence,
            long version) {

        public ActivityView {
            evidence = List.copyOf(evidence);
        }
    }

    /** One kind of evidence: an order (its number), a questionnaire or event (a link), or a count of people. */
    public record EvidenceView(EvidenceKind kind, String label, String href, int count, LocalDate date) {}
}
