package ru.nastavnik.programme.web;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.programme.internal.NeedSuggestionView;
import ru.nastavnik.programme.internal.ProgrammeTemplateManagement.SuggestionInput;

/** The suggested activity for every need of the vocabulary, one row each; an empty row means a general activity. */
class SuggestionsForm {

    private List<Row> rows = new ArrayList<>();
    /** The version of the suggestions the form was filled from: saving it over a newer one is refused. */
    private Long version;

    static SuggestionsForm of(List<NeedSuggestionView> suggestions, long version) {
        SuggestionsForm form = new SuggestionsForm();
        form.version = version;
        for (NeedSuggestionView s : suggestions) {
            Row row = new Row();
            row.code = s.code();
            row.need = s.need();
            if (s.suggestion() != null) {
                row.title = s.suggestion().title();
                row.form = s.suggestion().form();
                row.expectedResult = s.suggestion().expectedResult();
                row.reportForm = s.suggestion().reportForm();
            }
            form.rows.add(row);
        }
        return form;
    }

    List<SuggestionInput> inputs() {
        return rows.stream()
                .map(r -> new SuggestionInput(r.code, r.title, r.form, r.expectedResult, r.reportForm))
                .toList();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public static class Row {

        private String code;
        private String need;
        private String title;
        private String form;
        private String expectedResult;
        private String reportForm;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNeed() {
            return need;
        }

        public void setNeed(String need) {
            this.need = need;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getForm() {
            return form;
        }

        public void setForm(String form) {
            this.form = form;
        }

        public String getExpectedResult() {
            return expectedResult;
        }

        public void setExpectedResult(String expectedResult) {
            this.expectedResult = expectedResult;
        }

        public String getReportForm() {
            return reportForm;
        }

        public void setReportForm(String reportForm) {
            this.reportForm = reportForm;
        }
    }
}
