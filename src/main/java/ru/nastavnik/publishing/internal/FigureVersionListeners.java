package ru.nastavnik.publishing.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeCompleted;
import ru.nastavnik.training.MentorCourseCompleted;

/**
 * The changes of the public figures that are announced by name rather than only audited: a mentor completing her
 * course (a step marked done is her own progress) and a programme completed. They bump the school's public pages'
 * version in the change's own transaction, as {@link PageVersionListeners} does, so a cached page with the old
 * figure is not served after it. Pairs, staff, events and practices change by audited actions, which bump it already.
 */
@Component
class FigureVersionListeners {

    private final PageVersions versions;

    FigureVersionListeners(PageVersions versions) {
        this.versions = versions;
    }

    @EventListener
    void on(MentorCourseCompleted completed) {
        versions.changed(completed.organisation());
    }

    @EventListener
    void on(ProgrammeCompleted completed) {
        versions.changed(completed.organisation());
    }
}
