package ru.nastavnik.publishing.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.publishing.channels.PhotoView;
import ru.nastavnik.publishing.channels.PublicationPhotos;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.publishing.internal.PublicDocuments;
import ru.nastavnik.publishing.internal.PublicSection;
import ru.nastavnik.publishing.internal.PublicSections;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.publishing.internal.RichText;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The ZIP «for the site builder», for a school site that allows no frame or script (many Госвеб and other builders
 * take only pasted HTML and uploaded files): HTML fragments — the news list, each news item, the documents list and
 * each document — with the news photos, linked relatively so the folder works wherever it is uploaded. It holds
 * exactly what the public section shows at this moment, read through the same public reads: published items only,
 * names hidden where consent to distribution is missing or withdrawn (152-ФЗ art. 10.1), documents as the curator
 * chose to show them; every item's text sanitised again with the section's allow-list. Written entry by entry to the
 * response: the archive is never held whole in memory, only one photo at a time.
 */
@Service
public class SiteBuilderExport {

    static final String ROOT = "nastavnichestvo/";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final PublicSites sites;
    private final PublicSections sections;
    private final PublicDocuments documents;
    private final PublicationPhotos photos;
    private final MessageSource messages;

    SiteBuilderExport(
            PublicSites sites,
            PublicSections sections,
            PublicDocuments documents,
            PublicationPhotos photos,
            MessageSource messages) {
        this.sites = sites;
        this.sections = sections;
        this.documents = documents;
        this.photos = photos;
        this.messages = messages;
    }

    /** Whose section, checked before a byte is written: the section's keepers only (else 404); an address is needed. */
    public String slug(NastavnikPrincipal caller, OrganisationId organisation) {
        return sites.slugOf(caller, organisation)
                .orElseThrow(() -> InvalidInputException.of("slug", "pubexport.zip.noAddress"));
    }

    public void write(String slug, OutputStream target) throws IOException {
        PublicSection section = sections.of(slug, null);
        List<PublicDocumentView> shown = documents.shownBy(section.schools().keySet());
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        text(zip, "README.txt", message("pubexport.zip.readme", section.name()));
        text(zip, "news.html", newsList(section));
        for (PublicationView item : section.news()) {
            List<PhotoView> itemPhotos = photos.of(item.id());
            StringBuilder html = new StringBuilder("<article class=\"nastavnik-news-item\">\n<h2>")
                    .append(escape(item.title()))
                    .append("</h2>\n");
            if (item.publishedAt() != null) {
                html.append("<p><time datetime=\"")
                        .append(item.publishedAt().truncatedTo(ChronoUnit.SECONDS))
                        .append("\">")
                        .append(Dates.DATE.format(item.publishedAt().atZone(Dates.DEFAULT_ZONE)))
                        .append("</time></p>\n");
            }
            html.append(RichText.sanitise(item.body()).html()).append('\n');
            int n = 0;
            for (PhotoView photo : itemPhotos) {
                PublicationPhotos.Served served = photos.published(slug, item.id(), photo.id());
                String file = item.id() + "/" + (++n) + (served.contentType().endsWith("png") ? ".png" : ".jpg");
                entry(zip, "news/" + file, served.bytes());
                html.append("<figure><img src=\"")
                        .append(file)
                        .append("\" width=\"")
                        .append(photo.width())
                        .append("\" height=\"")
                        .append(photo.height())
                        .append("\" alt=\"")
                        .append(escape(message("pubexport.zip.photoAlt", n, item.title())))
                        .append("\"></figure>\n");
            }
            html.append("<p><a href=\"../news.html\">")
                    .append(escape(message("pubexport.zip.allNews")))
                    .append("</a></p>\n</article>\n");
            text(zip, "news/" + item.id() + ".html", html.toString());
        }
        StringBuilder list = new StringBuilder("<section class=\"nastavnik-documents\">\n<h2>")
                .append(escape(message("pubexport.zip.documents")))
                .append("</h2>\n<ul>\n");
        for (PublicDocumentView document : shown) {
            String label = label(document);
            list.append("<li><a href=\"documents/")
                    .append(document.id())
                    .append(".html\">")
                    .append(escape(label))
                    .append("</a></li>\n");
            text(
                    zip,
                    "documents/" + document.id() + ".html",
                    "<article class=\"nastavnik-document\">\n<h2>"
                            + escape(label) + "</h2>\n"
                            + RichText.sanitise(document.html()).html() + "\n<p><a href=\"../documents.html\">"
                            + escape(message("pubexport.zip.allDocuments")) + "</a></p>\n</article>\n");
        }
        list.append("</ul>\n</section>\n");
        text(zip, "documents.html", list.toString());
        zip.finish();
        zip.flush();
    }

    private String newsList(PublicSection section) {
        StringBuilder html = new StringBuilder("<section class=\"nastavnik-news\">\n<h2>")
                .append(escape(message("pubexport.zip.news")))
                .append("</h2>\n<ul>\n");
        for (PublicationView item : section.news()) {
            html.append("<li><a href=\"news/")
                    .append(item.id())
                    .append(".html\">")
                    .append(escape(item.title()))
                    .append("</a>");
            if (item.publishedAt() != null) {
                html.append(" <time datetime=\"")
                        .append(item.publishedAt().truncatedTo(ChronoUnit.SECONDS))
                        .append("\">")
                        .append(Dates.DATE.format(item.publishedAt().atZone(Dates.DEFAULT_ZONE)))
                        .append("</time>");
            }
            html.append("</li>\n");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    private String label(PublicDocumentView document) {
        boolean number = document.number() != null && !document.number().isBlank();
        if (number && document.date() != null) {
            return message(
                    "pubexport.zip.documentNumberDate",
                    document.title(),
                    document.number(),
                    Dates.DATE.format(document.date()));
        }
        return number ? message("pubexport.zip.documentNumber", document.title(), document.number()) : document.title();
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        entry(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(ROOT + name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
