package ru.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.internal.BankBatches;
import ru.nastavnik.bank.internal.BankExport;
import ru.nastavnik.bank.internal.BankKind;
import ru.nastavnik.bank.internal.MenteesRequest;
import ru.nastavnik.bank.internal.MentorsRequest;
import ru.nastavnik.bank.internal.TrainingRequest;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Many entries of a school's banks at once (all or none), and a bank as a workbook. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = BankApiController.TAG)
class BankBatchApiController {

    private final BankBatches batches;
    private final BankExport export;

    BankBatchApiController(BankBatches batches, BankExport export) {
        this.batches = batches;
        this.export = export;
    }

    @PostMapping("/mentees/batch")
    @Operation(
            operationId = "bankAddMentees",
            summary = "Включить в банк наставляемых сразу нескольких педагогов с одним запросом (все или ни одного)")
    List<MenteeView> addMentees(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody MenteesRequest request) {
        return batches.addMentees(me, orgId, request);
    }

    @PostMapping("/mentors/batch")
    @Operation(
            operationId = "bankAddMentors",
            summary = "Включить в банк наставников сразу нескольких педагогов с одним профилем (все или ни одного)")
    List<MentorView> addMentors(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody MentorsRequest request) {
        return batches.addMentors(me, orgId, request);
    }

    @PostMapping("/mentors/training")
    @Operation(
            operationId = "bankTraining",
            summary = "Установить статус обучения сразу нескольким наставникам (все или ни одного)")
    List<MentorView> training(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody TrainingRequest request) {
        return batches.setTraining(me, orgId, request);
    }

    @GetMapping("/{kind:mentees|mentors}/export")
    @Operation(operationId = "bankExportBank", summary = "Выгрузка банка в XLSX")
    void exportBank(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String kind,
            HttpServletResponse response)
            throws IOException {
        OrganisationId org = orgId;
        BankKind bank = kind.equals("mentees") ? BankKind.MENTEE : BankKind.MENTOR;
        BankController.sendXlsx(response, export.fileName(org, bank), export.write(me, org, bank));
    }
}
