package ru.nastavnik.publishing.export.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import ru.nastavnik.publishing.export.SiteBuilderExport;

/** Writes the archive straight to the response (chunked), never building it in memory; not cached anywhere. */
final class SiteBuilderZip {

    private SiteBuilderZip() {}

    static void stream(SiteBuilderExport export, String slug, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("nastavnichestvo-" + slug + ".zip")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(slug, response.getOutputStream());
        response.flushBuffer();
    }
}
