package ru.nastavnik.publishing.channels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.channels.PhotoId;
import ru.nastavnik.publishing.channels.PhotoPeopleView;
import ru.nastavnik.publishing.channels.PhotoTags;
import ru.nastavnik.publishing.channels.PublicationPhotos;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/**
 * A news item's photos and whom each shows, for the curator's scripts (Civil Code art. 152.1, 152-ФЗ art. 10.1): the
 * same keepers and tenant checks as the pages (anyone else, another school's item or photo → 404); the list of people
 * is read with an ETag and replaced only with it in {@code If-Match}, like a news item.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/publications/{id}/photos")
@Tag(name = "Публикации")
class PhotoPeopleApiController {

    private final PublicationManagement publications;
    private final PublicationPhotos photos;
    private final PhotoTags tags;

    PhotoPeopleApiController(PublicationManagement publications, PublicationPhotos photos, PhotoTags tags) {
        this.publications = publications;
        this.photos = photos;
        this.tags = tags;
    }

    /** A photo of the item: no names here, only how many people it is tagged with (their names are a read of their own). */
    record Photo(PhotoId id, int width, int height, boolean hidden, int people) {}

    record People(List<PersonId> people) {}

    @GetMapping
    @Operation(summary = "Фотографии новости: размер, скрыта ли после отзыва согласия, сколько людей отмечено")
    List<Photo> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id) {
        publications.get(me, orgId, id);
        return photos.list(me, id).stream()
                .map(p -> new Photo(
                        new PhotoId(p.id()),
                        p.width(),
                        p.height(),
                        p.hidden(),
                        p.people().size()))
                .toList();
    }

    @GetMapping("/{photo}/people")
    @Operation(summary = "Кто на фотографии и есть ли у каждого согласие на распространение (ETag — для If-Match)")
    ResponseEntity<PhotoPeopleView> people(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            @PathVariable PhotoId photo) {
        publications.get(me, orgId, id);
        PhotoPeopleView view = tags.people(me, id, photo.value());
        return ETags.ok(view.version(), view);
    }

    @PutMapping("/{photo}/people")
    @Operation(
            summary = "Отметить, кто на фотографии (список заменяется; нужен If-Match; у опубликованной новости — "
                    + "отказ со списком тех, у кого нет согласия на распространение)")
    ResponseEntity<PhotoPeopleView> tag(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            @PathVariable PhotoId photo,
            @RequestBody People body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        publications.get(me, orgId, id);
        PhotoPeopleView view = tags.tag(
                me, id, photo.value(), body.people() == null ? List.of() : body.people(), ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }
}
