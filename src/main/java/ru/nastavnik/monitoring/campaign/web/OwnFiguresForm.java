package ru.nastavnik.monitoring.campaign.web;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.monitoring.campaign.OwnFigure;
import ru.nastavnik.monitoring.internal.Indicator;

/**
 * The methodologist's own figures as rows of a form (title, unit, hint), with empty rows to add more; an empty row is
 * dropped by the campaign. Used by the form opening a campaign and by the board, where each figure's row carries its
 * number (a row emptied there removes the figure, a row without a number adds one).
 */
class OwnFiguresForm implements java.io.Serializable {

    static final int EMPTY_ROWS = 3;

    private List<Row> own = new ArrayList<>();

    OwnFiguresForm withEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            own.add(new Row());
        }
        return this;
    }

    static OwnFiguresForm of(List<OwnFigure> figures) {
        OwnFiguresForm form = new OwnFiguresForm();
        figures.forEach(f -> {
            Row row = new Row();
            row.setNumber(f.number());
            row.setTitle(f.title());
            row.setUnit(f.unit());
            row.setHint(f.hint());
            form.own.add(row);
        });
        return form.withEmptyRows();
    }

    List<OwnFigure> figures() {
        return own.stream()
                .map(r -> new OwnFigure(
                        r.getNumber() == null ? 0 : r.getNumber(), r.getTitle(), r.getUnit(), r.getHint()))
                .toList();
    }

    public List<Row> getOwn() {
        return own;
    }

    public void setOwn(List<Row> own) {
        this.own = own;
    }

    /** One figure of hers. */
    public static class Row implements java.io.Serializable {

        private Integer number;
        private String title;
        private Indicator.Unit unit = Indicator.Unit.COUNT;
        private String hint;

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer number) {
            this.number = number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Indicator.Unit getUnit() {
            return unit;
        }

        public void setUnit(Indicator.Unit unit) {
            this.unit = unit;
        }

        public String getHint() {
            return hint;
        }

        public void setHint(String hint) {
            this.hint = hint;
        }
    }
}
