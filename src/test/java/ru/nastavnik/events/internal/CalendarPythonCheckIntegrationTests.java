package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.documents.CalendarEntry;
import ru.nastavnik.documents.CalendarWriter;
import ru.nastavnik.events.EventView;
import ru.nastavnik.programme.CompletedProgrammes;

/**
 * The calendars the system writes — an event's .ics, a mentor's personal feed with her event and her programme's
 * activities, an activity's .ics, an invitation and a cancellation by mail — are read by the Python {@code icalendar}
 * package too (src/test/python/check_ics.py), a reader other than ical4j. Without python3 or the package the test
 * fails, saying what to install: CI installs it (.ci/run).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarPythonCheckIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CompletedProgrammes programmes;

    @Autowired
    CalendarFiles files;

    @TempDir
    Path dir;

    @Test
    void theEventTheFeedAndTheActivityAreAcceptedByThePythonIcalendarPackage() throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        LocalDateTime start = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + p.school() + "/events")
                                .with(user(p.curator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"kind":"CONSULTATION","title":"Консультация пары","startsAt":"%s","endsAt":"%s","place":"Кабинет 5",
                         "onlineLink":"https://meet.example.ru/c","schools":["%s"]}""".formatted(start, start.plusHours(1), p.school())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(p.mentor())))
                .andExpect(status().isCreated());
        String activity = JsonPath.<List<String>>read(
                        mvc.perform(get("/api/v1/programmes/" + p.programme()).with(user(p.mentor())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.programme.activities[*].id")
                .get(0);

        String eventIcs = body(get("/events/" + event + "/calendar.ics").with(user(p.mentor())));
        String activityIcs =
                body(get("/mentorship/programmes/" + p.programme() + "/activities/" + activity + "/calendar.ics")
                        .with(user(p.mentee())));
        String feedUrl = JsonPath.read(
                mvc.perform(post("/api/v1/me/calendar-feed").with(user(p.mentor())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.url");
        String feed = body(get(java.net.URI.create(feedUrl).getPath()));
        assertThat(uids(feed))
                .as("the feed holds her event and her programme's activities")
                .contains(event + "@nastavnik", activity + "@nastavnik");
        assertThat(uids(activityIcs)).containsExactly(activity + "@nastavnik");
        mvc.perform(get("/mentorship/programmes/" + p.programme() + "/activities/" + activity + "/calendar.ics")
                        .with(user(p.stranger())))
                .andExpect(status().isNotFound());

        EventView view = CalendarFilesTests.seminar().view();
        String invitation =
                files.invitation(view, "nastavnik@school.test", List.of("mentor@school.test"), false, view.createdAt());
        String cancellation =
                files.invitation(view, "nastavnik@school.test", List.of("mentor@school.test"), true, view.createdAt());
        String wholeDay = CalendarWriter.write(
                List.of(CalendarEntry.wholeDay("x@nastavnik", 2, start.toLocalDate(), "День", null, true)),
                "День",
                view.createdAt());

        List<String> paths = new ArrayList<>();
        for (var file : List.of(
                List.of("event.ics", eventIcs),
                List.of("feed.ics", feed),
                List.of("activity.ics", activityIcs),
                List.of("invitation.ics", invitation),
                List.of("cancellation.ics", cancellation),
                List.of("whole-day.ics", wholeDay))) {
            Path path = dir.resolve(file.get(0));
            Files.writeString(path, file.get(1), StandardCharsets.UTF_8);
            paths.add(path.toString());
        }
        String output = python(paths);
        assertThat(output).contains("OK " + dir.resolve("feed.ics")).doesNotContain("REFUSED");
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> uids(String ics) throws Exception {
        return new CalendarBuilder()
                .build(new StringReader(ics)).<VEvent>getComponents(VEvent.VEVENT).stream()
                        .map(e -> e.getProperty(Property.UID)
                                .map(Property::getValue)
                                .orElse(""))
                        .toList();
    }

    /** Debian's python3-icalendar goes into the system's Python: that one first, any python3 on the PATH else. */
    static String python(List<String> files) throws Exception {
        String python = new File("/usr/bin/python3").canExecute() ? "/usr/bin/python3" : "python3";
        List<String> command = new ArrayList<>(List.of(python, "src/test/python/check_ics.py"));
        command.addAll(files);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError(
                    "python3 is needed to check the .ics files with the icalendar package: "
                            + "apt-get install python3 python3-icalendar",
                    e);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("check_ics.py finished")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as(
                        process.exitValue() == 3
                                ? "the Python package icalendar is missing (apt-get install python3-icalendar): "
                                        + output
                                : "check_ics.py refused a file: " + output)
                .isZero();
        return output;
    }
}
