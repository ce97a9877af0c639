package ru.nastavnik.practices.web;

import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeView;

/** The sections of a practice as the contest «Наставничество» asks for them, on the version read. */
class PracticeForm {

    private String title;
    private String summary;
    private String problem;
    private String goals;
    private String content;
    private String results;
    private String materials;
    private Long version;

    static PracticeForm of(PracticeView practice) {
        PracticeForm form = new PracticeForm();
        PracticeDescription d = practice.description();
        form.title = d.title();
        form.summary = d.summary();
        form.problem = d.problem();
        form.goals = d.goals();
        form.content = d.content();
        form.results = d.results();
        form.materials = d.materials();
        form.version = practice.version();
        return form;
    }

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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
