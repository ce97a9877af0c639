package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;

/**
 * «Информационное сопровождение» (NEWS_PUBLISHED): the school's news first published on a day of the period (Moscow
 * time) and still public, by source; an area's figure is its schools' sum and its own news (its own row); and the annual report lists the items.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsPublishedIndicatorIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 8, 31);

    @Autowired
    IndicatorWorld world;

    @Autowired
    IndicatorFigures indicators;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    OrganisationId region;
    OrganisationId district;
    OrganisationId a;
    OrganisationId b;
    OrganisationId elsewhere;

    @BeforeEach
    void setUp() {
        region = world.org("Регион", OrganisationKind.REGION, null);
        district = world.org("Район", OrganisationKind.MUNICIPALITY, region);
        OrganisationId otherDistrict = world.org("Другой район", OrganisationKind.MUNICIPALITY, region);
        a = world.org("Школа А", OrganisationKind.ORGANISATION, district);
        b = world.org("Школа Б", OrganisationKind.ORGANISATION, district);
        elsewhere = world.org("Школа В", OrganisationKind.ORGANISATION, otherDistrict);
        // A: 31.08.2025 23:30 MSK is the day before the year — not counted; 01.09.2025 00:30 MSK is its first day
        news(a, "PUBLISHED", "NONE", "2025-08-31T20:30:00Z", "Прошлогодняя новость");
        news(a, "PUBLISHED", "NONE", "2025-08-31T21:30:00Z", "Первый день года");
        news(a, "PUBLISHED", "EVENT", "2026-03-15T09:00:00Z", "Круглый стол наставников");
        // taken down, never published, only scheduled: none counts
        news(a, "UNPUBLISHED", "NONE", "2025-10-01T09:00:00Z", "Снятая новость");
        news(a, "DRAFT", "NONE", null, "Черновик");
        news(a, "SCHEDULED", "EVENT", null, "Запланированная");
        // B: 31.08.2026 23:00 MSK is the year's last day
        news(b, "PUBLISHED", "EVENT", "2026-08-31T20:00:00Z", "Итоги года");
        news(elsewhere, "PUBLISHED", "NONE", "2025-12-01T09:00:00Z", "Новость другого района");
    }

    @Test
    void theSchoolCountsItsStillPublicNewsOfThePeriodBySourceAndTheDistrictSumsItsSchools() {
        IndicatorPeriod year = new IndicatorPeriod(FROM, TO);
        IndicatorTable school = indicators.computed(fixtures.user(Role.CURATOR, a), a, year);
        // A: «Первый день года» (NONE) + «Круглый стол наставников» (EVENT) = 2
        assertThat(school.total().get("NEWS_PUBLISHED")).isEqualTo(Figure.count(2));
        assertThat(school.total().get("NEWS_PUBLISHED:NONE")).isEqualTo(Figure.count(1));
        assertThat(school.total().get("NEWS_PUBLISHED:EVENT")).isEqualTo(Figure.count(1));

        // the district: A's 2 + B's 1 = 3 (NONE 1, EVENT 2); the other district's school is not among its rows
        IndicatorTable area = indicators.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, district), district, year);
        assertThat(area.total().get("NEWS_PUBLISHED")).isEqualTo(Figure.count(3));
        assertThat(area.total().get("NEWS_PUBLISHED:NONE")).isEqualTo(Figure.count(1));
        assertThat(area.total().get("NEWS_PUBLISHED:EVENT")).isEqualTo(Figure.count(2));
        assertThat(area.rows()).extracting(IndicatorTable.Row::organisation).containsExactlyInAnyOrder(a, b);
        // a count of news items names nobody: B's single item is shown as 1 outside the school, not «< 3»
        IndicatorTable.Row rowB = area.rows().stream()
                .filter(r -> r.organisation().equals(b))
                .findFirst()
                .orElseThrow();
        assertThat(rowB.figures().get("NEWS_PUBLISHED")).isEqualTo(Figure.count(1));
        assertThat(rowB.figures().get("NEWS_PUBLISHED").hidden()).isFalse();

        // the region: 3 + the other district's 1 = 4
        IndicatorTable whole = indicators.of(fixtures.user(Role.REGIONAL_METHODOLOGIST, region), region, year);
        assertThat(whole.total().get("NEWS_PUBLISHED")).isEqualTo(Figure.count(4));
    }

    @Test
    void aDistrictsOwnNewsCountInItsOwnRowAndItsTotal() {
        news(district, "PUBLISHED", "NONE", "2025-11-01T09:00:00Z", "Семинар для кураторов района");
        IndicatorPeriod year = new IndicatorPeriod(FROM, TO);

        IndicatorTable area = indicators.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, district), district, year);
        // the schools' 3 and the district's own 1: its own row, as its own events have
        assertThat(area.total().get("NEWS_PUBLISHED")).isEqualTo(Figure.count(4));
        IndicatorTable.Row own =
                area.rows().stream().filter(IndicatorTable.Row::own).findFirst().orElseThrow();
        assertThat(own.organisation()).isEqualTo(district);
        assertThat(own.figures().get("NEWS_PUBLISHED")).isEqualTo(Figure.count(1));
    }

    @Test
    void theAnnualReportListsTheYearsPublicationsInItsOwnSection() throws Exception {
        byte[] docx = mvc.perform(get("/monitoring/annual-report.docx")
                        .param("organisation", a.toString())
                        .param("year", "2025")
                        .with(user(fixtures.user(Role.CURATOR, a))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains(
                        "5. Информационное сопровождение",
                        "Опубликовано материалов в разделе «Наставничество»: 2.",
                        "01.09.2025\tПервый день года\tНаписана вручную",
                        "15.03.2026\tКруглый стол наставников\tПо проведённому мероприятию",
                        "6. Проблемы и затруднения")
                .doesNotContain("Прошлогодняя новость", "Снятая новость", "Черновик", "Запланированная", "Итоги года");
    }

    private void news(OrganisationId school, String status, String source, String publishedAt, String title) {
        jdbc.update(
                """
                insert into publication (id, organisation_id, title, body, status, source_kind, published_at, scheduled_at,
                                         updated_at)
                values (?, ?, ?, '<p>Текст</p>', ?, ?, ?, ?, now())""",
                UUID.randomUUID(),
                school.value(),
                title,
                status,
                source,
                publishedAt == null ? null : Timestamp.from(Instant.parse(publishedAt)),
                "SCHEDULED".equals(status) ? Timestamp.from(Instant.parse("2030-01-01T00:00:00Z")) : null);
    }
}
