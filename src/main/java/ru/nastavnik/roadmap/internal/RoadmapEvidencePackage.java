package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.roadmap.PackageContribution;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The documents attached to the school's roadmap activities as their evidence, dated within the package's period: a
 * folder of their own in the inspection package, each listed in the index with the activity it shows done. Only
 * documents the curator attached are here; consents are never attachable, so no withdrawn person's scan can come in.
 */
@Component
class RoadmapEvidencePackage implements PackageContribution {

    private final EvidenceDocumentRepository documents;
    private final RoadmapPlanRepository plans;
    private final ActivityDocuments activityDocuments;
    private final PackageTexts texts;

    RoadmapEvidencePackage(
            EvidenceDocumentRepository documents,
            RoadmapPlanRepository plans,
            ActivityDocuments activityDocuments,
            PackageTexts texts) {
        this.texts = texts;
        this.documents = documents;
        this.plans = plans;
        this.activityDocuments = activityDocuments;
    }

    @Override
    public String section() {
        return texts.text("roadmap.package.evidence");
    }

    /** After the other modules' folders, so that theirs keep their numbers whether or not a school attached any. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<Part> parts(NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate to) {
        List<EvidenceDocument> found = documents.inPeriod(organisation.value(), from, to);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, PlanActivity> activities = found.stream()
                .map(EvidenceDocument::activity)
                .distinct()
                .map(id -> plans.activity(id).orElse(null))
                .filter(a -> a != null)
                .collect(Collectors.toMap(PlanActivity::id, Function.identity()));
        List<Part> parts = new ArrayList<>();
        for (EvidenceDocument document : found) {
            PlanActivity activity = activities.get(document.activity());
            if (activity == null) {
                continue;
            }
            String extension = document.extension();
            parts.add(new Part(
                    texts.text(
                            "roadmap.package.evidence.title",
                            Integer.toString(activity.stage()),
                            shorten(activity.content()),
                            document.title()),
                    null,
                    document.date(),
                    texts.text(
                            "roadmap.package.evidence.file",
                            Integer.toString(activity.stage()),
                            Dates.DATE.format(document.date()),
                            document.title(),
                            extension),
                    out -> out.write(activityDocuments.open(caller, document).content())));
        }
        return parts;
    }

    private static String shorten(String content) {
        return content.length() > 80 ? content.substring(0, 80) + "…" : content;
    }
}
