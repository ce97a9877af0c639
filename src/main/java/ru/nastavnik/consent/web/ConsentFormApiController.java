package ru.nastavnik.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.internal.FormFiles;
import ru.nastavnik.consent.internal.FormFormat;
import ru.nastavnik.consent.internal.FormJobs;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}/consents")
@Tag(name = "Согласия")
class ConsentFormApiController {

    private final FormFiles forms;
    private final FormJobs jobs;

    ConsentFormApiController(FormFiles forms, FormJobs jobs) {
        this.forms = forms;
        this.jobs = jobs;
    }

    @GetMapping("/form")
    @Operation(summary = "Бланк согласия одного педагога (format: pdf, docx)")
    void single(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam PersonId personId,
            @RequestParam ConsentPurpose purpose,
            @RequestParam(defaultValue = "pdf") String format,
            HttpServletResponse response)
            throws IOException {
        ConsentFormController.send(
                response,
                forms.generate(me, orgId, purpose, List.of(personId), FormFormat.parse(format), false, n -> {}));
    }

    @PostMapping("/forms")
    @Operation(summary = "Начать формирование пакета бланков (pdf, docx — один файл; zip — по файлу на человека)")
    ResponseEntity<FormJobs.JobView> start(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody BatchRequest request) {
        if (request.purpose() == null || request.personIds() == null) {
            throw InvalidInputException.of("personIds", "consent.personId.required");
        }
        String job = jobs.start(
                me,
                orgId,
                request.purpose(),
                request.personIds().stream().map(PersonId::of).toList(),
                FormFormat.parse(request.format() == null ? "pdf" : request.format()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.status(me, job));
    }

    @GetMapping("/forms/{job}/status")
    @Operation(summary = "Ход формирования пакета")
    FormJobs.JobView status(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String job) {
        return owned(me, orgId, job);
    }

    @GetMapping("/forms/{job}/file")
    @Operation(summary = "Готовый пакет бланков")
    void file(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String job,
            HttpServletResponse response)
            throws IOException {
        owned(me, orgId, job);
        ConsentFormController.send(response, jobs.result(me, job));
    }

    private FormJobs.JobView owned(NastavnikPrincipal me, OrganisationId orgId, String job) {
        FormJobs.JobView view = jobs.status(me, job);
        if (!view.organisation().equals(orgId)) {
            throw new NotFoundException();
        }
        return view;
    }

    record BatchRequest(ConsentPurpose purpose, List<String> personIds, String format) {}
}
