package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

class SchedulingConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(DataSource.class, () -> mock(DataSource.class))
            .withUserConfiguration(SchedulingConfiguration.class);

    @Test
    void theJobsRunByTheClockUnlessSwitchedOff() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ScheduledAnnotationBeanPostProcessor.class);
            assertThat(context).hasSingleBean(LockProvider.class);
        });
    }

    @Test
    void switchedOffTheJobsWaitForTheirCallersAndStillTakeTheLock() {
        runner.withPropertyValues("nastavnik.scheduling.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ScheduledAnnotationBeanPostProcessor.class);
            assertThat(context).hasSingleBean(LockProvider.class);
        });
    }
}
