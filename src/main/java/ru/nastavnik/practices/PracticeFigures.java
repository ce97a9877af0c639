package ru.nastavnik.practices;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.shared.OrganisationId;

/** How many practices the organisation's library (методическая копилка) holds: a figure, no people. */
@Service
@Transactional(readOnly = true)
public class PracticeFigures {

    private final PracticeRepository practices;

    PracticeFigures(PracticeRepository practices) {
        this.practices = practices;
    }

    /** Callers have checked the caller's right to the organisation's figures. */
    public long inLibrary(OrganisationId organisation) {
        return practices.countIn(organisation.value(), PracticeStatus.ACCEPTED);
    }
}
