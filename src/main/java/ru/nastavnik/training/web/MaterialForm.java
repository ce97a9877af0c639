package ru.nastavnik.training.web;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialKind;
import ru.nastavnik.training.MaterialView;
import ru.nastavnik.training.internal.MaterialDraft;

/** The publish/edit form of a material; the file comes beside it as a multipart part. */
class MaterialForm {

    private MaterialKind kind = MaterialKind.FILE;
    private String title;
    private String description;
    private String url;
    private List<String> topics = new ArrayList<>();
    private List<MaterialAudience> audiences = new ArrayList<>(List.of(MaterialAudience.MENTORS));
    private Long version;

    static MaterialForm of(MaterialView view) {
        MaterialForm form = new MaterialForm();
        form.kind = view.kind();
        form.title = view.title();
        form.description = view.description();
        form.url = view.url();
        form.topics = new ArrayList<>(view.topics().stream().map(t -> t.code()).toList());
        form.audiences = new ArrayList<>(view.audiences());
        form.version = view.version();
        return form;
    }

    MaterialDraft draft() {
        return new MaterialDraft(title, description, url, topics, audiences);
    }

    public MaterialKind getKind() {
        return kind;
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public List<MaterialAudience> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<MaterialAudience> audiences) {
        this.audiences = audiences;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
