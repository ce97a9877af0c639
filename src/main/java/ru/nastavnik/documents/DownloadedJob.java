package ru.nastavnik.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * A batch's file read from its row with whose personal data it holds ({@code people[i]} of school {@code schools[i]}):
 * its download is recorded in each school's log naming them (152-ФЗ), once the row is read — on no second connection.
 */
record DownloadedJob(DocumentJobs.Result result, UUID[] people, UUID[] schools, String text) {

    void record(ApplicationEventPublisher events) {
        Map<UUID, List<UUID>> bySchool = new LinkedHashMap<>();
        for (int i = 0; i < people.length; i++) {
            bySchool.computeIfAbsent(schools[i], s -> new ArrayList<>()).add(people[i]);
        }
        bySchool.forEach((school, named) -> events.publishEvent(
                AuditEvent.ofMany(new OrganisationId(school), AuditAction.DOWNLOAD, "Person", named, text)));
    }
}
