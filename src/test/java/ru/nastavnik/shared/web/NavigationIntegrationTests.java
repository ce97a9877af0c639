package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The navigation rendered once per set of roles shows each role the links the layout's conditions gave it. */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationIntegrationTests {

    private static final Pattern LINK =
            Pattern.compile("<a class=\"(?:nav-link|dropdown-item)\" href=\"([^\"]+)\">([^<]+)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aCuratorSeesHerSchoolsSectionsAndHerOwnPagesInTheLayoutsOrder() throws Exception {
        NastavnikPrincipal curator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());

        List<String> links = links(curator);

        assertThat(links)
                .containsExactly(
                        "/roadmap Дорожная карта",
                        "/people/staff Педагоги",
                        "/organisation/organisations Организации",
                        "/consent/consents Согласия",
                        "/bank/mentees Наставляемые",
                        "/bank/mentors Наставники",
                        "/monitoring/indicators Показатели",
                        "/monitoring/dashboard Панель мониторинга",
                        "/events Мероприятия",
                        "/events/participation Участие в мероприятиях",
                        "/survey/questionnaires Анкеты",
                        "/matching/runs Подбор",
                        "/mentorship/pairs Пары",
                        "/practices Лучшие практики",
                        "/publishing/publications Публикации",
                        "/training/materials Материалы",
                        "/training/courses КПК, ДПП",
                        "/documents/templates Шаблоны",
                        "/audit/entries Аудит",
                        "/mentorship/my Мои программы",
                        "/survey/my Мои анкеты",
                        "/matching/my Выбор наставника",
                        "/training/mentor-courses Школа наставника",
                        "/training/record Моё обучение",
                        "/practices/my Мои практики",
                        "/consent/my-data Мои данные",
                        "/events/calendar Мой календарь",
                        "/organisation/profile Профиль");
    }

    @Test
    void aMethodologistSeesHerTerritorysSectionsHerOwnPublicationsAndNoSchoolRegister() throws Exception {
        NastavnikPrincipal methodologist =
                fixtures.user(Role.REGIONAL_METHODOLOGIST, fixtures.world().region());

        List<String> links = links(methodologist);

        assertThat(links)
                .containsExactly(
                        "/organisation/organisations Организации",
                        "/roadmap/schools Дорожные карты школ",
                        "/monitoring/indicators Показатели",
                        "/monitoring/dashboard Панель мониторинга",
                        "/bank/shared Общий банк",
                        "/matching/area Подбор по территории",
                        "/events Мероприятия",
                        "/practices/library Методическая копилка",
                        "/publishing/publications Публикации",
                        "/training/materials Материалы",
                        "/events/calendar Мой календарь",
                        "/organisation/profile Профиль");
    }

    @Test
    void twoPeopleWithTheSameRolesShareOneRenderedMenu() throws Exception {
        NastavnikPrincipal one = fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, fixtures.world().schoolB());

        assertThat(menu(other)).isNotNull().isSameAs(menu(one));
    }

    private Object menu(NastavnikPrincipal who) throws Exception {
        return mvc.perform(get("/organisation/profile").with(user(who)))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("navigation");
    }

    private List<String> links(NastavnikPrincipal who) throws Exception {
        String page = mvc.perform(get("/organisation/profile").with(user(who)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher = LINK.matcher(page);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1) + " " + matcher.group(2));
        }
        return found;
    }
}
