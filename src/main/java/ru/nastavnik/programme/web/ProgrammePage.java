package ru.nastavnik.programme.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.PairMaterials;
import ru.nastavnik.programme.internal.ProgrammeManagement;
import ru.nastavnik.programme.internal.ProgrammePractices;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A programme's page: shown by its own route, and again after a refused stale edit of its draft with her input. */
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

    ProgrammeCard show(NastavnikPrincipal me, UUID id, Model model) {
        ProgrammeCard card = programmes.card(me, id);
        model.addAttribute("card", card);
        model.addAttribute("suggested", materials.forProgramme(card));
        if (card.programme().status() == ProgrammeStatus.COMPLETED) {
            model.addAttribute("practice", practices.draft(me, card.programme().id()));
        }
        model.addAttribute("roles", ActivityRole.values());
        model.addAttribute("today", programmes.today(card.programme().organisationId()));
        return card;
    }
}
