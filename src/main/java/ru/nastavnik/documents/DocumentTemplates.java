package ru.nastavnik.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The templates documents are printed from: an organisation's own upload (its letterhead, its wording) or the
 * built-in default. An upload is checked before it replaces anything: a real DOCX whose placeholders all exist.
 */
@Service
@Transactional
public class DocumentTemplates {

    private static final long MAX_TEMPLATE_BYTES = 10L * 1024 * 1024;

    private final Map<String, DefaultTemplate> defaults;
    private final DocumentTemplateRepository templates;
    private final StoredFiles files;

    DocumentTemplates(List<DefaultTemplate> defaults, DocumentTemplateRepository templates, StoredFiles files) {
        this.defaults = defaults.stream().collect(Collectors.toMap(DefaultTemplate::kind, Function.identity()));
        this.templates = templates;
        this.files = files;
    }

    /** The template to print from, for code that has already checked its caller. */
    @Transactional(readOnly = true)
    public byte[] current(OrganisationId organisation, String kind) {
        DefaultTemplate template = known(kind);
        return templates
                .find(organisation.value(), kind)
                .filter(DocumentTemplate::customised)
                .map(t -> files.read(organisation, t.file()))
                .orElseGet(template::docx);
    }

    @Transactional(readOnly = true)
    public byte[] builtIn(String kind) {
        return known(kind).docx();
    }

    @Transactional(readOnly = true)
    public List<TemplateInfo> list(NastavnikPrincipal caller, OrganisationId organisation) {
        check(caller, organisation);
        return defaults.values().stream()
                .sorted(java.util.Comparator.comparing(DefaultTemplate::kind))
                .map(d -> info(organisation, d))
                .toList();
    }

    @Transactional(readOnly = true)
    public TemplateInfo info(NastavnikPrincipal caller, OrganisationId organisation, String kind) {
        check(caller, organisation);
        return info(organisation, known(kind));
    }

    private TemplateInfo info(OrganisationId organisation, DefaultTemplate template) {
        Optional<DocumentTemplate> row = templates.find(organisation.value(), template.kind());
        boolean customised = row.filter(DocumentTemplate::customised).isPresent();
        return new TemplateInfo(
                template.kind(),
                template.titleKey(),
                customised,
                customised ? row.get().uploadedAt() : null,
                DocumentTemplate.versionOf(row));
    }

    @Transactional(readOnly = true)
    public byte[] download(NastavnikPrincipal caller, OrganisationId organisation, String kind) {
        check(caller, organisation);
        return current(organisation, kind);
    }

    /** {@code readVersion}: the template's version she replaces; refused if someone uploaded or reset it since. */
    public TemplateInfo upload(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            String kind,
            InputStream content,
            String originalName,
            Long readVersion) {
        check(caller, organisation);
        DefaultTemplate template = known(kind);
        StoredFileInfo stored =
                files.store(organisation, "template", content, originalName, Set.of(FileType.DOCX), MAX_TEMPLATE_BYTES);
        List<TemplateProblem> problems = DocxTemplates.check(
                new ByteArrayInputStream(files.read(organisation, stored.id())),
                DocxTemplates.pathsOf(template.sampleModel()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> InvalidInputException.Problem.field(
                            "file", p.messageKey(), p.args().toArray()))
                    .toList());
        }
        // The uploaded template must also fill: a check that passes but fails to render would break printing later.
        try {
            DocxTemplates.render(
                    new ByteArrayInputStream(files.read(organisation, stored.id())), template.sampleModel());
        } catch (TemplateException e) {
            throw InvalidInputException.of("file", e.messageKey(), e.args());
        }
        Optional<DocumentTemplate> existing = templates.find(organisation.value(), kind);
        StaleVersionException.check(readVersion, DocumentTemplate.versionOf(existing));
        DocumentTemplate row = existing.orElseGet(() -> new DocumentTemplate(
                organisation, kind, stored.id(), caller.id().value()));
        row.replace(stored.id(), caller.id().value());
        // the answer carries the new version (the next upload's If-Match), which the flush assigns
        templates.saveAndFlush(row);
        return info(organisation, template);
    }

    public void reset(NastavnikPrincipal caller, OrganisationId organisation, String kind) {
        check(caller, organisation);
        known(kind);
        templates.find(organisation.value(), kind).ifPresent(DocumentTemplate::reset);
    }

    private DefaultTemplate known(String kind) {
        DefaultTemplate template = defaults.get(kind);
        if (template == null) {
            throw new NotFoundException();
        }
        return template;
    }

    private static void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR) && !caller.isSystemAdmin()) {
            throw new NotFoundException();
        }
    }
}
