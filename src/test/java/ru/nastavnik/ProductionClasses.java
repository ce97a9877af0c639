package ru.nastavnik;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.reflect.Field;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The application's classes as ArchUnit reads them, imported once per test run: each import of {@code ru.nastavnik}
 * costs several seconds of a 2-core machine, and the module contracts, the house rules and the public-type count read
 * the same classes.
 */
final class ProductionClasses {

    /** Spring Modulith's model of the modules, built on its own import of {@code ru.nastavnik} (tests excluded). */
    static final ApplicationModules MODULES = ApplicationModules.of(NastavnikApplication.class);

    /**
     * That same import. Spring Modulith keeps it in a private field and offers no way to hand it one, so it is read
     * from there rather than importing the package a second time; a Modulith upgrade that renames the field fails
     * here, loudly, not silently with fewer classes.
     */
    static final JavaClasses ALL = classesOf(MODULES);

    private ProductionClasses() {}

    private static JavaClasses classesOf(ApplicationModules modules) {
        try {
            Field field = ApplicationModules.class.getDeclaredField("allClasses");
            field.setAccessible(true);
            return (JavaClasses) field.get(modules);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Spring Modulith's ApplicationModules.allClasses is gone", e);
        }
    }
}
