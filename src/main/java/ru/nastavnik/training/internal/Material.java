package ru.nastavnik.training.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialId;
import ru.nastavnik.training.MaterialKind;
import ru.nastavnik.training.MaterialTopic;
import ru.nastavnik.training.MaterialView;

/**
 * A methodical material of one publisher (a school, municipality or region). It refuses a title that is empty, a
 * link that is not http(s), no audience; a file material keeps every upload, the newest being the current one.
 */
@Entity
@Table(name = "training_material")
class Material extends OrganisationOwned {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private MaterialKind kind;

    private String title;
    private String description;
    private String url;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "published_by")
    private UUID publishedBy;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "topic_titles")
    private String topicTitles;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_material_topic", joinColumns = @JoinColumn(name = "material_id"))
    private Set<TopicRow> topics = new java.util.HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_material_audience", joinColumns = @JoinColumn(name = "material_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience")
    private Set<MaterialAudience> audiences = EnumSet.noneOf(MaterialAudience.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_material_file", joinColumns = @JoinColumn(name = "material_id"))
    private List<MaterialFile> files = new ArrayList<>();

    @Version
    private Long version;

    protected Material() {}

    Material(
            OrganisationId owner,
            MaterialKind kind,
            MaterialDraft draft,
            List<MaterialTopic> topics,
            String author,
            UUID publishedBy,
            LocalDate today) {
        super(owner);
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.authorName = author;
        this.publishedBy = publishedBy;
        this.publishedOn = today;
        describe(draft, topics);
    }

    /** Checks a draft before anything is stored (a file is stored only for a material that will be saved). */
    static void check(MaterialKind kind, MaterialDraft draft) {
        if (kind == null) {
            throw InvalidInputException.of("kind", "training.material.kind.required");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw InvalidInputException.of("title", "training.material.title.required");
        }
        if (draft.title().strip().length() > 300) {
            throw InvalidInputException.of("title", "training.material.title.tooLong");
        }
        if (draft.description() != null && draft.description().strip().length() > 4000) {
            throw InvalidInputException.of("description", "training.material.description.tooLong");
        }
        if (kind == MaterialKind.LINK && !isWebAddress(draft.url())) {
            throw InvalidInputException.of("url", "training.material.url.invalid");
        }
        if (draft.audiences().isEmpty()) {
            throw InvalidInputException.of("audiences", "training.material.audience.required");
        }
    }

    void edit(MaterialDraft draft, List<MaterialTopic> topics, Long readVersion) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        describe(draft, topics);
    }

    void addFile(UUID fileId, String originalName, Instant now, String by) {
        if (kind != MaterialKind.FILE) {
            throw InvalidInputException.of("file", "training.material.file.linkHasNoFile");
        }
        files.add(new MaterialFile(files.size() + 1, fileId, originalName, now, by));
    }

    UUID file(int number) {
        return files.stream()
                .filter(f -> f.number() == number)
                .map(MaterialFile::fileId)
                .findFirst()
                .orElse(null);
    }

    private void describe(MaterialDraft draft, List<MaterialTopic> chosen) {
        check(kind, draft);
        title = draft.title().strip();
        description = draft.description() == null || draft.description().isBlank()
                ? null
                : draft.description().strip();
        url = kind == MaterialKind.LINK ? draft.url().strip() : null;
        topics.clear();
        chosen.forEach(t -> topics.add(new TopicRow(t.code(), t.title())));
        topicTitles = chosen.stream().map(MaterialTopic::title).collect(Collectors.joining(" "));
        audiences.clear();
        audiences.addAll(draft.audiences());
    }

    static boolean isWebAddress(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    UUID id() {
        return id;
    }

    MaterialView view() {
        return new MaterialView(
                new MaterialId(id),
                organisation(),
                kind,
                title,
                description,
                url,
                topics.stream()
                        .map(TopicRow::topic)
                        .sorted(Comparator.comparing(MaterialTopic::title))
                        .toList(),
                audiences.stream().sorted().toList(),
                authorName,
                publishedOn,
                files.stream()
                        .sorted(Comparator.comparingInt(MaterialFile::number).reversed())
                        .map(MaterialFile::view)
                        .toList(),
                version == null ? 0 : version);
    }
}
