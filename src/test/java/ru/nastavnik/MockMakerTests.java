package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.internal.configuration.plugins.Plugins;
import org.mockito.plugins.InlineMockMaker;

/**
 * The test run's mocks are subclasses (src/test/resources/mockito-extensions): Mockito's inline mock maker rewrites
 * {@code java.lang.Object} with the first mock, and from then on every {@code Object.equals} of the whole run — the
 * module checks compare thousands of classes that way — passed through Mockito's dispatcher, 3-4 times slower.
 */
class MockMakerTests {

    @Test
    void mocksAreSubclassesSoNoClassOfTheJdkIsRewritten() {
        assertThat(Plugins.getMockMaker()).isNotInstanceOf(InlineMockMaker.class);
    }
}
