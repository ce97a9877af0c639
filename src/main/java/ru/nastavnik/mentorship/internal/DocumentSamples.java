package ru.nastavnik.mentorship.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.DefaultContent;

/**
 * Made-up values for every field of the pairs' templates: the preview and the check of an uploaded template.
 * Content, not code: {@code defaults/mentorship/document-sample.json}; the school's and the mentor's fields are
 * derived from their sample cards the way a real document's are (declined names, initials).
 */
final class DocumentSamples {

    private static final SampleFile SAMPLE =
            DefaultContent.read("defaults/mentorship/document-sample.json", SampleFile.class);

    /** The rest of the model, in the order it is written; a fresh copy each call. */
    private static final Supplier<Map<String, Object>> MODEL = copyOf(SAMPLE.model());

    /**
     * {@code byTemplate}: values a template reads in another case than the rest, by its kind — the agreement's
     * {@code mentees} «в отношении» whom (genitive), the programme's «Наставляемый:» who (nominative), as the real
     * documents fill them.
     */
    record SampleFile(
            School school,
            StaffData mentor,
            Map<String, String> regulationApproval,
            Map<String, Object> model,
            Map<String, Map<String, Object>> byTemplate) {}

    record School(
            String name,
            String shortName,
            String timeZone,
            String address,
            String inn,
            String ogrn,
            String website,
            HeadName head,
            String headPosition) {}

    private DocumentSamples() {}

    static OrganisationSummary school() {
        School s = SAMPLE.school();
        return new OrganisationSummary(
                null,
                null,
                null,
                s.name(),
                s.shortName(),
                s.timeZone(),
                new Requisites(s.address(), s.inn(), s.ogrn(), s.website(), s.head(), s.headPosition()));
    }

    /** The approval of the sample Regulation: its order's number and date, «директора». */
    static Map<String, String> regulationApproval() {
        return Map.copyOf(SAMPLE.regulationApproval());
    }

    static Map<String, Object> model() {
        Map<String, Object> model = MODEL.get();
        // the placeholders stand where the file puts them: the order is the one a preview lists
        model.put("organisation", DocumentModels.organisation(school()));
        model.put("mentor", DocumentModels.person(SAMPLE.mentor()));
        return model;
    }

    /** The sample as the template {@code kind} reads it: {@link #model()} with that template's own values. */
    static Map<String, Object> model(String kind) {
        Map<String, Object> model = model();
        Map<String, Map<String, Object>> own = SAMPLE.byTemplate() == null ? Map.of() : SAMPLE.byTemplate();
        model.putAll(deepCopy(own.getOrDefault(kind, Map.of())));
        return model;
    }

    private static Supplier<Map<String, Object>> copyOf(Map<String, Object> model) {
        return () -> deepCopy(model);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof java.util.List<?> list) {
            return (T) list.stream().map(DocumentSamples::deepCopy).toList();
        }
        return value;
    }
}
