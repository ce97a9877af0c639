package ru.nastavnik.programme.web;

import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.programme.internal.PracticeDraft;

/**
 * A completed programme proposed as a best practice: its title, summary and the contest's sections prefilled from the
 * programme, edited by her; refused, it is shown again with her edits, never the prefilled draft in their place.
 */
class PracticeForm {

    private String title;
    private String summary;
    private String problem;
    private String goals;
    private String content;
    private String results;
    private String materials;

    static PracticeForm of(PracticeDraft draft) {
        PracticeForm form = new PracticeForm();
        form.title = draft.title();
        form.summary = draft.summary();
        form.problem = draft.problem();
        form.goals = draft.goals();
        form.content = draft.content();
        form.results = draft.results();
        form.materials = draft.materials();
        return form;
    }

    /** Refuses (the fields named) what the library would not take. */
    PracticeDescription description() {
        return new PracticeDescription(title, summary, problem, goals, content, results, materials);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }
}
