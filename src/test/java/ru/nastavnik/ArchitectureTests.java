package ru.nastavnik;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that the module check does not cover (STYLE.md, ARCHITECTURE.md). */
class ArchitectureTests {

    private static final JavaClasses CLASSES = ProductionClasses.ALL;

    /**
     * What domain code may take from {@code shared.web}: the one date format of pages, exports and documents, the
     * request's address that the audit log records, and the API error body that the security entry points write
     * before any controller runs.
     */
    private static final Set<String> SHARED_WEB_FOR_DOMAIN_CODE = Set.of(
            "ru.nastavnik.shared.web.Dates",
            "ru.nastavnik.shared.web.RequestOrigin",
            "ru.nastavnik.shared.web.ApiErrorWriter");

    /**
     * Files that still hold more than one top-level type, each with the reason it is not split yet. Keep this
     * list shrinking: a type lives in a file named after it.
     */
    private static final Set<String> FILES_WITH_SEVERAL_TYPES = Set.of();

    /** Entities whose organisation column is not an owner the superclass can hold, each with the reason. */
    private static final Set<String> ENTITIES_WITH_OWN_ORGANISATION_COLUMN = Set.of(
            // null for the vocabulary shared by all schools
            "ru.nastavnik.bank.Topic",
            // the organisation is the entity's id: one row of settings (or of need suggestions' version) per
            // organisation
            "ru.nastavnik.bank.internal.BankSettings",
            "ru.nastavnik.consent.internal.ConsentSettings",
            "ru.nastavnik.monitoring.internal.OwnMonitoringSettings",
            "ru.nastavnik.programme.internal.NeedTemplateSet",
            "ru.nastavnik.publishing.internal.PublicSite",
            // the organisation is half of the composite id (organisation, kind)
            "ru.nastavnik.documents.DocumentTemplate");

    @Test
    void controllersArePackagePrivateAndLiveInWeb() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .andShould()
                .resideInAPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void entitiesAreNotPartOfAnyModulesApi() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPartOfAnyModulesApi() {
        classes()
                .that()
                .areInterfaces()
                .and()
                .areAssignableTo(Repository.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void onlyWebCodeTalksHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "..shared..", "..organisation..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void domainCodeDoesNotDependOnWebCode() {
        DescribedPredicate<JavaClass> webCode = resideInAPackage("ru.nastavnik..web..")
                .and(not(DescribedPredicate.describe(
                        "a shared.web helper that domain code may use",
                        (JavaClass target) -> SHARED_WEB_FOR_DOMAIN_CODE.contains(
                                target.getName().replaceFirst("\\$.*", "")))));
        noClasses()
                .that()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat(webCode)
                .check(CLASSES);
    }

    @Test
    void eachTopLevelTypeLivesInAFileNamedAfterIt() {
        classes()
                .that()
                .areTopLevelClasses()
                .should(new ArchCondition<>("live in a file named after it") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String file = type.getSource()
                                .flatMap(source -> source.getFileName())
                                .orElse(null);
                        String path = type.getPackageName().replace('.', '/') + "/" + file;
                        boolean named = file == null
                                || file.equals(type.getSimpleName() + ".java")
                                || type.getSimpleName().equals("package-info");
                        if (!named && !FILES_WITH_SEVERAL_TYPES.contains(path)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is declared in " + path));
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void organisationOwnedEntitiesTakeTheTenantColumnFromTheSuperclass() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should(new ArchCondition<>("take organisationId from OrganisationOwned") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        boolean ownField = entity.getFields().stream()
                                .anyMatch(field -> field.getName().equals("organisationId"));
                        if (ENTITIES_WITH_OWN_ORGANISATION_COLUMN.contains(entity.getName())) {
                            if (!ownField) {
                                events.add(
                                        SimpleConditionEvent.violated(
                                                entity,
                                                entity.getName()
                                                        + " no longer declares organisationId: take it off the list of exceptions"));
                            }
                        } else if (ownField) {
                            events.add(
                                    SimpleConditionEvent.violated(
                                            entity,
                                            entity.getName()
                                                    + " declares its own organisationId instead of extending OrganisationOwned"));
                        }
                    }
                })
                .check(CLASSES);
    }
}
