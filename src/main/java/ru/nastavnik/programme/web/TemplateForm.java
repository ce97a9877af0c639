package ru.nastavnik.programme.web;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.ActivityTiming;
import ru.nastavnik.programme.internal.ProgrammeTemplateManagement.ActivityInput;
import ru.nastavnik.programme.internal.ProgrammeTemplateView;
import ru.nastavnik.programme.internal.StandardActivity;

/** A category's template on one page: the goal and the rows of standard activities, plus empty rows to add. */
class TemplateForm {

    /** Rows offered empty under the filled ones: adding an activity needs no script and no extra round trip. */
    static final int EMPTY_ROWS = 2;

    private String goal;
    private List<Row> activities = new ArrayList<>();
    /** The version of the template the form was filled from: saving it over a newer one is refused. */
    private Long version;

    static TemplateForm of(ProgrammeTemplateView template) {
        TemplateForm form = new TemplateForm();
        form.goal = template.goal();
        form.version = template.version();
        template.activities().forEach(a -> form.activities.add(Row.of(a)));
        return form.withEmptyRows();
    }

    TemplateForm withEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            activities.add(new Row());
        }
        return this;
    }

    /** The rows to keep: those not ticked for removal and not left empty. */
    List<ActivityInput> inputs() {
        return activities.stream()
                .filter(r -> !r.isRemove() && !r.empty())
                .map(Row::input)
                .toList();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public List<Row> getActivities() {
        return activities;
    }

    public void setActivities(List<Row> activities) {
        this.activities = activities;
    }

    public static class Row {

        private String title;
        private String form;
        private ActivityTiming timing = ActivityTiming.SPREAD;
        private String offsetDays;
        private ActivityRole responsible = ActivityRole.BOTH;
        private String expectedResult;
        private String evidence;
        private boolean remove;

        static Row of(StandardActivity a) {
            Row row = new Row();
            row.title = a.title();
            row.form = a.form();
            row.timing = a.timing();
            row.offsetDays = a.offsetDays() == null ? null : a.offsetDays().toString();
            row.responsible = a.responsible();
            row.expectedResult = a.expectedResult();
            row.evidence = a.evidence();
            return row;
        }

        boolean empty() {
            return blank(title) && blank(form) && blank(offsetDays) && blank(expectedResult) && blank(evidence);
        }

        ActivityInput input() {
            return new ActivityInput(title, form, timing, offset(), responsible, expectedResult, evidence);
        }

        /** Not a number is no offset: the template refuses it with the row's own message. */
        private Integer offset() {
            try {
                return blank(offsetDays) ? null : Integer.valueOf(offsetDays.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getForm() {
            return form;
        }

        public void setForm(String form) {
            this.form = form;
        }

        public ActivityTiming getTiming() {
            return timing;
        }

        public void setTiming(ActivityTiming timing) {
            this.timing = timing;
        }

        public String getOffsetDays() {
            return offsetDays;
        }

        public void setOffsetDays(String offsetDays) {
            this.offsetDays = offsetDays;
        }

        public ActivityRole getResponsible() {
            return responsible;
        }

        public void setResponsible(ActivityRole responsible) {
            this.responsible = responsible;
        }

        public String getExpectedResult() {
            return expectedResult;
        }

        public void setExpectedResult(String expectedResult) {
            this.expectedResult = expectedResult;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
