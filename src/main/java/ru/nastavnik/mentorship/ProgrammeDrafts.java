package ru.nastavnik.mentorship;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final Programmes programmes;

    ProgrammeDrafts(Programmes programmes) {
        this.programmes = programmes;
    }

    public ProgrammeView describe(NastavnikPrincipal caller, UUID id, String title, String goal, String tasks) {
        return change(caller, id, "изменены цель и задачи проекта программы", p -> p.describe(title, goal, tasks));
    }

    public ProgrammeView addActivity(NastavnikPrincipal caller, UUID id, PlanItem item) {
        return change(caller, id, "в проект программы добавлено мероприятие", p -> p.add(item));
    }

    public ProgrammeView reviseActivity(NastavnikPrincipal caller, UUID id, UUID activity, PlanItem item) {
        return change(caller, id, "в проекте программы изменено мероприятие", p -> p.revise(activity, item));
    }

    public ProgrammeView removeActivity(NastavnikPrincipal caller, UUID id, UUID activity) {
        return change(caller, id, "из проекта программы удалено мероприятие", p -> p.remove(activity));
    }

    private ProgrammeView change(NastavnikPrincipal caller, UUID id, String what, Consumer<Programme> change) {
        Programmes.Access access = programmes.access(caller, id);
        if (!access.drafter()) {
            throw new NotFoundException();
        }
        change.accept(access.programme());
        programmes.audit(access.programme(), what);
        return access.programme().view(programmes.today());
    }
}
