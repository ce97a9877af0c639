package ru.nastavnik.programme.web;

import ru.nastavnik.programme.internal.PracticeDraft;

/**
 * A completed programme proposed as a best practice: prefilled from the programme, edited by her; refused, it is
 * shown again with her edits, never the prefilled draft in their place.
 */
class PracticeForm {

    private String title;
    private String summary;

    static PracticeForm of(PracticeDraft draft) {
        PracticeForm form = new PracticeForm();
        form.title = draft.title();
        form.summary = draft.summary();
        return form;
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
}
