package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.roadmap.internal.ActivityDocuments;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.EvidenceDocumentView;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Dates;

/**
 * A document the curator attaches to an activity: uploaded (the type checked by content) or a registered order; it
 * shows on the activity, makes it done, and goes into the inspection package and its index.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapEvidenceIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ActivityDocuments documents;

    @Autowired
    PairedSchool school;

    @Autowired
    Mentorships mentorships;

    @Autowired
    OrderRegister orders;

    @Test
    void anUploadedDocumentShowsOnTheActivityMakesItDoneAndGoesIntoThePackage() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        LocalDate today = LocalDate.now(Dates.DEFAULT_ZONE);
        PlanView.ActivityView activity = plans.plan(curator, world.schoolA(), null)
                .orElseThrow()
                .stages()
                .get(0)
                .activities()
                .get(0);
        assertThat(activity.status().finished()).isFalse();

        mvc.perform(multipart("/roadmap/activities/" + activity.id() + "/documents")
                        .file(new MockMultipartFile("file", "протокол.pdf", "application/pdf", PDF))
                        .param("title", "Протокол педагогического совета № 1")
                        .param("date", today.toString())
                        .with(csrf())
                        .with(user(curator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));

        PlanView.ActivityView after =
                plans.plan(curator, world.schoolA(), null).orElseThrow().stages().get(0).activities().stream()
                        .filter(a -> a.id().equals(activity.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(after.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(after.evidence())
                .filteredOn(e -> e.kind() == EvidenceKind.DOCUMENT)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.label())
                            .isEqualTo("Протокол педагогического совета № 1 от " + Dates.DATE.format(today));
                    assertThat(e.href()).startsWith("/roadmap/activities/" + activity.id() + "/documents/");
                });
        EvidenceDocumentView uploaded =
                documents.list(curator, new ActivityId(activity.id())).get(0);
        mvc.perform(get("/roadmap/activities/" + activity.id() + "/documents/" + uploaded.id())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/roadmap/activities/" + activity.id()).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Протокол педагогического совета № 1")));
        mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Протокол педагогического совета № 1 от")));

        Map<String, byte[]> files = unzip(mvc.perform(get("/roadmap/package.zip")
                        .param("from", today.minusDays(1).toString())
                        .param("to", today.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        String inArchive = files.keySet().stream()
                .filter(n -> n.endsWith(" Подтверждения мероприятий дорожной карты/Этап 1 — " + Dates.DATE.format(today)
                        + " — Протокол педагогического совета № 1.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(files.get(inArchive)).isEqualTo(PDF);
        String index = DocumentTablesPdfTestsAccess.readableText(files.get("00 Опись документов.pdf"));
        assertThat(index).contains("Протокол педагогического совета");
        // a period before the document leaves it out
        Map<String, byte[]> earlier = unzip(mvc.perform(get("/roadmap/package.zip")
                        .param("from", today.minusDays(30).toString())
                        .param("to", today.minusDays(1).toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(earlier.keySet()).noneMatch(n -> n.contains("Подтверждения мероприятий"));

        mvc.perform(post("/roadmap/activities/" + activity.id() + "/documents/" + uploaded.id() + "/remove")
                        .with(csrf())
                        .with(user(curator)))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.list(curator, new ActivityId(activity.id()))).isEmpty();
    }

    @Test
    void aRegisteredOrderIsLinkedThroughTheApiAndBadDocumentsAreRefusedInRussianKeepingNothing() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        LocalDate today = LocalDate.now(Dates.DEFAULT_ZONE);
        school.grow(curator, world.schoolA(), List.of("Доказательная"));
        var pair = mentorships.list(curator, world.schoolA()).get(0);
        var order = orders.draftAssignment(curator, world.schoolA(), List.of(pair.id()));
        orders.register(curator, order.id(), "77-о", today, new ByteArrayInputStream(PDF), "order.pdf");
        PlanView.ActivityView activity = plans.plan(curator, world.schoolA(), null)
                .orElseThrow()
                .stages()
                .get(2)
                .activities()
                .get(0);
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap/activities/" + activity.id() + "/documents";

        mvc.perform(post(api + "/link")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"order\":\"" + order.id() + "\"}")
                        .with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("ORDER"))
                .andExpect(jsonPath("$.title").value(containsString("№ 77-о")));
        mvc.perform(post(api + "/link")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"order\":\"" + order.id() + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("уже подтверждает")));
        mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "note.pdf", "application/pdf", "просто текст".getBytes()))
                        .param("title", "Справка")
                        .param("date", today.toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "note.pdf", "application/pdf", PDF))
                        .param("title", "Справка")
                        .param("date", today.plusDays(1).toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("позже сегодняшнего дня")));
        mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "note.pdf", "application/pdf", PDF))
                        .param("title", " ")
                        .param("date", today.toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("название документа")));
        mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "note.pdf", "application/pdf", PDF))
                        .param("title", "Справка")
                        .param("date", "2026-02-30")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get(api).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].order").value(order.id().toString()));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
