package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A type is public only if another module uses it (issue 14, item 1). Many types in the modules' base packages are
 * public only because the module's own {@code web/} or {@code internal/} package reads them; their number per
 * module is counted and may not grow. A new type another module does not use is package-private, or lives beside
 * the code that uses it; lower a ceiling when a type stops being public. Uses are read from the bytecode: a type
 * named only by a compiled-in constant or a local variable's type argument looks unused here, yet javac still needs
 * it public (as {@code audit.AuditRecord} for consent's subject-access export).
 */
class PublicTypesTests {

    private static final String ROOT = "ru.nastavnik.";

    private static final JavaClasses CLASSES = ProductionClasses.ALL;

    /**
     * Public top-level types of each module's base package that no class of another module names, at most
     * ({@code shared} is everybody's library and not counted).
     */
    private static final Map<String, Integer> CEILINGS = Map.ofEntries(
            Map.entry("audit", 1), // AuditRecord: consent names it only as a local variable's type argument
            Map.entry("bank", 1), // MentorProfile: a component of MentorView (API record)
            Map.entry("consent", 1), // ConsentId: a component of ConsentView and of the events ConsentGiven/Withdrawn
            // TemplateException, TemplateProblem: what the API's DocxTemplates.render/check and PdfRenderer throw and
            // return (other modules' tests check their templates with check); TemplateInfo: DocumentTemplates' methods
            // for web return it, left until the templates' entity and repository move to internal/ with them
            Map.entry("documents", 3),
            Map.entry(
                    "events",
                    3), // RegistrationStatus, RegistrationView, EventAudience: components of EventSummary, EventCard,
            // EventView
            Map.entry(
                    "matching", 3), // MatchingWeights, Criteria, ProposalStatus: components of RunView and ProposalView
            Map.entry(
                    "mentorship",
                    2), // EndInitiator: a component of MentorshipView (API record); MentorshipEnded: published, the
            // event registry stores it by class name, and internal's listeners and publishers name it
            Map.entry("monitoring", 0),
            Map.entry("organisation", 0),
            Map.entry("people", 0),
            Map.entry(
                    "practices",
                    2), // DistributionConsent, PracticeDescription: components of PracticeView (API record)
            Map.entry("programme", 1), // SatisfactionSurveys: the event registry stores it and its Send by class name
            Map.entry("publishing", 0),
            Map.entry("roadmap", 0),
            Map.entry("survey", 1), // QuestionnaireStatus: a component of QuestionnaireView (API record)
            Map.entry("training", 4)); // components of MaterialView and MentorCourseCompleted (API records)

    @Test
    void modulesGainNoPublicTypesThatOnlyTheyUse() {
        Map<String, List<String>> unused = publicTypesNoOtherModuleUses();
        List<String> grown = new ArrayList<>();
        for (Map.Entry<String, List<String>> module : unused.entrySet()) {
            int ceiling = CEILINGS.getOrDefault(module.getKey(), 0);
            if (module.getValue().size() > ceiling) {
                grown.add(module.getKey() + ": " + module.getValue().size() + " > " + ceiling + "\n  "
                        + String.join("\n  ", module.getValue()));
            }
        }
        assertThat(grown)
                .as("public types no other module uses: make them package-private or move them beside their users")
                .isEmpty();
    }

    /** Public top-level types of each module's base package, by module, that no class of another module names. */
    private static Map<String, List<String>> publicTypesNoOtherModuleUses() {
        Map<String, List<String>> unused = new TreeMap<>();
        for (JavaClass type : CLASSES) {
            String module = module(type);
            boolean inBasePackage = type.getPackageName().equals(ROOT + module);
            if (module == null
                    || module.equals("shared")
                    || !inBasePackage
                    || !type.isTopLevelClass()
                    || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            unused.computeIfAbsent(module, m -> new ArrayList<>());
            if (!usedBy(type, origin -> anotherModule(type, origin))) {
                unused.get(module).add(type.getName());
            }
        }
        unused.values().forEach(names -> names.sort(null));
        return unused;
    }

    /** Whether a class matching {@code user} names the type or one of its nested types. */
    private static boolean usedBy(JavaClass type, Predicate<JavaClass> user) {
        String name = type.getName();
        return CLASSES.stream()
                .filter(target ->
                        target.getName().equals(name) || target.getName().startsWith(name + "$"))
                .flatMap(target -> target.getDirectDependenciesToSelf().stream())
                .anyMatch(dependency -> user.test(dependency.getOriginClass()));
    }

    private static boolean anotherModule(JavaClass type, JavaClass origin) {
        String module = module(origin);
        return module != null && !module.equals(module(type));
    }

    /** The module a class belongs to: the first package below {@code ru.nastavnik}, or null for the root. */
    private static String module(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return null;
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
