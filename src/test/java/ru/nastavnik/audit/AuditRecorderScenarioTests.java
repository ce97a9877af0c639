package ru.nastavnik.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The audit module as every other module reaches it: an {@link AuditEvent} or an {@link AuditBatch} in, rows in the
 * log of the organisation each event names — and only there — with who did it; a list that showed nobody read
 * nobody's data and leaves no row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class AuditRecorderScenarioTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog log;

    @Autowired
    EventPublicationRegistry registry;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEventIsWrittenInItsOrganisationsLogWithTheSignedInActorAndDetailsCutTo2000Characters(Scenario scenario) {
        Fixtures.World world = fixtures.world();
        Readers readers = readers(world);
        signIn(readers.ofA());
        UUID person = UUID.randomUUID();
        String details = "изменена карточка: " + "я".repeat(2500);

        scenario.publish(new AuditEvent(world.schoolA(), AuditAction.UPDATE, "Person", person, details))
                .andWaitForStateChange(() -> entries(readers.ofA(), world.schoolA()), found -> !found.isEmpty())
                .andVerify(found -> {
                    assertThat(found).hasSize(1);
                    AuditRecord entry = found.get(0);
                    assertThat(entry.organisationId()).isEqualTo(world.schoolA().value());
                    assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
                    assertThat(entry.subjectType()).isEqualTo("Person");
                    assertThat(entry.subjectId()).isEqualTo(person);
                    assertThat(entry.actor()).isEqualTo(readers.ofA().getUsername());
                    assertThat(entry.details()).hasSize(2000).isEqualTo(details.substring(0, 2000));
                    assertThat(entries(readers.ofB(), world.schoolB())).isEmpty();
                });
    }

    @Test
    void aBatchWritesEachEventInTheLogOfItsOwnOrganisation(Scenario scenario) {
        Fixtures.World world = fixtures.world();
        Readers readers = readers(world);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID ofB = UUID.randomUUID();
        AuditBatch batch = new AuditBatch(List.of(
                AuditEvent.ofMany(
                        world.schoolA(), AuditAction.EXPORT, "Person", List.of(first, second, first), "выгрузка штата"),
                new AuditEvent(world.schoolB(), AuditAction.CREATE, "Person", ofB, "загружен из файла")));

        scenario.publish(batch)
                .andWaitForStateChange(() -> entries(readers.ofB(), world.schoolB()), found -> !found.isEmpty())
                .andVerify(found -> {
                    assertThat(found)
                            .extracting(AuditRecord::subjectId, AuditRecord::details)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(ofB, "загружен из файла"));
                    assertThat(found.get(0).actor()).isEqualTo("system");
                    List<AuditRecord> ofA = entries(readers.ofA(), world.schoolA());
                    assertThat(ofA).hasSize(1);
                    assertThat(ofA.get(0).action()).isEqualTo(AuditAction.EXPORT);
                    assertThat(ofA.get(0).subjectId()).isNull();
                    assertThat(ofA.get(0).subjects())
                            .extracting(AuditRecord.Subject::id)
                            .containsExactly(first, second);
                });
    }

    /** A list view that showed nobody read nobody's data: no row, in a batch or alone. */
    @Test
    void aReadThatShowedNobodyLeavesTheLogAsItWas(Scenario scenario) {
        Fixtures.World world = fixtures.world();
        Readers readers = readers(world);
        AuditEvent nobody =
                AuditEvent.ofMany(world.schoolA(), AuditAction.READ, "Person", List.of(), "список педагогов");

        scenario.publish(new AuditBatch(List.of(nobody)))
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> nobody.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled ->
                        assertThat(entries(readers.ofA(), world.schoolA())).isEmpty());
        scenario.publish(nobody)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> nobody.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled ->
                        assertThat(entries(readers.ofA(), world.schoolA())).isEmpty());
    }

    private record Readers(NastavnikPrincipal ofA, NastavnikPrincipal ofB) {}

    /** Directors of the two schools; created before the scenario, so that their own creation is not what we read. */
    private Readers readers(Fixtures.World world) {
        return new Readers(
                fixtures.user(Role.DIRECTOR, world.schoolA()), fixtures.user(Role.DIRECTOR, world.schoolB()));
    }

    private List<AuditRecord> entries(NastavnikPrincipal reader, OrganisationId organisation) {
        return log.of(reader, organisation, null, 0, 500).getContent().stream()
                .filter(r -> "Person".equals(r.subjectType()))
                .toList();
    }

    private static void signIn(NastavnikPrincipal user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
