package ru.nastavnik.mentorship.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import ru.nastavnik.shared.Ids;

/** The matching run's proposals the curator approves, with the form of mentoring and the term the new pairs get. */
record ApprovalForm(
        List<String> proposalIds,
        String form,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    List<UUID> ids() {
        return proposalIds == null
                ? List.of()
                : proposalIds.stream().map(Ids::parse).toList();
    }
}
