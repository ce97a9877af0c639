package ru.nastavnik.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.people.internal.StaffAccess;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiErrorWriter;
import ru.nastavnik.shared.web.Dates;

// the public pages' cache is a servlet filter, which a slice picks up; it is not what this test is about
@WebMvcTest(
        controllers = StaffController.class,
        excludeFilters =
                @org.springframework.context.annotation.ComponentScan.Filter(
                        type = org.springframework.context.annotation.FilterType.REGEX,
                        pattern = "ru\\.nastavnik\\.publishing\\..*"))
@Import({ApiErrorWriter.class, Dates.class})
class StaffControllerTests {

    static final OrganisationId SCHOOL = OrganisationId.random();
    static final NastavnikPrincipal CURATOR = new NastavnikPrincipal(
            new UserId(UUID.randomUUID()),
            "curator",
            "Куратор",
            null,
            Set.of(new RoleGrant(Role.CURATOR, SCHOOL)),
            true,
            false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffManagement staff;

    @MockitoBean
    StaffAccess access;

    @MockitoBean
    CurrentOrganisation current;

    @MockitoBean
    ru.nastavnik.people.StaffAccounts accounts;

    @Test
    void aSavedCardRedirectsToItWithAMessage() throws Exception {
        PersonId id = new PersonId(UUID.randomUUID());
        StaffData data = Fixtures.teacher("Орлова", "Елена", "Викторовна");
        when(staff.create(eq(CURATOR), eq(SCHOOL), any()))
                .thenReturn(
                        new StaffView(id, SCHOOL, data, false, Instant.now(), Instant.now(), false, null, false, 0));

        mvc.perform(post("/people/staff")
                        .with(user(CURATOR))
                        .with(csrf())
                        .param("organisation", SCHOOL.toString())
                        .param("lastName", "Орлова")
                        .param("firstName", "Елена")
                        .param("gender", "FEMALE")
                        .param("positions", "учитель, классный руководитель"))
                .andExpect(redirectedUrl("/people/staff/" + id))
                .andExpect(flash().attributeExists("flash"));
    }

    @Test
    void theEmploymentContractTypedOnTheCardReachesTheRecordAndItsObjectionAppearsBesideIt() throws Exception {
        PersonId id = new PersonId(UUID.randomUUID());
        StaffData data = Fixtures.teacher("Орлова", "Елена", "Викторовна");
        when(staff.create(eq(CURATOR), eq(SCHOOL), any()))
                .thenReturn(
                        new StaffView(id, SCHOOL, data, false, Instant.now(), Instant.now(), false, null, false, 0));

        mvc.perform(post("/people/staff")
                        .with(user(CURATOR))
                        .with(csrf())
                        .param("organisation", SCHOOL.toString())
                        .param("lastName", "Орлова")
                        .param("firstName", "Елена")
                        .param("gender", "FEMALE")
                        .param("positions", "учитель")
                        .param("employmentContractNumber", "15")
                        .param("employmentContractDate", "2019-09-01"))
                .andExpect(redirectedUrl("/people/staff/" + id));
        ArgumentCaptor<StaffData> sent = ArgumentCaptor.forClass(StaffData.class);
        verify(staff).create(eq(CURATOR), eq(SCHOOL), sent.capture());
        assertThat(sent.getValue().employmentContractNumber()).isEqualTo("15");
        assertThat(sent.getValue().employmentContractDate()).isEqualTo(LocalDate.of(2019, 9, 1));

        when(staff.create(eq(CURATOR), eq(SCHOOL), any()))
                .thenThrow(InvalidInputException.of("employmentContractDate", "staff.employmentContractDate.future"));
        mvc.perform(post("/people/staff")
                        .with(user(CURATOR))
                        .with(csrf())
                        .param("organisation", SCHOOL.toString())
                        .param("lastName", "Орлова")
                        .param("firstName", "Елена")
                        .param("gender", "FEMALE")
                        .param("positions", "учитель")
                        .param("employmentContractDate", "2999-09-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "staffForm", "employmentContractDate", "staff.employmentContractDate.future"))
                .andExpect(content()
                        .string(containsString("Дата трудового договора не может быть позже сегодняшнего дня.")))
                .andExpect(content().string(containsString("value=\"2999-09-01\"")));
    }

    @Test
    void theServicesObjectionsAppearBesideTheirFields() throws Exception {
        when(staff.create(eq(CURATOR), eq(SCHOOL), any()))
                .thenThrow(InvalidInputException.of("firstName", "staff.firstName.required"));

        mvc.perform(post("/people/staff")
                        .with(user(CURATOR))
                        .with(csrf())
                        .param("organisation", SCHOOL.toString())
                        .param("lastName", "Орлова"))
                .andExpect(status().isOk())
                .andExpect(view().name(StaffController.FORM))
                .andExpect(model().attributeHasFieldErrorCode("staffForm", "firstName", "staff.firstName.required"));
    }

    @Test
    void aNumberFieldWithTextIsRefusedBeforeTheServiceIsAsked() throws Exception {
        mvc.perform(post("/people/staff")
                        .with(user(CURATOR))
                        .with(csrf())
                        .param("organisation", SCHOOL.toString())
                        .param("lastName", "Орлова")
                        .param("firstName", "Елена")
                        .param("totalExperienceYears", "много"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("staffForm", "totalExperienceYears", "typeMismatch"));
        verify(staff, never()).create(any(), any(), any());
    }
}
