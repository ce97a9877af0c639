package ru.nastavnik;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's classes as ArchUnit reads them, imported once per test run: each import of {@code ru.nastavnik}
 * costs several seconds of a 2-core machine, and the house rules and the public-type count read the same classes.
 */
final class ProductionClasses {

    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.nastavnik");

    private ProductionClasses() {}
}
