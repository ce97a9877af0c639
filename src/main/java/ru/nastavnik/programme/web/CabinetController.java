package ru.nastavnik.programme.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.nastavnik.programme.internal.Cabinet;
import ru.nastavnik.programme.internal.CabinetPair;
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
        List<CabinetPair> pairs = cabinet.of(me).orElse(List.of());
        model.addAttribute("pairs", pairs);
        model.addAttribute("suggested", materials.forCabinet(pairs));
        model.addAttribute("programmes", cabinet.programmesShown(me));
        return VIEW;
    }
}
