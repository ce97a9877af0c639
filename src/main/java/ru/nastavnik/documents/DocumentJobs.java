package ru.nastavnik.documents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.UserId;

/**
 * Batches of documents printed in the background while a page shows progress (a school's consent forms, an event's
 * certificates): the result waits an hour for its owner, and only its owner may fetch it. The job, its progress and
 * its file live in the database: any node follows and serves it, and a job cut off by a restart stops sending its
 * heartbeat and is then reported as failed, to be started again. The owning module checks who may start a job and
 * what it concerns; this class only runs it and keeps it.
 */
@Component
public class DocumentJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);
    /** A running job reports progress at least this often (a document takes well under a second). */
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    /** Without a heartbeat for this long, the node printing it is gone. */
    static final Duration STALE = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    DocumentJobs(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * What a job is: {@code kind} names the batch («consent-forms»), {@code subject} what it concerns (an event's id);
     * {@code people} those whose personal data the file holds, by their school, named in each school's log at every
     * download with the text {@code downloaded} (no names: the log never stores them).
     */
    public record Spec(
            String kind,
            String subject,
            int total,
            String failedKey,
            String interruptedKey,
            Map<OrganisationId, List<UUID>> people,
            String downloaded) {

        public Spec {
            people = Map.copyOf(people);
            if (downloaded == null || downloaded.isBlank() || downloaded.length() > 200) {
                throw new IllegalArgumentException("the log's text of a download: 1 to 200 characters");
            }
        }
    }

    /**
     * The work: builds the file, telling {@code progress} how many documents are done. It reads what it needs in a
     * short transaction of its own and renders outside any, so that each progress write commits at once, visible to
     * every node, on the one connection the thread holds.
     */
    public interface Work {
        Result run(IntConsumer progress);
    }

    public record Result(String fileName, String contentType, byte[] content) {}

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public record Job(
            UUID id,
            OrganisationId organisation,
            String kind,
            String subject,
            int total,
            int done,
            Status status,
            String errorKey,
            String fileName) {

        public int percent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }
    }

    /** Whether the owner has a job of this kind still running (one at a time: a second would only compete with it). */
    public boolean busy(UserId owner, String kind) {
        Integer running = jdbc.queryForObject(
                "select count(*) from document_job where owner_id = ? and kind = ? and status = 'RUNNING' "
                        + "and heartbeat_at > now() - make_interval(secs => ?)",
                Integer.class,
                owner.value(),
                kind,
                STALE.toSeconds());
        return running != null && running > 0;
    }

    /** Starts the job on a background thread (with the caller's security context) and returns its id at once. */
    public UUID start(UserId owner, OrganisationId organisation, Spec spec, Work work) {
        UUID id = UUID.randomUUID();
        List<Map.Entry<OrganisationId, UUID>> people = spec.people().entrySet().stream()
                .flatMap(school -> school.getValue().stream().map(person -> Map.entry(school.getKey(), person)))
                .toList();
        jdbc.update(
                "insert into document_job (id, owner_id, organisation_id, kind, subject, total, status, failed_key, "
                        + "interrupted_key, people, people_schools, downloaded) "
                        + "values (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?)",
                id,
                owner.value(),
                organisation.value(),
                spec.kind(),
                spec.subject(),
                spec.total(),
                spec.failedKey(),
                spec.interruptedKey(),
                people.stream().map(Map.Entry::getValue).toArray(UUID[]::new),
                people.stream().map(e -> e.getKey().value()).toArray(UUID[]::new),
                spec.downloaded());
        executor.submit(new DelegatingSecurityContextRunnable(() -> run(id, spec, work)));
        return id;
    }

    private void run(UUID id, Spec spec, Work work) {
        try {
            Result result = work.run(new Progress(id));
            jdbc.update(
                    "update document_job set status = 'DONE', done = total, file_name = ?, content_type = ?, "
                            + "content = ?, heartbeat_at = now() where id = ?",
                    result.fileName(),
                    result.contentType(),
                    result.content(),
                    id);
        } catch (InvalidInputException e) {
            fail(id, e.problems().get(0).messageKey());
        } catch (RuntimeException e) {
            log.error("A batch of documents ({}) failed", spec.kind(), e);
            fail(id, spec.failedKey());
        }
    }

    private void fail(UUID id, String errorKey) {
        jdbc.update(
                "update document_job set status = 'FAILED', error_key = ?, heartbeat_at = now() where id = ?",
                errorKey,
                id);
    }

    /** Writes the count done, at most every {@link #HEARTBEAT}, which is also the sign that the job is alive. */
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
                jdbc.update("update document_job set done = ?, heartbeat_at = now() where id = ?", done, id);
            }
        }
    }

    /** The owner's job of this kind; another's, another kind's or an unknown id is "not found". */
    public Job status(UserId owner, String kind, String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
        List<Job> rows = jdbc.query(
                "select id, organisation_id, kind, subject, total, done, status, error_key, file_name, "
                        + "interrupted_key, status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?) as stale "
                        + "from document_job where id = ? and owner_id = ? and kind = ?",
                (rs, n) -> new Job(
                        rs.getObject(1, UUID.class),
                        new OrganisationId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getBoolean(11) ? Status.FAILED : Status.valueOf(rs.getString(7)),
                        rs.getBoolean(11) ? rs.getString(10) : rs.getString(8),
                        rs.getString(9)),
                STALE.toSeconds(),
                jobId,
                owner.value(),
                kind);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return rows.get(0);
    }

    /** The finished job's file, its download recorded naming the people in it; a job not done is "not found". */
    public Result result(UserId owner, String kind, String id) {
        Job job = status(owner, kind, id);
        if (job.status() != Status.DONE) {
            throw new NotFoundException();
        }
        DownloadedJob found = jdbc.queryForObject(
                "select file_name, content_type, content, people, people_schools, downloaded from document_job "
                        + "where id = ?",
                (rs, n) -> new DownloadedJob(
                        new Result(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                        (UUID[]) rs.getArray(4).getArray(),
                        (UUID[]) rs.getArray(5).getArray(),
                        rs.getString(6)),
                job.id());
        found.record(events);
        return found.result();
    }

    /** Files nobody fetched are dropped after an hour; jobs cut off by a restart are marked failed. */
    @Scheduled(fixedDelayString = "PT10M")
    @SchedulerLock(name = "document-jobs-sweep")
    void sweep() {
        jdbc.update(
                "update document_job set status = 'FAILED', error_key = interrupted_key "
                        + "where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)",
                STALE.toSeconds());
        jdbc.update("delete from document_job where status <> 'RUNNING' and created_at < now() - interval '1 hour'");
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
