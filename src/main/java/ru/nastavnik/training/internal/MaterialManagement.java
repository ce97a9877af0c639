package ru.nastavnik.training.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFileInfo;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialId;
import ru.nastavnik.training.MaterialKind;
import ru.nastavnik.training.MaterialTopic;
import ru.nastavnik.training.MaterialView;
import ru.nastavnik.training.TopicCatalogue;

/**
 * Methodical materials: published by a school for itself or by a municipality or region for the schools below,
 * read there, searched in Russian, suggested by topic. A file is checked by its content as every upload is.
 */
@Service
@Transactional
public class MaterialManagement {

    static final String SUBJECT = "Material";
    private static final EnumSet<FileType> FILE_TYPES = EnumSet.allOf(FileType.class);

    private final MaterialRepository materials;
    private final MaterialFinder finder;
    private final Territory territory;
    private final TopicCatalogue catalogue;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    MaterialManagement(
            MaterialRepository materials,
            MaterialFinder finder,
            Territory territory,
            TopicCatalogue catalogue,
            StoredFiles files,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock) {
        this.materials = materials;
        this.finder = finder;
        this.territory = territory;
        this.catalogue = catalogue;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** The organisation a caller's pages are about when none is named: her school, else her municipality or region. */
    public static Optional<OrganisationId> homeOf(NastavnikPrincipal caller) {
        return Territory.home(caller);
    }

    /** Materials read in the organisation: its own and those of the municipality and region above it. */
    @Transactional(readOnly = true)
    public Page<MaterialView> search(
            NastavnikPrincipal caller, OrganisationId organisation, MaterialQuery query, Pageable page) {
        territory.checkMember(caller, organisation);
        Page<UUID> ids = finder.search(territory.publishersFor(organisation), query, page);
        return new PageImpl<>(load(ids.getContent()), page, ids.getTotalElements());
    }

    @Transactional(readOnly = true)
    public boolean mayPublish(NastavnikPrincipal caller, OrganisationId organisation) {
        return territory.mayPublish(caller, organisation);
    }

    /** The topics a publisher of the organisation chooses from. */
    @Transactional(readOnly = true)
    public List<MaterialTopic> topics(NastavnikPrincipal caller, OrganisationId organisation) {
        territory.checkMember(caller, organisation);
        return catalogue.topics(organisation);
    }

    @Transactional(readOnly = true)
    public MaterialView get(NastavnikPrincipal caller, MaterialId id) {
        return readable(caller, id).view();
    }

    /** As {@link #get(NastavnikPrincipal, MaterialId)}, read in a named organisation (the API's address). */
    @Transactional(readOnly = true)
    public MaterialView get(NastavnikPrincipal caller, OrganisationId organisation, MaterialId id) {
        return readableIn(caller, organisation, id).view();
    }

    /** Publishes a link, or a file whose content is checked first; nothing is kept when anything is refused. */
    public MaterialView publish(
            NastavnikPrincipal caller,
            OrganisationId owner,
            MaterialKind kind,
            MaterialDraft draft,
            InputStream content,
            String fileName) {
        if (!territory.mayPublish(caller, owner)) {
            throw new NotFoundException();
        }
        Material.check(kind, draft);
        List<MaterialTopic> topics = chosen(owner, draft.topics());
        if (kind == MaterialKind.FILE && content == null) {
            throw InvalidInputException.of("file", "training.material.file.required");
        }
        Material material = new Material(
                owner, kind, draft, topics, caller.fullName(), caller.id().value(), dates.today(owner));
        if (kind == MaterialKind.FILE) {
            attach(material, content, fileName, caller);
        }
        materials.save(material);
        audit(material, AuditAction.CREATE, "опубликован методический материал");
        return material.view();
    }

    public MaterialView edit(NastavnikPrincipal caller, MaterialId id, MaterialDraft draft, Long readVersion) {
        Material material = editable(caller, id);
        material.edit(draft, chosen(material.organisation(), draft.topics()), readVersion);
        materials.flush();
        audit(material, AuditAction.UPDATE, "изменён методический материал");
        return material.view();
    }

    public MaterialView edit(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            MaterialId id,
            MaterialDraft draft,
            Long readVersion) {
        readableIn(caller, organisation, id);
        return edit(caller, id, draft, readVersion);
    }

    /** A new version of the file; the older ones stay listed and downloadable. */
    public MaterialView replaceFile(NastavnikPrincipal caller, MaterialId id, InputStream content, String fileName) {
        Material material = editable(caller, id);
        if (content == null) {
            throw InvalidInputException.of("file", "training.material.file.required");
        }
        attach(material, content, fileName, caller);
        materials.flush();
        audit(material, AuditAction.UPDATE, "заменён файл методического материала");
        return material.view();
    }

    public MaterialView replaceFile(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            MaterialId id,
            InputStream content,
            String fileName) {
        readableIn(caller, organisation, id);
        return replaceFile(caller, id, content, fileName);
    }

    @Transactional(readOnly = true)
    public Download download(NastavnikPrincipal caller, MaterialId id, int number) {
        return download(readable(caller, id), number);
    }

    @Transactional(readOnly = true)
    public Download download(NastavnikPrincipal caller, OrganisationId organisation, MaterialId id, int number) {
        return download(readableIn(caller, organisation, id), number);
    }

    /**
     * The materials of the school (and the territory above) on the given topics, most topics in common first: what
     * a pair's cabinet and each activity of its programme suggest. The caller's module has checked the reader.
     */
    @Transactional(readOnly = true)
    public List<MaterialView> suggested(
            OrganisationId school, Collection<String> topics, MaterialAudience audience, int limit) {
        return load(finder.onTopics(territory.publishersFor(school), topics, audience, limit));
    }

    private Download download(Material material, int number) {
        UUID file = material.file(number);
        if (file == null) {
            throw new NotFoundException();
        }
        StoredFileInfo info = files.info(material.organisation(), new StoredFileId(file));
        return new Download(
                info.originalName(), info.contentType(), files.read(material.organisation(), new StoredFileId(file)));
    }

    private void attach(Material material, InputStream content, String fileName, NastavnikPrincipal caller) {
        StoredFileInfo stored = files.store(
                material.organisation(), "training-material", content, fileName, FILE_TYPES, files.maxScanBytes());
        material.addFile(stored.id().value(), stored.originalName(), clock.instant(), caller.fullName());
    }

    private List<MaterialTopic> chosen(OrganisationId owner, List<String> codes) {
        Map<String, MaterialTopic> known = catalogue.topics(owner).stream()
                .collect(Collectors.toMap(MaterialTopic::code, Function.identity(), (a, b) -> a));
        for (String code : codes) {
            if (!known.containsKey(code)) {
                throw InvalidInputException.of("topics", "training.material.topic.unknown", code);
            }
        }
        return codes.stream().map(known::get).toList();
    }

    private List<MaterialView> load(List<UUID> ids) {
        Map<UUID, Material> found =
                materials.findAllById(ids).stream().collect(Collectors.toMap(Material::id, Function.identity()));
        return ids.stream()
                .map(found::get)
                .filter(m -> m != null)
                .map(Material::view)
                .toList();
    }

    private Material readable(NastavnikPrincipal caller, MaterialId id) {
        return territory.readable(caller, materials.findById(id.value()), Material::organisation);
    }

    private Material readableIn(NastavnikPrincipal caller, OrganisationId organisation, MaterialId id) {
        return territory.readableIn(caller, organisation, materials.findById(id.value()), Material::organisation);
    }

    private Material editable(NastavnikPrincipal caller, MaterialId id) {
        return territory.editable(caller, materials.findById(id.value()), Material::organisation);
    }

    private void audit(Material material, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(material.organisation(), action, SUBJECT, material.id(), details));
    }
}
