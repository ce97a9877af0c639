package ru.nastavnik.monitoring.campaign;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.InvalidInputException;

/**
 * Which column (one row per school) or which cell (a sheet per school) of the region's form takes what, one line each:
 * {@code C = MENTORS}, {@code B4 = SCHOOL}. Besides the campaign's indicator codes a line may name SCHOOL (the school's
 * name), STATUS (its report's state), COMMENT (the school's comment) or one of the campaign's own figures by its
 * number, {@code C7 = OWN_1} (also written {@code OWN:1}). Every bad line is named at once.
 */
public record TemplateMapping(List<Entry> entries) {

    public static final List<String> SPECIAL = List.of("SCHOOL", "STATUS", "COMMENT");

    /**
     * {@code row}: 0-based, -1 for a column; {@code indicator}: null for a special target or an own figure;
     * {@code own}: the campaign's own figure ({@code OWN_1} or {@code OWN:1}), else null.
     */
    public record Entry(
            int line, String address, int row, int column, String target, Indicator indicator, OwnFigure own) {}

    static TemplateMapping parse(String text, TemplateLayout layout, List<Indicator> campaign, List<OwnFigure> own) {
        List<Entry> entries = new ArrayList<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.add(InvalidInputException.Problem.cell(n, "mapping", "campaigns.form.line", n, line));
                continue;
            }
            String address = parts[0].strip().toUpperCase(java.util.Locale.ROOT);
            String target = parts[1].strip().toUpperCase(java.util.Locale.ROOT);
            boolean column = layout == TemplateLayout.ROWS;
            if (!(column ? address.matches("[A-Z]{1,3}") : address.matches("[A-Z]{1,3}[1-9][0-9]{0,6}"))) {
                problems.add(InvalidInputException.Problem.cell(
                        n, "mapping", column ? "campaigns.form.column" : "campaigns.form.cell", n, address));
                continue;
            }
            int ownNumber = OwnFigure.numberOf(target);
            if (ownNumber > 0) {
                OwnFigure figure = own.stream()
                        .filter(f -> f.number() == ownNumber)
                        .findFirst()
                        .orElse(null);
                if (figure == null) {
                    problems.add(InvalidInputException.Problem.cell(
                            n, "mapping", "campaign.own.notInCampaign", n, target, own.size()));
                    continue;
                }
                entries.add(new Entry(
                        n,
                        address,
                        column ? -1 : new CellAddress(address).getRow(),
                        column ? CellReference.convertColStringToIndex(address) : new CellAddress(address).getColumn(),
                        figure.code(),
                        null,
                        figure));
                continue;
            }
            Indicator indicator = SPECIAL.contains(target) ? null : SubmittedFigures.indicator(target);
            if (!SPECIAL.contains(target) && indicator == null) {
                problems.add(
                        InvalidInputException.Problem.cell(n, "mapping", "campaigns.form.unknownIndicator", n, target));
                continue;
            }
            if (indicator != null && !campaign.contains(indicator)) {
                problems.add(
                        InvalidInputException.Problem.cell(n, "mapping", "campaigns.form.notInCampaign", n, target));
                continue;
            }
            int col = column ? CellReference.convertColStringToIndex(address) : new CellAddress(address).getColumn();
            int row = column ? -1 : new CellAddress(address).getRow();
            entries.add(new Entry(n, address, row, col, target, indicator, null));
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(InvalidInputException.Problem.field("mapping", "campaigns.form.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TemplateMapping(entries);
    }

    /**
     * A value written into a merged area lands only in its first cell: a cell inside one (not its first), or a column
     * whose school rows a merged area crosses, cannot be addressed and is refused with the area named.
     */
    void requireAddressable(Sheet sheet, TemplateLayout layout, Integer startRow) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (Entry e : entries) {
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (layout == TemplateLayout.SHEETS
                        && merged.isInRange(e.row(), e.column())
                        && !(merged.getFirstRow() == e.row() && merged.getFirstColumn() == e.column())) {
                    problems.add(InvalidInputException.Problem.cell(
                            e.line(),
                            "mapping",
                            "campaigns.form.mergedCell",
                            e.line(),
                            e.address(),
                            merged.formatAsString(),
                            new CellAddress(merged.getFirstRow(), merged.getFirstColumn()).formatAsString()));
                } else if (layout == TemplateLayout.ROWS
                        && merged.getLastRow() >= startRow - 1
                        && merged.getFirstColumn() <= e.column()
                        && e.column() <= merged.getLastColumn()) {
                    problems.add(InvalidInputException.Problem.cell(
                            e.line(),
                            "mapping",
                            "campaigns.form.mergedColumn",
                            e.line(),
                            e.address(),
                            startRow,
                            merged.formatAsString()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    String text() {
        StringBuilder text = new StringBuilder();
        entries.forEach(
                e -> text.append(e.address()).append(" = ").append(e.target()).append('\n'));
        return text.toString();
    }
}
