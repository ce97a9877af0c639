package ru.nastavnik.publishing.channels.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import ru.nastavnik.publishing.channels.PhotoId;
import ru.nastavnik.publishing.channels.PublicationPhotos;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.NotFoundException;

/**
 * A news photo on the public section, anonymous like the page: only while its item is published, so an unpublished
 * item's photo is gone on the next request (revalidated, never cached as immutable).
 */
@Controller
class PublicPhotoController {

    private final PublicationPhotos photos;

    PublicPhotoController(PublicationPhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/o/{slug}/nastavnichestvo/news/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(
            @PathVariable String slug,
            @PathVariable PublicationId id,
            @PathVariable PhotoId photo,
            WebRequest request) {
        PublicationPhotos.Served served = photos.published(slug, id, photo.value());
        if (request.checkNotModified("\"" + photo + "\"")) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(served.contentType()))
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(served.bytes());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
