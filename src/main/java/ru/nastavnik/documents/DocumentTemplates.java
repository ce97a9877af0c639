package ru.nastavnik.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
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
        return templates.find(organisation.value(), kind).map(t -> files.read(organisation, t.file()))
                .orElseGet(template::docx);
    }

    @Transactional(readOnly = true)
    public byte[] builtIn(String kind) {
        return known(kind).docx();
    }

    @Transactional(readOnly = true)
    public List<TemplateInfo> list(NastavnikPrincipal caller, OrganisationId organisation) {
        check(caller, organisation);
        return defaults.values().stream().sorted(java.util.Comparator.comparing(DefaultTemplate::kind))
                .map(d -> templates.find(organisation.value(), d.kind())
                        .map(t -> new TemplateInfo(d.kind(), d.titleKey(), true, t.uploadedAt()))
                        .orElse(new TemplateInfo(d.kind(), d.titleKey(), false, null)))
                .toList();
    }

    @Transactional(readOnly = true)
    public byte[] download(NastavnikPrincipal caller, OrganisationId organisation, String kind) {
        check(caller, organisation);
        return current(organisation, kind);
    }

    public TemplateInfo upload(NastavnikPrincipal caller, OrganisationId organisation, String kind, InputStream content,
            String originalName) {
        check(caller, organisation);
        DefaultTemplate template = known(kind);
        StoredFileInfo stored = files.store(organisation, "template", content, originalName, Set.of(FileType.DOCX),
                MAX_TEMPLATE_BYTES);
        List<TemplateProblem> problems = DocxTemplates.check(new ByteArrayInputStream(files.read(organisation, stored.id())),
                DocxTemplates.pathsOf(template.sampleModel()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> InvalidInputException.Problem.field("file", p.messageKey(), p.args().toArray())).toList());
        }
        // The uploaded template must also fill: a check that passes but fails to render would break printing later.
        try {
            DocxTemplates.render(new ByteArrayInputStream(files.read(organisation, stored.id())), template.sampleModel());
        } catch (TemplateException e) {
            throw InvalidInputException.of("file", e.messageKey(), e.args());
        }
        DocumentTemplate row = templates.find(organisation.value(), kind)
                .orElseGet(() -> new DocumentTemplate(organisation, kind, stored.id(), caller.id().value()));
        row.replace(stored.id(), caller.id().value());
        templates.save(row);
        return new TemplateInfo(kind, template.titleKey(), true, row.uploadedAt());
    }

    public void reset(NastavnikPrincipal caller, OrganisationId organisation, String kind) {
        check(caller, organisation);
        known(kind);
        templates.find(organisation.value(), kind).ifPresent(templates::delete);
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
