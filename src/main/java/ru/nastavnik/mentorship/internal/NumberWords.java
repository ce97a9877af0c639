package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in Russian words, as an agreement states a sum and a share besides the figures: «3 000 (три тысячи) рублей
 * 00 копеек», «0,15 (ноль целых пятнадцать сотых)». Up to 999 999 999 and four decimal places.
 */
final class NumberWords {

    private static final String[] UNITS = {
        "",
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать"
    };
    private static final String[] TENS = {
        "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"
    };
    private static final String[] HUNDREDS = {
        "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"
    };
    private static final String[][] FRACTIONS = {
        {"десятая", "десятых"}, {"сотая", "сотых"}, {"тысячная", "тысячных"}, {"десятитысячная", "десятитысячных"}
    };

    private NumberWords() {}

    /** «три тысячи двести один»; {@code feminine}: «одна», «две» (тысяча, копейка, целая, сотая). */
    static String of(long n, boolean feminine) {
        if (n < 0 || n > 999_999_999L) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n == 0) {
            return "ноль";
        }
        StringBuilder out = new StringBuilder();
        triple(out, (int) (n / 1_000_000), false, "миллион", "миллиона", "миллионов");
        triple(out, (int) (n / 1000 % 1000), true, "тысяча", "тысячи", "тысяч");
        triple(out, (int) (n % 1000), feminine, "", "", "");
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** «рубль», «рубля», «рублей» by the number's last digits. */
    static String plural(long n, String one, String few, String many) {
        long lastTwo = n % 100;
        long last = n % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
    }

    /** «3 000 (три тысячи) рублей 00 копеек». */
    static String roubles(BigDecimal sum) {
        BigDecimal value = sum.setScale(2, RoundingMode.HALF_UP);
        long whole = value.longValue();
        int kopecks = value.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return String.format("%,d", whole).replace(',', ' ').replace('\u00a0', ' ') + " (" + of(whole, false) + ") "
                + plural(whole, "рубль", "рубля", "рублей") + " " + String.format("%02d", kopecks) + " "
                + plural(kopecks, "копейка", "копейки", "копеек");
    }

    /** «0,15 (ноль целых пятнадцать сотых)», «2 (два)». */
    static String decimal(BigDecimal number) {
        BigDecimal value = number.stripTrailingZeros();
        if (value.scale() <= 0) {
            long whole = value.longValueExact();
            return whole + " (" + of(whole, false) + ")";
        }
        int scale = Math.min(value.scale(), FRACTIONS.length);
        value = value.setScale(scale, RoundingMode.HALF_UP);
        long whole = value.longValue();
        long fraction = value.remainder(BigDecimal.ONE).movePointRight(scale).longValue();
        String[] denominator = FRACTIONS[scale - 1];
        return value.toPlainString().replace('.', ',') + " (" + of(whole, true) + " "
                + plural(whole, "целая", "целых", "целых") + " " + of(fraction, true) + " "
                + plural(fraction, denominator[0], denominator[1], denominator[1]) + ")";
    }

    private static void triple(StringBuilder out, int n, boolean feminine, String one, String few, String many) {
        if (n == 0) {
            return;
        }
        out.append(HUNDREDS[n / 100]).append(' ');
        int rest = n % 100;
        if (rest < 20) {
            out.append(unit(rest, feminine)).append(' ');
        } else {
            out.append(TENS[rest / 10])
                    .append(' ')
                    .append(unit(rest % 10, feminine))
                    .append(' ');
        }
        if (!one.isEmpty()) {
            out.append(plural(n, one, few, many)).append(' ');
        }
    }

    private static String unit(int n, boolean feminine) {
        if (feminine && n == 1) {
            return "одна";
        }
        if (feminine && n == 2) {
            return "две";
        }
        return UNITS[n];
    }
}
