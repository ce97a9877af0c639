package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every section of the menu, for the roles that see them, passes the axe-core check (WCAG 2.1 AA, serious and
 * critical findings) that {@link Browser} runs on each page it opens — with people in the lists, so that their
 * rows, badges and buttons are checked too.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Staffroom staffroom;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    Browser browser;

    @Autowired
    ru.nastavnik.practices.PracticeShelf shelf;

    @Test
    void everyPageOfTheCuratorsAndTheMethodologistsMenusPassesTheAccessibilityCheck() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String mentor = person(curator, world.schoolA(), "Васильева", true);
        String mentee = person(curator, world.schoolA(), "Алексеева", false);
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(mentor, List.of("discipline"), null, 1, List.of(), null, null, false));
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(mentee, MenteeCategory.YOUNG_SPECIALIST, null, List.of("discipline"), null));

        var practice = shelf.accepted(world.schoolA(), "Практика для проверки доступности", "Описание");

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        Set<String> visited = visitTheMenu();
        for (String page : List.of(
                "/people/staff/" + mentor,
                "/people/staff/new",
                "/people/staff/import",
                "/organisation/organisations/" + world.schoolA(),
                "/organisation/organisations/" + world.schoolA() + "/holidays",
                "/mentorship/programmes",
                "/mentorship/waiting",
                "/mentorship/orders",
                "/mentorship/programme-templates",
                "/mentorship/pairs/new",
                "/training/materials/new",
                "/training/record",
                "/events/new",
                "/events/kinds",
                "/monitoring/pairs",
                "/monitoring/indicators",
                "/mentorship/payments",
                "/training/mastery-checks",
                "/training/check-attempts",
                "/practices/" + practice.id(),
                "/practices/" + practice.id() + "/edit",
                "/practices/my",
                "/notifications",
                "/monitoring/dashboard",
                "/monitoring/settings",
                "/monitoring/system-review",
                "/monitoring/annual-report",
                "/monitoring/campaigns",
                "/publishing/publications",
                "/publishing/publications/new",
                "/publishing/site",
                "/publishing/channels",
                "/publishing/documents",
                "/publishing/site/figures",
                "/publishing/report",
                "/publishing/channels/to-delete")) {
            browser.open(page);
        }
        // the bank entries' edit forms, prefilled: checked with their fields, chips and the person's name
        browser.open("/bank/mentors/" + mentor + "/edit?organisation=" + world.schoolA());
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Васильева");
        browser.open("/bank/mentees/" + mentee + "/edit?organisation=" + world.schoolA());
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Алексеева");
        browser.open("/roadmap/activities/"
                + roadmapPlans
                        .plan(curator, world.schoolA(), null)
                        .orElseThrow()
                        .next()
                        .get(0)
                        .id());
        // a pair's payment terms, with the school's rule chosen (the terms table and the form with its options)
        browser.open(paymentTerms(curator, world.schoolA()));
        assertThat(browser.driver().findElements(By.cssSelector("#payment-terms tbody tr")))
                .isNotEmpty();
        // who is in a news item's photo: the photo, its people ticked and the staff to choose from
        browser.open(photoPeople(curator, world.schoolA(), mentee));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Алексеева");
        // a document shown on the section, and the page that sends it to the school's channels
        browser.open(documentChannels(curator, world.schoolA()));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Положение");
        browser.open("/no/such/page");
        assertThat(visited)
                .contains(
                        "/roadmap",
                        "/people/staff",
                        "/consent/consents",
                        "/bank/mentees",
                        "/bank/mentors",
                        "/survey/questionnaires",
                        "/matching/runs",
                        "/mentorship/pairs",
                        "/audit/entries",
                        "/training/materials",
                        "/training/courses",
                        "/events",
                        "/events/participation",
                        "/events/calendar",
                        "/practices");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality())
                        .getUsername(),
                Fixtures.PASSWORD);
        assertThat(visitTheMenu())
                .contains(
                        "/bank/shared",
                        "/matching/area",
                        "/training/materials",
                        "/events",
                        "/practices/library",
                        "/roadmap/schools");
        browser.open("/practices/" + practice.id());
        for (String page : List.of(
                "/monitoring/dashboard",
                "/monitoring/escalations",
                "/monitoring/campaigns",
                "/monitoring/campaigns/new",
                "/monitoring/indicators",
                "/monitoring/annual-report?organisation=" + world.municipality(),
                "/publishing/publications",
                "/organisation/organisations/" + world.municipality(),
                "/mentorship/payments/area")) {
            browser.open(page);
        }
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .as("the last page of the loop is the area's payment statement, not a refusal")
                .contains("Ведомость выплат за наставничество по территории");
        browser.open("/roadmap?organisation=" + world.schoolA());
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Только просмотр");

        // the author's own page of her practice (her «Мои практики» links to it)
        NastavnikPrincipal author = fixtures.user(Role.MENTOR, world.schoolA());
        accounts.link(practice.curator(), world.schoolA(), practice.author(), author.getUsername(), true);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(author.getUsername(), Fixtures.PASSWORD);
        browser.open("/practices/my/" + practice.id());
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Практика для проверки доступности");
    }

    @Autowired
    ru.nastavnik.people.StaffAccounts accounts;

    @Autowired
    ru.nastavnik.roadmap.internal.RoadmapPlans roadmapPlans;

    @Test
    void theCheckFailsAPageWithTooLittleContrastNamingTheRuleAndTheElement() {
        browser.open("/login");
        ((JavascriptExecutor) browser.driver()).executeScript("""
                var p = document.createElement('p');
                p.id = 'faint';
                p.textContent = 'faint';
                p.style.color = '#92befe';
                p.style.backgroundColor = '#0d6efd';
                document.querySelector('main').appendChild(p);""");
        assertThatThrownBy(browser::checkAccessibility)
                .hasMessageContaining("findings on /login")
                .hasMessageContaining("[serious] color-contrast")
                .hasMessageContaining("#faint");
    }

    /** Opens the home page and every page its menu and the name's menu link to; returns their paths. */
    private Set<String> visitTheMenu() {
        browser.open("/");
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("#main-nav a[href^='/']"))) {
            String href = link.getDomAttribute("href");
            if (!href.equals("#")) {
                paths.add(href);
            }
        }
        paths.forEach(browser::open);
        return paths;
    }

    @Autowired
    PairedSchool pairs;

    @Autowired
    ru.nastavnik.mentorship.Mentorships mentorships;

    @Autowired
    ru.nastavnik.mentorship.internal.MentoringPayments payments;

    @Autowired
    ru.nastavnik.mentorship.internal.PairPaymentTerms terms;

    @Autowired
    ru.nastavnik.publishing.internal.PublicationManagement publications;

    @Autowired
    ru.nastavnik.publishing.channels.PublicationPhotos photos;

    @Autowired
    ru.nastavnik.publishing.channels.PhotoTags tags;

    /** The page of a new pair (mentor «Доступнова») whose payment follows the school's fixed rule from its third day. */
    private String paymentTerms(NastavnikPrincipal curator, OrganisationId school) {
        pairs.grow(curator, school, List.of("Доступнова"));
        var pair = mentorships.list(curator, school).stream()
                .filter(p ->
                        p.currentMentors().stream().anyMatch(m -> m.fullName().contains("Доступнова")))
                .findFirst()
                .orElseThrow();
        var rule = payments.addRule(
                curator,
                school,
                new ru.nastavnik.mentorship.internal.NewPaymentRule(
                        SchoolToday.date(),
                        ru.nastavnik.mentorship.internal.PaymentKind.FIXED,
                        new java.math.BigDecimal("3000"),
                        null));
        terms.choose(
                curator,
                school,
                pair.id(),
                new ru.nastavnik.mentorship.internal.NewPaymentTerm(
                        rule.id(), pair.startsOn().plusDays(2)));
        return "/mentorship/pairs/" + pair.id().value() + "/payment-terms";
    }

    @Autowired
    ru.nastavnik.mentorship.internal.RegulationOrders regulations;

    @Autowired
    ru.nastavnik.mentorship.OrderRegister orders;

    @Autowired
    ru.nastavnik.publishing.internal.PublicDocuments publicDocuments;

    /** The Regulation approved by a registered order, shown on the section: its page of posts to the channels. */
    private String documentChannels(NastavnikPrincipal curator, OrganisationId school) {
        var order = regulations.draftRegulation(curator, school, null, "Смирнову Ольгу Викторовну");
        orders.register(
                curator,
                order.id(),
                "a11y-1",
                SchoolToday.date(),
                new java.io.ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        var shown = publicDocuments.choose(
                curator,
                school,
                order.id(),
                ru.nastavnik.publishing.internal.DocumentPart.REGULATION,
                ru.nastavnik.publishing.internal.DocumentMode.NAMED);
        return "/publishing/channels/documents/" + shown.id() + "?organisation=" + school;
    }

    /** A draft with one photo in which the given person is tagged. */
    private String photoPeople(NastavnikPrincipal curator, OrganisationId school, String person) {
        var id = publications
                .create(
                        curator,
                        school,
                        new ru.nastavnik.publishing.internal.PublicationDraft(
                                "Фото с семинара", "<p>Семинар наставников</p>", List.of()))
                .publication()
                .id();
        var photo = photos.upload(curator, id, new java.io.ByteArrayInputStream(png()), "seminar.png");
        tags.tag(curator, id, photo.id(), List.of(new ru.nastavnik.people.PersonId(java.util.UUID.fromString(person))));
        return "/publishing/channels/publications/" + id + "/photos/" + photo.id() + "/people";
    }

    private static byte[] png() {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String person(NastavnikPrincipal curator, OrganisationId school, String lastName, boolean mentor) {
        return (mentor ? staffroom.mentor(curator, school, lastName) : staffroom.teacher(curator, school, lastName))
                .toString();
    }
}
