package ru.nastavnik.documents.internal.declension;

/**
 * Gives a declined word the capitalisation of the word as recorded: ИВАНОВ → ИВАНОВА, иванов → иванова,
 * Римская-Корсакова → Римской-Корсаковой. Each hyphenated part is matched separately because declension changes
 * the length of every part, so letters would otherwise take the case of the wrong letter of the original.
 */
final class LetterCase {

    private LetterCase() {}

    static String restore(String original, String declined) {
        String[] originalParts = original.split("-", -1);
        String[] declinedParts = declined.split("-", -1);
        if (originalParts.length != declinedParts.length) {
            return restorePart(original, declined);
        }
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < declinedParts.length; i++) {
            result.append(i == 0 ? "" : "-").append(restorePart(originalParts[i], declinedParts[i]));
        }
        return result.toString();
    }

    /** A letter added by an ending is written like the last letter of the original (ИВАНОВ → ИВАНОВ + А). */
    private static String restorePart(String original, String declined) {
        if (original.isEmpty()) {
            return declined;
        }
        StringBuilder result = new StringBuilder(declined.length());
        for (int i = 0; i < declined.length(); i++) {
            char pattern = original.charAt(Math.min(i, original.length() - 1));
            char letter = declined.charAt(i);
            result.append(Character.isUpperCase(pattern) ? Character.toUpperCase(letter) : letter);
        }
        return result.toString();
    }
}
