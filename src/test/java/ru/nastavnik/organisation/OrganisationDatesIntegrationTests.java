package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationDatesIntegrationTests {

    @Autowired
    OrganisationDates dates;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRequestReadsItsSchoolsZoneOnceAndTheNextRequestSeesAnOperatorsCorrection() {
        OrganisationId school = fixtures.world().schoolA();
        jdbc.update("update organisation set time_zone = 'Asia/Yekaterinburg' where id = ?", school.value());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(dates.zone(school)).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        jdbc.update("update organisation set time_zone = 'Asia/Vladivostok' where id = ?", school.value());
        assertThat(dates.zone(school)).as("the same request").isEqualTo(ZoneId.of("Asia/Yekaterinburg"));

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(dates.zone(school)).as("the next request").isEqualTo(ZoneId.of("Asia/Vladivostok"));
        RequestContextHolder.resetRequestAttributes();
        assertThat(dates.zone(school)).as("a scheduled job").isEqualTo(ZoneId.of("Asia/Vladivostok"));
        jdbc.update("update organisation set time_zone = 'Europe/Moscow' where id = ?", school.value());
    }
}
