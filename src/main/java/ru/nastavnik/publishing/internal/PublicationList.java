package ru.nastavnik.publishing.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.roadmap.PackageContribution;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The inspection package's list of publications (stage 7 of the roadmap: the mentorship covered on the school's
 * site): every item that first went public in the period — title, what it was drafted from, when it went public,
 * where it stands now, and its public address while it is public. Written row by row (SXSSF) into the archive.
 */
@Component
class PublicationList implements PackageContribution {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final PublicationRepository publications;
    private final PublicSiteRepository sites;
    private final PublishingAccess access;
    private final PublicBaseUrl baseUrl;
    private final MessageSource messages;

    PublicationList(
            PublicationRepository publications,
            PublicSiteRepository sites,
            PublishingAccess access,
            PublicBaseUrl baseUrl,
            MessageSource messages) {
        this.publications = publications;
        this.sites = sites;
        this.access = access;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    @Override
    public String section() {
        return text("house.publishing.list.section");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Part> parts(NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate to) {
        access.check(caller, organisation);
        if (publications.countFirstPublished(organisation.value(), start(from), start(to.plusDays(1))) == 0) {
            return List.of();
        }
        return List.of(new Part(
                text("house.publishing.list.title"),
                null,
                to,
                text("house.publishing.list.file"),
                out -> write(organisation, from, to, out)));
    }

    private void write(OrganisationId organisation, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        // the rows' own columns only: the named people (a lazy collection) are not part of the list
        List<Publication> items = publications.firstPublished(organisation.value(), start(from), start(to.plusDays(1)));
        Optional<String> slug = sites.findById(organisation.value()).map(PublicSite::slug);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(text("house.publishing.list.sheet"));
            int r = 0;
            cells(
                    sheet.createRow(r++),
                    text("house.publishing.list.heading", Dates.DATE.format(from), Dates.DATE.format(to)));
            cells(sheet.createRow(r++), text("house.publishing.list.columns").split("\\|"));
            int n = 1;
            for (Publication item : items) {
                cells(
                        sheet.createRow(r++),
                        Integer.toString(n++),
                        item.title(),
                        text(item.sourceKind().messageKey()),
                        Dates.DATE.format(item.publishedAt().atZone(Dates.DEFAULT_ZONE)),
                        text(item.status().messageKey()),
                        link(slug, item));
            }
            workbook.write(new KeptOpen(out));
        }
    }

    /** Only a public item has an address anyone can open. */
    private String link(Optional<String> slug, Publication item) {
        return item.status() == PublicationStatus.PUBLISHED && slug.isPresent()
                ? baseUrl.of("/o/" + slug.get() + "/nastavnichestvo/news/" + item.id())
                : "—";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, RU);
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Dates.DEFAULT_ZONE).toInstant();
    }

    /** The archive's stream outlives this file: the workbook may flush it, never close it. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
