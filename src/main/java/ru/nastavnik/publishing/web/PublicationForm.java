package ru.nastavnik.publishing.web;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationView;

/** The news form: title, text (HTML) and the people it names, chosen from the school's staff. */
class PublicationForm {

    private String title;
    private String body;
    private List<String> people = new ArrayList<>();
    private Long version;

    static PublicationForm of(PublicationView view) {
        PublicationForm form = new PublicationForm();
        form.title = view.title();
        form.body = view.body();
        form.people = new ArrayList<>(view.people().stream()
                .filter(p -> !p.hidden())
                .map(p -> p.person().toString())
                .toList());
        form.version = view.version();
        return form;
    }

    PublicationDraft draft() {
        return new PublicationDraft(
                title,
                body,
                people == null
                        ? List.of()
                        : people.stream()
                                .filter(p -> p != null && !p.isBlank())
                                .map(PersonId::of)
                                .toList());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getPeople() {
        return people;
    }

    public void setPeople(List<String> people) {
        this.people = people;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
