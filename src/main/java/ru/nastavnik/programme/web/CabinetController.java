package ru.nastavnik.programme.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.nastavnik.programme.internal.Cabinet;
import ru.nastavnik.programme.internal.PairMaterials;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The teacher's cabinet: the pairs she is in now, with whom, and every programme she has taken part in. */
@Controller
class CabinetController {

    static final String VIEW = "programme/my-programmes";

    private final Cabinet cabinet;
    private final PairMaterials materials;

    CabinetController(Cabinet cabinet, PairMaterials materials) {
        this.cabinet = cabinet;
        this.materials = materials;
    }

    @GetMapping(CabinetTiles.CABINET)
    String mine(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        Cabinet.Page page = cabinet.page(me);
        model.addAttribute("pairs", page.pairs());
        model.addAttribute("suggested", materials.forCabinet(page.pairs()));
        model.addAttribute("programmes", page.programmes());
        return VIEW;
    }
}
