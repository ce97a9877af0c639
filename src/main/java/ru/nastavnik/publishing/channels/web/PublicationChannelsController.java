package ru.nastavnik.publishing.channels.web;

import java.io.IOException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.publishing.channels.ChannelDeliveries;
import ru.nastavnik.publishing.channels.DeliveryId;
import ru.nastavnik.publishing.channels.PhotoId;
import ru.nastavnik.publishing.channels.PublicationPhotos;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;

/** A news item's photos and its posts to the channels: status per channel, retry, deleting a stale post. */
@Controller
@RequestMapping("/publishing/channels/publications/{id}")
class PublicationChannelsController {

    private final PublicationManagement publications;
    private final ChannelDeliveries deliveries;
    private final PublicationPhotos photos;

    PublicationChannelsController(
            PublicationManagement publications, ChannelDeliveries deliveries, PublicationPhotos photos) {
        this.publications = publications;
        this.deliveries = deliveries;
        this.photos = photos;
    }

    @GetMapping
    String page(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PublicationId id, Model model) {
        PublicationView publication = publications.get(me, id);
        model.addAttribute("publication", publication);
        model.addAttribute("deliveries", deliveries.of(me, publication.organisationId(), id));
        model.addAttribute("photos", photos.list(me, id));
        return "publishing/publication-channels";
    }

    @PostMapping("/photos")
    String upload(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        publications.get(me, id);
        return Submit.to(
                back(id),
                redirect,
                () -> {
                    if (file == null || file.isEmpty()) {
                        throw InvalidInputException.of("file", "channels.photo.empty");
                    }
                    photos.upload(me, id, file.getInputStream(), file.getOriginalFilename());
                },
                "channels.photo.added");
    }

    @PostMapping("/photos/{photo}/delete")
    String deletePhoto(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @PathVariable PhotoId photo,
            RedirectAttributes redirect) {
        photos.delete(me, id, photo.value());
        Flash.success(redirect, "channels.photo.deleted");
        return back(id);
    }

    @PostMapping("/deliveries/{delivery}/retry")
    String retry(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @PathVariable DeliveryId delivery,
            RedirectAttributes redirect) {
        return act(me, id, delivery, redirect, "channels.retried", Action.RETRY);
    }

    @PostMapping("/deliveries/{delivery}/delete")
    String deletePost(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @PathVariable DeliveryId delivery,
            RedirectAttributes redirect) {
        return act(me, id, delivery, redirect, "channels.deleted", Action.DELETE);
    }

    @PostMapping("/deliveries/{delivery}/mark-deleted")
    String markDeleted(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @PathVariable DeliveryId delivery,
            RedirectAttributes redirect) {
        return act(me, id, delivery, redirect, "channels.markedDeleted", Action.MARK);
    }

    private enum Action {
        RETRY,
        DELETE,
        MARK
    }

    private String act(
            NastavnikPrincipal me,
            PublicationId id,
            DeliveryId delivery,
            RedirectAttributes redirect,
            String done,
            Action action) {
        OrganisationId org = publications.get(me, id).organisationId();
        UUID row = delivery.value();
        return Submit.to(
                back(id),
                redirect,
                () -> {
                    switch (action) {
                        case RETRY -> deliveries.retry(me, org, id, row);
                        case DELETE -> deliveries.deletePost(me, org, id, row);
                        case MARK -> deliveries.markDeleted(me, org, id, row);
                    }
                },
                done);
    }

    private static String back(PublicationId id) {
        return "redirect:/publishing/channels/publications/" + id;
    }
}
