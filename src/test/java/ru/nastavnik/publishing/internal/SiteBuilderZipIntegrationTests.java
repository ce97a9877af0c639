package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.channels.PublicationPhotos;
import ru.nastavnik.shared.Role;

/**
 * The ZIP for the site builder, unzipped: HTML fragments of the news list, each published item (its photo beside
 * it, linked relatively), the documents list and each shown document — no draft, no name whose consent was
 * withdrawn, no script or handler; only the section's keepers download it (404 for others, 422 without an address).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteBuilderZipIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PublicDocuments documents;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    Listeners listeners;

    @Autowired
    Fixtures fixtures;

    @Test
    void theArchiveHoldsWhatTheSectionShowsAsLinkedFragmentsAndFiles() throws Exception {
        PublishingWorld.World w = worlds.create();
        PersonId teacher = worlds.teacher(w, "Лебедева");
        ConsentId consent = worlds.consentToDistribution(w, teacher);
        PublicationId named = publications
                .create(
                        w.curator(),
                        w.school(),
                        new PublicationDraft(
                                "Выступила Лебедева Ольга Петровна",
                                "<p>Доклад: Лебедева Ольга Петровна.</p>",
                                List.of(teacher)))
                .publication()
                .id();
        publications.publish(w.curator(), w.school(), named);
        photos.upload(w.curator(), named, new ByteArrayInputStream(png()), "seminar.png");
        PublicationId plain = publications
                .create(
                        w.curator(),
                        w.school(),
                        new PublicationDraft(
                                "Круглый стол наставников",
                                "<p onclick=\"steal()\">Итоги <a href=\"javascript:alert(1)\">здесь</a> и <a href=\"https://school.example/plan\">план</a>.</p>"
                                        + "<img src=x onerror=alert(1)><script>alert(2)</script>",
                                List.of()))
                .publication()
                .id();
        publications.publish(w.curator(), w.school(), plain);
        PublicationId draft = publications
                .create(
                        w.curator(),
                        w.school(),
                        new PublicationDraft("Черновик не для сайта", "<p>Не опубликовано.</p>", List.of()))
                .publication()
                .id();
        OrderView order = orders.assignment(w);
        PublicDocumentView shown =
                documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED);
        worlds.withdraw(w, consent);
        listeners.awaitCompletion();

        byte[] zip = mvc.perform(get("/publishing/site/site-builder.zip")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"nastavnichestvo-" + w.slug() + ".zip\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);

        String root = "nastavnichestvo/";
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        root + "README.txt",
                        root + "news.html",
                        root + "news/" + named + ".html",
                        root + "news/" + named + "/1.png",
                        root + "news/" + plain + ".html",
                        root + "documents.html",
                        root + "documents/" + shown.id() + ".html");
        String list = text(files, root + "news.html");
        assertThat(list)
                .contains("<a href=\"news/" + named + ".html\">Выступила [имя скрыто]</a>")
                .contains("<a href=\"news/" + plain + ".html\">Круглый стол наставников</a>");
        String item = text(files, root + "news/" + named + ".html");
        assertThat(item)
                .contains("<h2>Выступила [имя скрыто]</h2>")
                .contains("<p>Доклад: [имя скрыто].</p>")
                .contains("<img src=\"" + named + "/1.png\" width=\"120\" height=\"80\"")
                .contains("<a href=\"../news.html\">Все новости</a>");
        assertThat(files.get(root + "news/" + named + "/1.png"))
                .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        // the sanitiser's rel tokens come in either order
        assertThat(text(files, root + "news/" + plain + ".html"))
                .containsPattern(
                        "<a href=\"https://school.example/plan\" rel=\"(noopener noreferrer|noreferrer noopener)\">план</a>");
        assertThat(text(files, root + "documents.html"))
                .contains("<a href=\"documents/" + shown.id() + ".html\">")
                .contains("31-к");
        assertThat(text(files, root + "documents/" + shown.id() + ".html"))
                .contains("[имя скрыто]")
                .contains("../documents.html");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".html") || file.getKey().endsWith(".txt")) {
                assertThat(text(files, file.getKey()))
                        .as(file.getKey())
                        .doesNotContain("Лебедева")
                        .doesNotContain("Выплатова")
                        .doesNotContain("Новикова")
                        .doesNotContain("Черновик")
                        .doesNotContain(draft.toString())
                        .doesNotContain("<script")
                        .doesNotContain("onerror")
                        .doesNotContain("onclick")
                        .doesNotContain("javascript:")
                        .doesNotContain("http://localhost");
            }
        }

        byte[] api = mvc.perform(get("/api/v1/organisations/" + w.school() + "/publishing/site-builder.zip")
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(unzip(api).keySet()).isEqualTo(files.keySet());
    }

    @Test
    void onlyTheSectionsKeepersDownloadItAndASectionWithoutAnAddressIsRefused() throws Exception {
        PublishingWorld.World w = worlds.create();
        for (var stranger : List.of(
                w.otherCurator(),
                fixtures.user(Role.MENTOR, w.school()),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality()))) {
            mvc.perform(get("/publishing/site/site-builder.zip")
                            .param("organisation", w.school().toString())
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/organisations/" + w.school() + "/publishing/site-builder.zip")
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/organisations/" + w.orgs().schoolB() + "/publishing/site-builder.zip")
                        .with(user(w.otherCurator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Сначала выберите адрес раздела"));
        mvc.perform(get("/publishing/site/site-builder.zip")
                        .param("organisation", w.orgs().schoolB().toString())
                        .with(user(w.otherCurator())))
                .andExpect(status().isUnprocessableContent());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
