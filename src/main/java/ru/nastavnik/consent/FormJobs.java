package ru.nastavnik.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Batches of forms (a whole school's consents) are printed in the background while the page shows progress;
 * the result waits an hour for its owner, and only its owner may fetch it.
 */
@Component
public class FormJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FormJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);
    /** Far more than a school has; a larger list is a mistake or an attack on the server's memory. */
    static final int MAX_PEOPLE = 3000;

    private final ConsentForms forms;
    private final ConsentManagement consents;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    FormJobs(ConsentForms forms, ConsentManagement consents) {
        this.forms = forms;
        this.consents = consents;
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
        sweep();
        if (jobs.values().stream().anyMatch(j -> j.owner.equals(caller.id()) && j.status == JobStatus.RUNNING)) {
            throw InvalidInputException.of("personIds", "consent.batch.busy");
        }
        consents.checkPeople(caller, organisation, distinct);
        Job job = new Job(UUID.randomUUID().toString(), caller.id(), organisation, distinct.size());
        jobs.put(job.id, job);
        executor.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                job.result = forms.generate(caller, organisation, purpose, distinct, format, true, job.done::set);
                job.status = JobStatus.DONE;
            } catch (InvalidInputException e) {
                job.errorKey = e.problems().get(0).messageKey();
                job.status = JobStatus.FAILED;
            } catch (RuntimeException e) {
                log.error("Printing consent forms failed", e);
                job.errorKey = "consent.batch.failed";
                job.status = JobStatus.FAILED;
            }
        }));
        return job.id;
    }

    public JobView status(NastavnikPrincipal caller, String id) {
        Job job = owned(caller, id);
        return new JobView(job.id, job.organisation, job.total, job.done.get(), job.status, job.errorKey,
                job.result == null ? null : job.result.name());
    }

    public GeneratedFile result(NastavnikPrincipal caller, String id) {
        Job job = owned(caller, id);
        if (job.status != JobStatus.DONE) {
            throw new NotFoundException();
        }
        return job.result;
    }

    private Job owned(NastavnikPrincipal caller, String id) {
        Job job = jobs.get(id);
        if (job == null || !job.owner.equals(caller.id())) {
            throw new NotFoundException();
        }
        return job;
    }

    /** Results nobody fetched are dropped after an hour even if no new batch is started. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT10M")
    void sweep() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.created.isBefore(cutoff) && j.status != JobStatus.RUNNING);
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

    private static final class Job {
        final String id;
        final UserId owner;
        final OrganisationId organisation;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final Instant created = Instant.now();
        volatile JobStatus status = JobStatus.RUNNING;
        volatile GeneratedFile result;
        volatile String errorKey;

        Job(String id, UserId owner, OrganisationId organisation, int total) {
            this.id = id;
            this.owner = owner;
            this.organisation = organisation;
            this.total = total;
        }
    }
}
