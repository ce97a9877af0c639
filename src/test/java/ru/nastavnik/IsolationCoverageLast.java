package ru.nastavnik;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs {@link IsolationCoverageTests} after every other class of the run, so that it finds every isolation class
 * already run and runs none of them a second time (nothing reported skipped). The others keep the order they came in.
 */
public class IsolationCoverageLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(IsolationCoverageLast::isCoverage));
    }

    private static Boolean isCoverage(ClassDescriptor descriptor) {
        return descriptor.getTestClass() == IsolationCoverageTests.class;
    }
}
