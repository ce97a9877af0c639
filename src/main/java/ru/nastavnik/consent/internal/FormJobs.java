package ru.nastavnik.consent.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GeneratedFile;
import ru.nastavnik.documents.DocumentJobs;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Batches of forms (a whole school's consents) are printed in the background while the page shows progress, as
 * {@link DocumentJobs}: kept in the database, followed and served by any node, waiting an hour for their owner only.
 */
@Component
public class FormJobs {

    static final String KIND = "consent-forms";
    /** Far more than a school has; a larger list is a mistake or an attack on the server's memory. */
    static final int MAX_PEOPLE = 3000;

    private final FormFiles forms;
    private final ConsentQueries consents;
    private final DocumentJobs jobs;

    FormJobs(FormFiles forms, ConsentQueries consents, DocumentJobs jobs) {
        this.forms = forms;
        this.consents = consents;
        this.jobs = jobs;
    }

    public String start(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ConsentPurpose purpose,
            List<PersonId> people,
            FormFormat format) {
        List<PersonId> distinct = people.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw InvalidInputException.of("person", "consent.personId.required");
        }
        if (distinct.size() > MAX_PEOPLE) {
            throw InvalidInputException.of("personIds", "consent.batch.tooMany", MAX_PEOPLE);
        }
        if (jobs.busy(caller.id(), KIND)) {
            throw InvalidInputException.of("personIds", "consent.batch.busy");
        }
        consents.checkPeople(caller, organisation, distinct);
        return jobs.start(
                        caller.id(),
                        organisation,
                        new DocumentJobs.Spec(
                                KIND,
                                purpose.name(),
                                distinct.size(),
                                "consent.batch.failed",
                                "consent.batch.interrupted",
                                java.util.Map.of(
                                        organisation,
                                        distinct.stream().map(PersonId::value).toList()),
                                "скачан пакет бланков согласий (" + purpose + ")"),
                        progress -> {
                            GeneratedFile file =
                                    forms.generate(caller, organisation, purpose, distinct, format, true, progress);
                            return new DocumentJobs.Result(file.name(), file.contentType(), file.content());
                        })
                .toString();
    }

    public JobView status(NastavnikPrincipal caller, String id) {
        DocumentJobs.Job job = jobs.status(caller.id(), KIND, id);
        return new JobView(
                id,
                job.organisation(),
                job.total(),
                job.done(),
                JobStatus.valueOf(job.status().name()),
                job.errorKey(),
                job.fileName());
    }

    public GeneratedFile result(NastavnikPrincipal caller, String id) {
        DocumentJobs.Result result = jobs.result(caller.id(), KIND, id);
        return new GeneratedFile(result.fileName(), result.contentType(), result.content());
    }

    public enum JobStatus {
        RUNNING,
        DONE,
        FAILED
    }

    public record JobView(
            String id,
            OrganisationId organisation,
            int total,
            int done,
            JobStatus status,
            String errorKey,
            String fileName) {

        public int percent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }
    }
}
