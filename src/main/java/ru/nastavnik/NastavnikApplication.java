package ru.nastavnik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NastavnikApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(NastavnikApplication.class);
        if (Boolean.getBoolean("nastavnik.startup.jfr")) {
            // each bean's creation as a JFR event, for the start's profile (docs/perf-load.md, «start»)
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        ConfigurableApplicationContext context = application.run(args);
        // a one-off command (the files' migration into the object store) has done its work in a runner: stop
        if (context.getEnvironment().getProperty("nastavnik.storage.migrate", Boolean.class, false)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
