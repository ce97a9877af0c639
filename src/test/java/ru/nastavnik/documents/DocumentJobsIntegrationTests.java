package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.UserId;

/**
 * A batch printed in the background keeps its progress and its file in the database: another node follows it and
 * serves the file, nobody but its owner sees it, and one whose node died reads as failed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentJobsIntegrationTests {

    static final DocumentJobs.Spec SPEC = new DocumentJobs.Spec(
            "test-batch",
            "subject",
            3,
            "document.job.failed",
            "document.job.interrupted",
            java.util.Map.of(),
            "скачан пакет");

    @Autowired
    DocumentJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchStartedOnOneNodeIsFollowedAndDownloadedOnAnotherAndOnlyByItsOwner() throws Exception {
        UserId owner = new UserId(UUID.randomUUID());
        OrganisationId school = new OrganisationId(UUID.randomUUID());
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        UUID id = jobs.start(owner, school, SPEC, progress -> {
            try {
                Thread.sleep(DocumentJobs.HEARTBEAT.toMillis());
                progress.accept(2);
                halfway.countDown();
                goOn.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new DocumentJobs.Result(
                    "Пакет.pdf", "application/pdf", "%PDF-пакет".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(jobs.busy(owner, SPEC.kind())).isTrue();
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(NastavnikApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run()) {
            DocumentJobs other = nodeB.getBean(DocumentJobs.class);
            assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();
            DocumentJobs.Job running = other.status(owner, SPEC.kind(), id.toString());
            assertThat(running.status()).isEqualTo(DocumentJobs.Status.RUNNING);
            assertThat(running.done())
                    .as("progress written by node A, read on node B")
                    .isEqualTo(2);
            assertThat(running.percent()).isEqualTo(66);
            goOn.countDown();
            DocumentJobs.Job job = running;
            for (int i = 0; i < 100 && job.status() == DocumentJobs.Status.RUNNING; i++) {
                Thread.sleep(100);
                job = other.status(owner, SPEC.kind(), id.toString());
            }
            assertThat(job.status()).isEqualTo(DocumentJobs.Status.DONE);
            assertThat(new String(
                            other.result(owner, SPEC.kind(), id.toString()).content(), StandardCharsets.UTF_8))
                    .isEqualTo("%PDF-пакет");
            assertThatThrownBy(() -> other.status(new UserId(UUID.randomUUID()), SPEC.kind(), id.toString()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.result(owner, "another-kind", id.toString()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aBatchWhoseNodeDiedReadsAsFailedAndAFailureKeepsItsReason() throws Exception {
        UserId owner = new UserId(UUID.randomUUID());
        UUID orphan = UUID.randomUUID();
        jdbc.update(
                "insert into document_job (id, owner_id, organisation_id, kind, total, done, status, failed_key, interrupted_key, "
                        + "created_at, heartbeat_at) values (?, ?, ?, ?, 10, 4, 'RUNNING', ?, ?, now() - interval '10 minutes', "
                        + "now() - interval '10 minutes')",
                orphan,
                owner.value(),
                UUID.randomUUID(),
                SPEC.kind(),
                SPEC.failedKey(),
                SPEC.interruptedKey());
        DocumentJobs.Job stale = jobs.status(owner, SPEC.kind(), orphan.toString());
        assertThat(stale.status()).isEqualTo(DocumentJobs.Status.FAILED);
        assertThat(stale.errorKey()).isEqualTo("document.job.interrupted");
        assertThat(jobs.busy(owner, SPEC.kind())).isFalse();

        UUID broken = jobs.start(owner, new OrganisationId(UUID.randomUUID()), SPEC, progress -> {
            throw new IllegalStateException("a template that cannot be read");
        });
        DocumentJobs.Job failed = jobs.status(owner, SPEC.kind(), broken.toString());
        for (int i = 0; i < 100 && failed.status() == DocumentJobs.Status.RUNNING; i++) {
            Thread.sleep(50);
            failed = jobs.status(owner, SPEC.kind(), broken.toString());
        }
        assertThat(failed.status()).isEqualTo(DocumentJobs.Status.FAILED);
        assertThat(failed.errorKey()).isEqualTo("document.job.failed");
        assertThatThrownBy(() -> jobs.result(owner, SPEC.kind(), broken.toString()))
                .isInstanceOf(NotFoundException.class);
    }
}
