package ru.nastavnik.publishing.channels.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.publishing.channels.PostsToDelete;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The organisation's posts still to be deleted from its channels, each with its link and «Отметить удалённым». */
@Controller
class PostsToDeleteController {

    private final PostsToDelete posts;

    PostsToDeleteController(PostsToDelete posts) {
        this.posts = posts;
    }

    @GetMapping("/publishing/channels/to-delete")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        model.addAttribute("posts", posts.of(me, org));
        model.addAttribute("organisationId", org);
        return "publishing/posts-to-delete";
    }
}
