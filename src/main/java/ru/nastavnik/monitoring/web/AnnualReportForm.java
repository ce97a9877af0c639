package ru.nastavnik.monitoring.web;

import ru.nastavnik.monitoring.internal.AnnualReportNotes;

/** The curator's sections of the annual report as typed (kept as typed when they are refused). */
class AnnualReportForm {

    private String problems;
    private String tasks;
    private String freeText;

    static AnnualReportForm of(AnnualReportNotes notes) {
        AnnualReportForm form = new AnnualReportForm();
        form.problems = notes.problems();
        form.tasks = notes.tasks();
        form.freeText = notes.freeText();
        return form;
    }

    AnnualReportNotes notes() {
        return new AnnualReportNotes(problems, tasks, freeText);
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getFreeText() {
        return freeText;
    }

    public void setFreeText(String freeText) {
        this.freeText = freeText;
    }
}
