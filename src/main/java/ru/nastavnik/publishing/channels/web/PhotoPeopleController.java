package ru.nastavnik.publishing.channels.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.channels.PhotoId;
import ru.nastavnik.publishing.channels.PhotoPeopleView;
import ru.nastavnik.publishing.channels.PhotoTags;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** Who a news photo shows: the curator ticks the staff in it, so that publishing asks for their consent too. */
@Controller
@RequestMapping("/publishing/channels/publications/{id}/photos/{photo}/people")
class PhotoPeopleController {

    private final PublicationManagement publications;
    private final PhotoTags photos;

    PhotoPeopleController(PublicationManagement publications, PhotoTags photos) {
        this.publications = publications;
        this.photos = photos;
    }

    @GetMapping
    String form(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @PathVariable PhotoId photo,
            Model model) {
        PublicationView publication = publications.get(me, id);
        PhotoPeopleView tagged = photos.people(me, id, photo.value());
        model.addAttribute(
                "tagged",
                tagged.people().stream().map(PhotoPeopleView.Shown::person).toList());
        model.addAttribute("version", tagged.version());
        model.addAttribute("publication", publication);
        model.addAttribute("photo", photo);
        model.addAttribute("staff", photos.candidates(me, id));
        return "publishing/photo-people";
    }

    @PostMapping
    String tag(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @PathVariable PhotoId photo,
            @RequestParam(name = "people", required = false) List<PersonId> people,
            @RequestParam(name = "version", required = false) Long version,
            RedirectAttributes redirect) {
        List<PersonId> shown = people == null ? List.of() : people;
        // tagged meanwhile (another tab, a script): her ticks would silently undo theirs, so she sees theirs first
        if (Submit.versioned(
                redirect,
                "publishingDrafts.photo.stale",
                () -> {
                    if (version == null) {
                        photos.tag(me, id, photo.value(), shown);
                    } else {
                        photos.tag(me, id, photo.value(), shown, version);
                    }
                },
                "publishingDrafts.photo.saved")) {
            return "redirect:/publishing/channels/publications/" + id;
        }
        return "redirect:/publishing/channels/publications/" + id + "/photos/" + photo + "/people";
    }
}
