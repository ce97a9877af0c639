package ru.nastavnik.monitoring.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Territories, staff and pairs written straight into the tables, so that each figure is counted by hand. */
@Component
class CampaignWorld {

    private final JdbcTemplate jdbc;
    private final Fixtures fixtures;

    CampaignWorld(JdbcTemplate jdbc, Fixtures fixtures) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    OrganisationId org(String name, OrganisationKind kind, OrganisationId parent) {
        return fixtures.org(name + " " + UUID.randomUUID().toString().substring(0, 6), kind, parent)
                .id();
    }

    UUID person(OrganisationId school) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into person (id, organisation_id, last_name, first_name, gender, birth_date, teaching_experience_years,
                                    qualification_category)
                values (?, ?, 'Учитель', 'Тест', 'FEMALE', ?, 10, 'NONE')""", id, school.value(), LocalDate.of(1980, 1, 1));
        return id;
    }

    /** A working pair «педагог — педагог» since {@code from}. */
    void pair(OrganisationId school, LocalDate from, UUID mentor, UUID mentee) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into mentorship (id, organisation_id, form, starts_on, ends_on, status, created_at)
                values (?, ?, 'педагог — педагог', ?, ?, 'ACTIVE', now())""", id, school.value(), from, from.plusMonths(9));
        for (Object[] m : new Object[][] {{mentor, "MENTOR"}, {mentee, "MENTEE"}}) {
            jdbc.update("""
                    insert into mentorship_member (mentorship_id, person_id, organisation_id, role, from_date)
                    values (?, ?, ?, ?, ?)""", id, m[0], school.value(), m[1], from);
        }
    }

    NastavnikPrincipal account(ru.nastavnik.shared.Role role, OrganisationId organisation, String email) {
        NastavnikPrincipal p = fixtures.user(role, organisation);
        jdbc.update("update app_user set email = ? where id = ?", email, p.id().value());
        return p;
    }

    String status(CampaignId campaign, OrganisationId school) {
        return jdbc
                .queryForList(
                        "select status from monitoring_campaign_submission where campaign_id = ? and organisation_id = ?",
                        String.class,
                        campaign.value(),
                        school.value())
                .stream()
                .findFirst()
                .orElse(null);
    }

    String figures(CampaignId campaign, OrganisationId school) {
        return jdbc.queryForObject(
                "select figures from monitoring_campaign_submission where campaign_id = ? and organisation_id = ?",
                String.class,
                campaign.value(),
                school.value());
    }

    /** The school's own figures as submitted ({@code number:numerator:base;…}). */
    String own(CampaignId campaign, OrganisationId school) {
        return jdbc.queryForObject(
                "select own_submitted from monitoring_campaign_submission where campaign_id = ? and organisation_id = ?",
                String.class,
                campaign.value(),
                school.value());
    }

    /** Opens a campaign through the page, as the methodologist does; its id from the redirect. */
    CampaignId open(
            MockMvc mvc, NastavnikPrincipal methodologist, OrganisationId area, String title, String... indicators)
            throws Exception {
        return open(mvc, methodologist, area, title, null, indicators);
    }

    /**
     * As above, with one figure of her own, a share (it becomes {@code OWN_1}): what the region asks and the system
     * cannot know. The form's two empty rows after it are sent blank, as a browser sends them.
     */
    CampaignId openWithOwnShare(
            MockMvc mvc, NastavnikPrincipal methodologist, OrganisationId area, String title, String... indicators)
            throws Exception {
        return open(mvc, methodologist, area, title, OWN_SHARE, indicators);
    }

    static final String OWN_SHARE = "Доля педагогов, прошедших КПК по наставничеству в других организациях";

    private CampaignId open(
            MockMvc mvc,
            NastavnikPrincipal methodologist,
            OrganisationId area,
            String title,
            String ownShare,
            String... indicators)
            throws Exception {
        var request = post("/monitoring/campaigns")
                .with(user(methodologist))
                .with(csrf())
                .param("organisation", area.toString())
                .param("title", title)
                .param("from", "2025-09-01")
                .param("to", "2026-08-31")
                .param("deadline", "2026-06-01")
                .param("orderNumber", "45-од")
                .param("orderDate", "2026-05-15")
                .param("indicators", indicators);
        if (ownShare != null) {
            request.param("own[0].title", ownShare)
                    .param("own[0].unit", "PERCENT")
                    .param("own[0].hint", "Курсы вне школы за период")
                    .param("own[1].title", "")
                    .param("own[1].unit", "COUNT")
                    .param("own[1].hint", "");
        }
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        return CampaignId.of(location.substring(location.lastIndexOf('/') + 1));
    }
}
