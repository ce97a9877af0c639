package ru.nastavnik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NastavnikApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(NastavnikApplication.class, args);
        // a one-off command (the files' migration into the object store) has done its work in a runner: stop
        if (context.getEnvironment().getProperty("nastavnik.storage.migrate", Boolean.class, false)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
