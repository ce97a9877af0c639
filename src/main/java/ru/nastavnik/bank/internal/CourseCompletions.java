package ru.nastavnik.bank.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.MentorTrained;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.training.MentorCourseCompleted;

/**
 * A mentor who went through the mentor course («Школа наставника») is trained: her entry in the mentor bank says so,
 * which the bank's filter and matching read. After the course's commit, from the event registry (a crash in
 * between sends the event again at the next start); a person not in the bank (yet) is left as she is.
 */
@Component
class CourseCompletions {

    private final MentorRepository mentors;
    private final ApplicationEventPublisher events;

    CourseCompletions(MentorRepository mentors, ApplicationEventPublisher events) {
        this.mentors = mentors;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MentorCourseCompleted completed) {
        List<MentorEntry> entries = mentors
                .currentAmong(List.of(completed.person().value()))
                .stream()
                .filter(e -> e.organisation().equals(completed.organisation()))
                .toList();
        List<MentorEntry> trained = entries.stream()
                .filter(e -> e.train(TrainingStatus.TRAINED, completed.completedOn()))
                .toList();
        mentors.saveAll(entries);
        trained.forEach(e ->
                events.publishEvent(new MentorTrained(completed.organisation(), completed.person(), e.trainedOn())));
        if (!entries.isEmpty()) {
            events.publishEvent(new AuditEvent(
                    completed.organisation(),
                    AuditAction.UPDATE,
                    "Person",
                    completed.person().value(),
                    "обучение наставника: курс «Школа наставника» пройден "
                            + Dates.DATE.format(completed.completedOn())));
        }
    }
}
