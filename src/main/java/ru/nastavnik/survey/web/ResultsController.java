package ru.nastavnik.survey.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.ResultsExport;
import ru.nastavnik.survey.internal.SurveyResults;

/** The results page, with charts, and its XLSX. */
@Controller
class ResultsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SurveyResults results;
    private final ResultsExport export;
    private final QuestionnaireManagement questionnaires;

    ResultsController(SurveyResults results, ResultsExport export, QuestionnaireManagement questionnaires) {
        this.results = results;
        this.export = export;
        this.questionnaires = questionnaires;
    }

    @GetMapping("/survey/questionnaires/{id}/results")
    String results(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable QuestionnaireId id, Model model) {
        model.addAttribute("results", results.results(me, id));
        model.addAttribute("minGroup", SurveyResults.MIN_GROUP);
        return "survey/results";
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(fileName))
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .body(body);
    }

    @GetMapping("/survey/questionnaires/{id}/results.xlsx")
    Object export(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            RedirectAttributes redirect) {
        QuestionnaireId qid = id;
        return Submit.made(
                        redirect,
                        () -> xlsx(
                                export.write(me, qid),
                                export.fileName(questionnaires.get(me, qid).title())),
                        null)
                .<Object>map(file -> file)
                .orElse("redirect:/survey/questionnaires/" + qid + "/results");
    }
}
