package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the run's context customizers (META-INF/spring.factories) put into every test context. */
@SpringBootTest
@AutoConfigureMockMvc
class TestContextsIntegrationTests {

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    @Test
    void aTestContextRemembersPasswordHashesAndHasASettableClock() {
        assertThat(encoder.getClass().getEnclosingClass()).isEqualTo(RememberedPasswordHashes.class);
        assertThat(clock).isInstanceOf(SettableClocks.Settable.class);
    }
}
