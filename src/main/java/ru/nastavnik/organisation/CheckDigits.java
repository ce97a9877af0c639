package ru.nastavnik.organisation;

/**
 * The check digits of an ИНН and an ОГРН (ОГРНИП), as the tax service computes them: a typo in the requisites
 * printed in every consent is caught when they are saved, not by the director who signs.
 */
final class CheckDigits {

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private CheckDigits() {}

    /** An ИНН of 10 (organisation) or 12 (person) digits whose check digits agree. */
    static boolean inn(String inn) {
        if (inn.length() == 10) {
            return digit(inn, INN10) == inn.charAt(9) - '0';
        }
        return inn.length() == 12
                && digit(inn, INN12_11) == inn.charAt(10) - '0'
                && digit(inn, INN12_12) == inn.charAt(11) - '0';
    }

    /** An ОГРН of 13 digits (its first 12 mod 11) or an ОГРНИП of 15 (its first 14 mod 13), last digit of the rest. */
    static boolean ogrn(String ogrn) {
        if (ogrn.length() == 13) {
            return Long.parseLong(ogrn.substring(0, 12)) % 11 % 10 == ogrn.charAt(12) - '0';
        }
        return ogrn.length() == 15 && Long.parseLong(ogrn.substring(0, 14)) % 13 % 10 == ogrn.charAt(14) - '0';
    }

    private static int digit(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }
}
