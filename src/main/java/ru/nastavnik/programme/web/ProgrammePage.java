package ru.nastavnik.programme.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.PairMaterials;
import ru.nastavnik.programme.internal.PracticeDraft;
import ru.nastavnik.programme.internal.ProgrammeManagement;
import ru.nastavnik.programme.internal.ProgrammePractices;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A programme's page: shown by its own route, and again with her input after a refused stale edit of its draft or a
 * refused meeting or proposal of the practice.
 */
@Component
class ProgrammePage {

    static final String VIEW = "programme/programme";

    private final ProgrammeManagement programmes;
    private final ProgrammePractices practices;
    private final PairMaterials materials;

    ProgrammePage(ProgrammeManagement programmes, ProgrammePractices practices, PairMaterials materials) {
        this.programmes = programmes;
        this.practices = practices;
        this.materials = materials;
    }

    /** The page's model; a form already in it (refused, as she filled it) is kept, the others are filled afresh. */
    ProgrammeCard show(NastavnikPrincipal me, UUID id, Model model) {
        ProgrammeCard card = programmes.card(me, id);
        LocalDate today = programmes.today(card.programme().organisationId());
        model.addAttribute("card", card);
        model.addAttribute("suggested", materials.forProgramme(card));
        if (card.programme().status() == ProgrammeStatus.COMPLETED) {
            PracticeDraft draft = practices.draft(me, card.programme().id());
            model.addAttribute("practice", draft);
            if (!model.containsAttribute("practiceForm")) {
                model.addAttribute("practiceForm", PracticeForm.of(draft));
            }
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", MeetingForm.on(today));
        }
        model.addAttribute("roles", ActivityRole.values());
        model.addAttribute("today", today);
        return card;
    }
}
