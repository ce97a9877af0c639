package ru.nastavnik.programme.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Writing a draft programme: its title, goal and tasks, and its plan's activities added, rewritten or removed. The
 * mentor is the programme's author, working it out with the mentee (the 2021 recommendations), and the curator may
 * edit it as well; the programme itself refuses any change once it is no longer a draft.
 */
@Service
@Transactional
public class ProgrammeDrafts {

    private final ProgrammeAccess access;
    private final EntityManager entityManager;

    ProgrammeDrafts(ProgrammeAccess access, EntityManager entityManager) {
        this.access = access;
        this.entityManager = entityManager;
    }

    /** {@code readVersion}: the programme's version she edited (its ETag); refused if the draft changed since. */
    public ProgrammeView describe(
            NastavnikPrincipal caller, UUID id, Long readVersion, String title, String goal, String tasks) {
        return change(caller, id, "изменены цель и задачи проекта программы", p -> {
            p.editedOn(readVersion);
            p.describe(title, goal, tasks);
        });
    }

    public ProgrammeView addActivity(NastavnikPrincipal caller, UUID id, PlanItem item) {
        return change(caller, id, "в проект программы добавлено мероприятие", p -> p.add(item));
    }

    /** As {@link #describe}: the activity is rewritten only on the draft's version she read. */
    public ProgrammeView reviseActivity(
            NastavnikPrincipal caller, UUID id, UUID activity, Long readVersion, PlanItem item) {
        return change(caller, id, "в проекте программы изменено мероприятие", p -> {
            p.editedOn(readVersion);
            p.revise(activity, item);
        });
    }

    public ProgrammeView removeActivity(NastavnikPrincipal caller, UUID id, UUID activity) {
        return change(caller, id, "из проекта программы удалено мероприятие", p -> p.remove(activity));
    }

    private ProgrammeView change(NastavnikPrincipal caller, UUID id, String what, Consumer<Programme> change) {
        ProgrammeAccess.Access access = this.access.of(caller, id);
        if (!access.drafter()) {
            throw new NotFoundException();
        }
        change.accept(access.programme());
        // the draft is one whole: a changed line of its plan is a new version of the programme too (the next
        // edit's If-Match), and the row is locked so that a concurrent edit fails instead of overwriting
        entityManager.lock(access.programme(), LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        this.access.audit(access.programme(), what);
        return access.programme().view(this.access.today(access.programme()));
    }
}
