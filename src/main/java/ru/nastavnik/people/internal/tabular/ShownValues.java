package ru.nastavnik.people.internal.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell into the text the user typed. POI's own "General" rendering switches to exponent
 * form above 11 digits, which would turn a 12-digit ИНН into 5.001E+11, so unformatted numbers are written
 * out in full here; dates become dd.MM.yyyy whatever date format the cell shows, since that is how
 * the importer reads dates. Other explicit formats (fixed decimals, percent) are left to POI.
 */
final class ShownValues extends DataFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    /** Excel keeps 15 significant digits; rounding there hides binary noise such as 0.30000000000000004. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    ShownValues() {
        // a dot as the decimal separator, whatever the server's locale, so that 3.5 stays 3.5
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value) && value >= 1) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).format(DATE);
        }
        if (formatString == null
                || formatIndex == 0
                || "General".equalsIgnoreCase(formatString)
                || "@".equals(formatString)) {
            return plain(value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
