package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every expression of the roadmap page compiles to bytecode (spring.thymeleaf.enable-spring-el-compiler): one that
 * cannot is interpreted by reflection on every row and retried under its lock up to a hundred times. A bean reference
 * ({@code @dates}), the negation of a model variable, a {@code long} compared with an {@code int} literal and nested
 * conditions with a branch never taken did not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapExpressionsCompileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Test
    void theRoadmapPageOfASchoolAndOfADistrictRendersWithCompiledExpressionsOnly() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        school.grow(curator, world.schoolA(), List.of("Наставникова"));
        Logger compiler = (Logger) LoggerFactory.getLogger("org.springframework.expression.spel.standard.SpelCompiler");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level level = compiler.getLevel();
        compiler.addAppender(log);
        compiler.setLevel(Level.DEBUG);
        try {
            for (int i = 0; i < 3; i++) {
                mvc.perform(get("/roadmap")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)));
                mvc.perform(get("/roadmap")
                        .param("organisation", world.municipality().toString())
                        .with(user(methodologist)));
            }
        } finally {
            compiler.detachAppender(log);
            compiler.setLevel(level);
        }
        List<String> messages =
                log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).noneMatch(m -> m.contains("unable to compile") || m.contains("failed"));
        // each text compiled once: Thymeleaf caches one expression per text for every template, and a text met with
        // two types (a loop variable's name used for two kinds of rows) is compiled anew at every change of type
        assertThat(messages.stream()
                        .filter(m -> m.startsWith("SpEL: compiling "))
                        .collect(java.util.stream.Collectors.groupingBy(m -> m, java.util.stream.Collectors.counting()))
                        .entrySet()
                        .stream()
                        .filter(e -> e.getValue() > 1)
                        .map(java.util.Map.Entry::getKey)
                        .toList())
                .isEmpty();
    }
}
