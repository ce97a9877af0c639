package ru.nastavnik.survey.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.Results;

/**
 * The results as an XLSX workbook: a summary sheet (what the results page shows) and the answer sheets, one row
 * each. An anonymous questionnaire's rows carry neither name nor date, in random order, and only from
 * {@link SurveyResults#MIN_GROUP} answers on.
 */
@Service
@Transactional(readOnly = true)
public class ResultsExport {

    private final SurveyResults results;
    private final SurveyAccess access;
    private final SheetTexts texts;

    ResultsExport(SurveyResults results, SurveyAccess access, SheetTexts texts) {
        this.results = results;
        this.access = access;
        this.texts = texts;
    }

    /** «Результаты анкетирования — Анкета наставляемого.xlsx»: what the file is and which questionnaire it is of. */
    public String fileName(String questionnaireTitle) {
        return texts.fileName("export.survey.file", questionnaireTitle);
    }

    public byte[] write(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        Results summary = results.results(caller, id);
        if (summary.suppressed()) {
            throw InvalidInputException.of("responses", "survey.results.tooFew", SurveyResults.MIN_GROUP);
        }
        // (anonymous and still open counts as suppressed: see SurveyResults#results)
        List<SurveyResponse> sheets = results.sheets(caller, id);
        Map<PersonId, String> names = questionnaire.anonymous() ? Map.of() : results.names(caller, questionnaire);
        Map<String, String> topicTitles = results.topicTitles(questionnaire);
        List<Question> questions = questionnaire.content().questions();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet overview = workbook.createSheet(texts.text("export.survey.summary"));
            int r = 0;
            row(overview, r++, questionnaire.title());
            row(overview, r++, texts.text("export.survey.responses"), Integer.toString(summary.responses()));
            r++;
            row(overview, r++, texts.columns("export.survey.summary.columns"));
            for (Results.QuestionResult q : summary.questions()) {
                String mean = q.mean() == null ? "" : q.mean().toString();
                if (q.suppressed()) {
                    row(
                            overview,
                            r++,
                            q.question().text(),
                            Integer.toString(q.answered()),
                            texts.text("export.survey.suppressed", SurveyResults.MIN_GROUP));
                } else if (q.bars().isEmpty()) {
                    row(
                            overview,
                            r++,
                            q.question().text(),
                            Integer.toString(q.answered()),
                            texts.text("export.survey.freeText"));
                } else {
                    for (Results.Bar bar : q.bars()) {
                        row(
                                overview,
                                r++,
                                q.question().text(),
                                Integer.toString(q.answered()),
                                bar.label(),
                                Long.toString(bar.count()),
                                Double.toString(bar.percent()),
                                mean);
                    }
                }
            }
            if (questionnaire.anonymous()) {
                // one row per respondent would show together the answers the summary keeps apart (and those of
                // questions answered by fewer than three): an anonymous questionnaire exports the summary only
                workbook.write(out);
                return out.toByteArray();
            }
            Sheet rows = workbook.createSheet(texts.text("export.survey.answers"));
            boolean named = true;
            int c = 0;
            Row header = rows.createRow(0);
            String[] columns = texts.columns("export.survey.answers.columns");
            header.createCell(c++).setCellValue(columns[0]);
            if (named) {
                header.createCell(c++).setCellValue(columns[1]);
                header.createCell(c++).setCellValue(columns[2]);
            }
            for (Question question : questions) {
                header.createCell(c++).setCellValue(question.text());
            }
            int n = 1;
            for (SurveyResponse sheet : sheets) {
                Row row = rows.createRow(n);
                c = 0;
                row.createCell(c++).setCellValue(n++);
                if (named) {
                    row.createCell(c++).setCellValue(names.getOrDefault(sheet.person(), "—"));
                    row.createCell(c++).setCellValue(Dates.DATE.format(sheet.submittedOn()));
                }
                Map<String, List<String>> answers = sheet.answers();
                for (Question question : questions) {
                    row.createCell(c++)
                            .setCellValue(answers.getOrDefault(question.key(), List.of()).stream()
                                    .map(v -> question.type() == QuestionType.TOPICS
                                            ? topicTitles.getOrDefault(v, v)
                                            : question.label(v))
                                    .collect(Collectors.joining("; ")));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
