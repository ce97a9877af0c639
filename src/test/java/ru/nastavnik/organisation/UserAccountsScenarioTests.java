package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import ru.nastavnik.Fixtures;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.audit.AuditRecord;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The accounts as Spring Security tells of a sign-in from the login page: the sign-in in, a LOGIN entry about the
 * user out, written in the log of her own organisation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class UserAccountsScenarioTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog log;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void aSignInFromTheLoginPageIsLoggedInTheUsersOwnOrganisation(Scenario scenario) {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());

        scenario.publish(signedIn(curator))
                .andWaitForEventOfType(AuditEvent.class)
                .matching(e -> e.action() == AuditAction.LOGIN)
                .toArriveAndVerify(e -> {
                    assertThat(e.organisation()).isEqualTo(world.schoolA());
                    assertThat(e.subjectType()).isEqualTo("User");
                    assertThat(e.subjectId()).isEqualTo(curator.id().value());
                    List<AuditRecord> entries = logins(director, world.schoolA());
                    assertThat(entries).hasSize(1);
                    assertThat(entries.get(0).subjectId())
                            .isEqualTo(curator.id().value());
                    assertThat(entries.get(0).details()).isEqualTo("вход в систему");
                    assertThat(logins(fixtures.user(Role.DIRECTOR, world.schoolB()), world.schoolB()))
                            .isEmpty();
                });
    }

    /** An authentication that is not one of ours (no Nastavnik user behind it) names nobody to log. */
    @Test
    void anAuthenticationWithoutANastavnikUserLogsNothing(Scenario scenario) {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        InteractiveAuthenticationSuccessEvent foreign = new InteractiveAuthenticationSuccessEvent(
                new UsernamePasswordAuthenticationToken(
                        curator.getUsername(), null, AuthorityUtils.createAuthorityList("ROLE_USER")),
                UserAccountsScenarioTests.class);

        scenario.publish(foreign)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> foreign.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(
                        handled -> assertThat(logins(director, world.schoolA())).isEmpty());
    }

    private static InteractiveAuthenticationSuccessEvent signedIn(NastavnikPrincipal user) {
        return new InteractiveAuthenticationSuccessEvent(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()),
                UserAccountsScenarioTests.class);
    }

    private List<AuditRecord> logins(NastavnikPrincipal reader, OrganisationId organisation) {
        return log.of(reader, organisation, null, 0, 500).getContent().stream()
                .filter(r -> r.action() == AuditAction.LOGIN)
                .toList();
    }
}
