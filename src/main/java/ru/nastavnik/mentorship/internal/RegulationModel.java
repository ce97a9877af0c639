package ru.nastavnik.mentorship.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.shared.DefaultContent;
import ru.nastavnik.shared.web.Dates;

/**
 * The fields of the Regulation and the roadmap: the organisation's requisites, the approval order's number and
 * date (blanks while it is a draft), the version, and the settings the Regulation states — the forms of mentoring,
 * the mentees a mentor may take (the bank's capacity limits), the programme's term. The roadmap's table is the
 * system's seven stages until {@link RoadmapTable} puts the school's own plan in their place.
 */
final class RegulationModel {

    /** The stages' wording and the Regulation's own phrases: content, {@code defaults/mentorship/regulation.json}. */
    private static final RegulationFile TEXT =
            DefaultContent.read("defaults/mentorship/regulation.json", RegulationFile.class);

    /** The term {@link NewMentorship} enforces (the 2021 recommendations: a short programme, 3 months to a year). */
    static final String PROGRAMME_TERM = TEXT.programmeTerm();

    record RegulationFile(String programmeTerm, String appendixTitle, List<Stage> stages) {}

    /**
     * A stage's content may say {@code {maxMentees}}, {@code {term}} and {@code {page}}; {@code responsible} is who
     * answers for it by role (the letter АЗ-1128/08/657: the curator organises, the head issues the orders), printed
     * where the school's plan names no one.
     */
    record Stage(String title, String content, String responsible) {}

    private RegulationModel() {}

    static Map<String, Object> of(
            OrganisationSummary organisation,
            BankSettingsView limits,
            List<String> forms,
            OrderView order,
            Integer version) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> org = DocumentModels.organisation(organisation);
        model.put("organisation", org);
        boolean registered = order != null && order.number() != null && order.orderDate() != null;
        model.put(
                "approval",
                Map.of(
                        "number",
                        registered ? order.number() : "______",
                        "date",
                        registered ? Dates.DATE.format(order.orderDate()) : "«____» ______________ 20___ г.",
                        "byHead",
                        ru.nastavnik.documents.PhraseDeclension.inText((String) org.get("headPositionGenitive"))));
        model.put(
                "regulation",
                Map.of(
                        "version",
                        version == null ? "1" : version.toString(),
                        "forms",
                        String.join(", ", forms),
                        "maxMentees",
                        Integer.toString(limits.maxCapacity()),
                        "defaultMentees",
                        Integer.toString(limits.defaultCapacity()),
                        "duration",
                        PROGRAMME_TERM));
        String page =
                organisation.requisites() == null || organisation.requisites().mentorshipPage() == null
                        ? (String) org.get("website")
                        : organisation.requisites().mentorshipPage();
        model.put("stages", stages(limits.maxCapacity(), page));
        model.put("roadmap", RoadmapTable.flags(false, false, true));
        return model;
    }

    /** The same document as appendix {@code number} of its order. */
    static Map<String, Object> appendix(Map<String, Object> model, int number) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        copy.put("appendix", Map.of("title", TEXT.appendixTitle().replace("{number}", Integer.toString(number))));
        return copy;
    }

    /** Made-up values for the preview and the check of an uploaded Regulation or roadmap. */
    static Map<String, Object> sample() {
        Map<String, Object> model = new LinkedHashMap<>(DocumentSamples.model());
        Map<String, Object> own =
                of(DocumentSamples.school(), new BankSettingsView(2, 3, 0), MentoringForms.DEFAULTS, null, 1);
        own.remove("organisation");
        model.putAll(appendix(own, 1));
        model.put("approval", DocumentSamples.regulationApproval());
        return model;
    }

    /** The seven stages of the roadmap in the system's own wording (the source document's stages, renumbered). */
    static List<Map<String, String>> stages(int maxMentees, String page) {
        List<Stage> stages = TEXT.stages();
        return java.util.stream.IntStream.range(0, stages.size())
                .mapToObj(i -> Map.of(
                        "number",
                        (i + 1) + ".",
                        "title",
                        stages.get(i).title(),
                        "content",
                        stages.get(i)
                                .content()
                                .replace("{maxMentees}", Integer.toString(maxMentees))
                                .replace("{term}", PROGRAMME_TERM)
                                .replace("{page}", String.valueOf(page)),
                        "deadline",
                        "",
                        "responsible",
                        stages.get(i).responsible()))
                .toList();
    }
}
