package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The mentor bank's rows ({@code web.MentorRows}) render with compiled expressions: a row type SpEL may not call
 * from bytecode (one not public) would leave each of a fifty-row page's cells interpreted by reflection.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MentorBankExpressionsCompileTests {

    private static final Pattern ROW_EXPRESSION = Pattern.compile("unable to compile.*\\be\\.");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void theRowsOfTheMentorBankRenderWithCompiledExpressionsOnly() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        for (String training : List.of("TRAINED", "NOT_TRAINED", "TRAINED")) {
            String person = fixtures.consentedTeacher(curator, world.schoolA(), "Компилова");
            mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/mentors")
                            .with(user(curator))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"personId\":\"" + person
                                    + "\",\"competences\":[\"parents\"],\"capacity\":3,\"trainingStatus\":\""
                                    + training + "\"}"))
                    .andExpect(status().is2xxSuccessful());
        }
        Logger compiler = (Logger) LoggerFactory.getLogger("org.springframework.expression.spel.standard.SpelCompiler");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level level = compiler.getLevel();
        compiler.addAppender(log);
        compiler.setLevel(Level.DEBUG);
        String page;
        try {
            for (int i = 0; i < 3; i++) {
                mvc.perform(get("/bank/mentors")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)));
            }
            page = mvc.perform(get("/bank/mentors")
                            .param("organisation", world.schoolA().toString())
                            .with(user(curator)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } finally {
            compiler.detachAppender(log);
            compiler.setLevel(level);
        }
        assertThat(page).contains("свободно 3 из 3", "Выбрать: Компилова");
        List<String> messages =
                log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).noneMatch(m -> ROW_EXPRESSION.matcher(m).find());
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
