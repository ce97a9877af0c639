package ru.nastavnik;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.persistence.Entity;

/** House rules that the module check does not cover (STYLE.md). */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.nastavnik");

    @Test
    void controllersArePackagePrivateAndLiveInWeb() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .andShould().resideInAPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void entitiesAreNotPartOfAnyModulesApi() {
        classes().that().areAnnotatedWith(Entity.class).should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
    }

    @Test
    void onlyWebCodeTalksHttp() {
        noClasses().that().resideOutsideOfPackages("..web..", "..shared..", "..organisation..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..")
                .check(CLASSES);
    }
}
