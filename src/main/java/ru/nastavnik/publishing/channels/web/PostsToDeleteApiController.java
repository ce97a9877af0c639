package ru.nastavnik.publishing.channels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.publishing.channels.PostsToDelete;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The same list as the page, for the curator's scripts; marking one deleted is the deliveries' own API. */
@RestController
@Tag(name = "Каналы публикаций")
class PostsToDeleteApiController {

    private final PostsToDelete posts;

    PostsToDeleteApiController(PostsToDelete posts) {
        this.posts = posts;
    }

    @GetMapping("/api/v1/organisations/{orgId}/deliveries/to-delete")
    @Operation(
            summary = "Посты в Telegram и VK, которые нужно удалить (новость снята или скрыто имя после отзыва"
                    + " согласия), со ссылками")
    List<PostsToDelete.Post> toDelete(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return posts.of(me, orgId);
    }
}
