package ru.nastavnik.practices.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.internal.PracticeStep.Actor;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's work on its practice: the contest's sections, and the authors' written consent to distribution
 * (recorded with its date and who recorded it; publishing will rely on it). Both on the version the editor read.
 */
@Service
@Transactional
public class PracticeEditing {

    private final PracticeManagement practices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    PracticeEditing(PracticeManagement practices, ApplicationEventPublisher events, SchoolDates dates, Clock clock) {
        this.practices = practices;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    public PracticeView describe(
            NastavnikPrincipal caller,
            OrganisationId school,
            PracticeId id,
            Long readVersion,
            PracticeDescription description) {
        Practice practice = practices.managed(caller, school, id);
        practice.describe(readVersion, description);
        events.publishEvent(new AuditEvent(
                practice.organisation(), AuditAction.UPDATE, "Practice", practice.id(), "изменено описание практики"));
        return practice.view();
    }

    public PracticeView recordConsent(
            NastavnikPrincipal caller, OrganisationId school, PracticeId id, Long readVersion, LocalDate givenOn) {
        Practice practice = practices.managed(caller, school, id);
        practice.recordConsent(
                readVersion, givenOn, dates.today(school), caller.id().value(), Actor.current(), clock.instant());
        PracticeView view = practice.view();
        events.publishEvent(AuditEvent.ofMany(
                view.organisationId(),
                AuditAction.CONSENT,
                "Person",
                view.authors().stream().map(a -> a.value()).toList(),
                "согласие авторов на распространение практики «" + view.title() + "»"));
        return view;
    }
}
