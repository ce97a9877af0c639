package ru.nastavnik.consent;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Batches of forms (a whole school's consents) are printed in the background while the page shows progress;
 * the result waits an hour for its owner, and only its owner may fetch it. The batch, its progress and its file
 * live in the database: any node follows and serves it, and a batch cut off by a restart stops sending its
 * heartbeat and is then reported as failed, to be started again.
 */
@Component
public class FormJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FormJobs.class);
    /** Far more than a school has; a larger list is a mistake or an attack on the server's memory. */
    static final int MAX_PEOPLE = 3000;
    /** A running batch reports progress at least this often (a form takes well under a second). */
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    /** Without a heartbeat for this long, the node printing it is gone. */
    static final Duration STALE = Duration.ofMinutes(2);

    private final ConsentForms forms;
    private final ConsentManagement consents;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    FormJobs(ConsentForms forms, ConsentManagement consents, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.forms = forms;
        this.consents = consents;
        this.jdbc = jdbc;
        // progress is written while the batch's own transaction is still open, and must be seen before it ends;
        // only the two background printers ever hold a second connection, never a request
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String start(NastavnikPrincipal caller, OrganisationId organisation, ConsentPurpose purpose,
            List<PersonId> people, FormFormat format) {
        List<PersonId> distinct = people.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw InvalidInputException.of("person", "consent.personId.required");
        }
        if (distinct.size() > MAX_PEOPLE) {
            throw InvalidInputException.of("personIds", "consent.batch.tooMany", MAX_PEOPLE);
        }
        Integer running = jdbc.queryForObject("select count(*) from consent_form_job where owner_id = ? and status = 'RUNNING' "
                + "and heartbeat_at > now() - make_interval(secs => ?)", Integer.class, caller.id().value(), STALE.toSeconds());
        if (running != null && running > 0) {
            throw InvalidInputException.of("personIds", "consent.batch.busy");
        }
        consents.checkPeople(caller, organisation, distinct);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into consent_form_job (id, owner_id, organisation_id, total, status) values (?, ?, ?, ?, 'RUNNING')",
                id, caller.id().value(), organisation.value(), distinct.size());
        executor.submit(new DelegatingSecurityContextRunnable(() -> run(id, caller, organisation, purpose, distinct, format)));
        return id.toString();
    }

    private void run(UUID id, NastavnikPrincipal caller, OrganisationId organisation, ConsentPurpose purpose,
            List<PersonId> people, FormFormat format) {
        Progress progress = new Progress(id);
        try {
            GeneratedFile result = forms.generate(caller, organisation, purpose, people, format, true, progress);
            jdbc.update("update consent_form_job set status = 'DONE', done = total, file_name = ?, content_type = ?, "
                    + "content = ?, heartbeat_at = now() where id = ?", result.name(), result.contentType(), result.content(), id);
        } catch (InvalidInputException e) {
            fail(id, e.problems().get(0).messageKey());
        } catch (RuntimeException e) {
            log.error("Printing consent forms failed", e);
            fail(id, "consent.batch.failed");
        }
    }

    private void fail(UUID id, String errorKey) {
        jdbc.update("update consent_form_job set status = 'FAILED', error_key = ?, heartbeat_at = now() where id = ?",
                errorKey, id);
    }

    /** Writes the count done, at most every {@link #HEARTBEAT}, which is also the sign that the batch is alive. */
    private final class Progress implements IntConsumer {

        private final UUID id;
        private long last = System.nanoTime();

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public void accept(int done) {
            long now = System.nanoTime();
            if (now - last >= HEARTBEAT.toNanos() / 2) {
                last = now;
                separately.executeWithoutResult(status -> jdbc.update(
                        "update consent_form_job set done = ?, heartbeat_at = now() where id = ?", done, id));
            }
        }
    }

    public JobView status(NastavnikPrincipal caller, String id) {
        Row row = owned(caller, id);
        return new JobView(id, new OrganisationId(row.organisation()), row.total(), row.done(), row.status(), row.errorKey(),
                row.fileName());
    }

    public GeneratedFile result(NastavnikPrincipal caller, String id) {
        Row row = owned(caller, id);
        if (row.status() != JobStatus.DONE) {
            throw new NotFoundException();
        }
        return jdbc.queryForObject("select file_name, content_type, content from consent_form_job where id = ?",
                (rs, n) -> new GeneratedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), row.id());
    }

    private Row owned(NastavnikPrincipal caller, String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        List<Row> rows = jdbc.query("select id, organisation_id, total, done, status, error_key, file_name, "
                + "status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?) as stale "
                + "from consent_form_job where id = ? and owner_id = ?", (rs, n) -> new Row(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getInt(3), rs.getInt(4),
                rs.getBoolean(8) ? JobStatus.FAILED : JobStatus.valueOf(rs.getString(5)),
                rs.getBoolean(8) ? "consent.batch.interrupted" : rs.getString(6), rs.getString(7)),
                STALE.toSeconds(), jobId, caller.id().value());
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return rows.get(0);
    }

    private record Row(UUID id, UUID organisation, int total, int done, JobStatus status, String errorKey, String fileName) {
    }

    /** Files nobody fetched are dropped after an hour; batches cut off by a restart are marked failed. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT10M")
    void sweep() {
        jdbc.update("update consent_form_job set status = 'FAILED', error_key = 'consent.batch.interrupted' "
                + "where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)", STALE.toSeconds());
        jdbc.update("delete from consent_form_job where status <> 'RUNNING' and created_at < now() - interval '1 hour'");
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    public enum JobStatus { RUNNING, DONE, FAILED }

    public record JobView(String id, OrganisationId organisation, int total, int done, JobStatus status,
            String errorKey, String fileName) {

        public int percent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }
    }
}
