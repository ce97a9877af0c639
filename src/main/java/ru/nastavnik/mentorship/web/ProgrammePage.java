package ru.nastavnik.mentorship.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import ru.nastavnik.mentorship.ActivityRole;
import ru.nastavnik.mentorship.ProgrammeCard;
import ru.nastavnik.mentorship.ProgrammePractices;
import ru.nastavnik.mentorship.ProgrammeStatus;
import ru.nastavnik.mentorship.PairMaterials;
import ru.nastavnik.mentorship.Programmes;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A programme's page: shown by its own route, and again after a refused stale edit of its draft with her input. */
@Component
class ProgrammePage {

    static final String VIEW = "mentorship/programme";

    private final Programmes programmes;
    private final ProgrammePractices practices;
    private final PairMaterials materials;

    ProgrammePage(Programmes programmes, ProgrammePractices practices, PairMaterials materials) {
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
        model.addAttribute("today", LocalDate.now());
        return card;
    }
}
