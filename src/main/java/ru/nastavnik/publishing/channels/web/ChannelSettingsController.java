package ru.nastavnik.publishing.channels.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.publishing.channels.ChannelKind;
import ru.nastavnik.publishing.channels.ChannelSettings;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/** The school's Telegram and VK settings; a token field is always empty on the page and blank keeps the saved one. */
@Controller
@RequestMapping("/publishing/channels")
class ChannelSettingsController {

    private final ChannelSettings settings;

    ChannelSettingsController(ChannelSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        model.addAttribute("channels", settings.of(me, org));
        model.addAttribute("organisationId", org);
        return "publishing/channels-settings";
    }

    @PostMapping("/{kind}")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String kind,
            @RequestParam(required = false) String organisation,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String token,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        ChannelKind channel = kind(kind);
        try {
            settings.save(me, org, channel, enabled, target, token);
            Flash.success(redirect, "channels.saved");
        } catch (InvalidInputException e) {
            // not Flash.error(redirect, e): that keeps what was typed for the form, and a token must not be kept
            // anywhere
            InvalidInputException.Problem problem = e.problems().get(0);
            Flash.error(redirect, problem.messageKey(), problem.args().toArray());
        }
        return "redirect:/publishing/channels?organisation=" + org;
    }

    @PostMapping("/{kind}/remove")
    String remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String kind,
            @RequestParam(required = false) String organisation,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        settings.remove(me, org, kind(kind));
        Flash.success(redirect, "channels.removed");
        return "redirect:/publishing/channels?organisation=" + org;
    }

    private static ChannelKind kind(String value) {
        for (ChannelKind kind : ChannelKind.values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new NotFoundException();
    }
}
