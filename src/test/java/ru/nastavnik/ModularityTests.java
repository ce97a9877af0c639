package ru.nastavnik;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module contracts of ARCHITECTURE.md: no cycle, no reach into another module's internals, and no dependency
 * that a module's {@code package-info.java} does not allow. Also writes the module documentation (a component
 * diagram of all modules, one diagram and one canvas per module) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ProductionClasses.MODULES;

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
