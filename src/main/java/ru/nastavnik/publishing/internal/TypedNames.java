package ru.nastavnik.publishing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.shared.Gender;

/**
 * The names in a text typed by hand (the curator of the Regulation's order, «заместителя директора Смирнову Ольгу
 * Ивановну» or «Смирнову О.И.»), with every form the documents engine could print them in — so that a document shown
 * without personal data removes them as it removes a staff member's. The typed words are in an unknown case and
 * gender: the nominative is found by declining candidate nominatives until one's case form is the word typed. The
 * gender is guessed here only to find forms to remove, never to print anything.
 */
final class TypedNames {

    private static final String WORD = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
    private static final String INITIAL = "[А-ЯЁ]\\.";
    private static final Pattern RUN = Pattern.compile(WORD + "(?:\\s+" + WORD + ")+");
    private static final Pattern SURNAME_INITIALS =
            Pattern.compile("(" + WORD + ")\\s+(" + INITIAL + ")\\s*(" + INITIAL + ")?");
    private static final Pattern INITIALS_SURNAME =
            Pattern.compile("(" + INITIAL + ")\\s*(?:(" + INITIAL + ")\\s*)?(" + WORD + ")");
    private static final Pattern TYPED_PATRONYMIC = Pattern.compile("(вн|чн|шн|вич|ич)[а-яё]{0,3}$");
    private static final Pattern PATRONYMIC = Pattern.compile("(вич|ич|вна|чна|шна)$");
    private static final List<String> CASE_ENDINGS = List.of(
            "ого", "его", "ому", "ему", "ой", "ей", "ою", "ею", "ом", "ем", "ым", "им", "ую", "юю", "ая", "яя", "ии",
            "ию", "ия", "а", "я", "у", "ю", "е", "и", "ы", "ь", "й", "");
    private static final List<String> NOMINATIVE_ENDINGS =
            List.of("", "а", "я", "ь", "й", "ий", "ый", "ой", "ая", "яя", "ия", "ея");

    private TypedNames() {}

    /** Every form of every name found in {@code text}, longest first; the words as typed are always among them. */
    static List<String> forms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String spaced = spaced(text);
        Matcher initials = SURNAME_INITIALS.matcher(spaced);
        while (initials.find()) {
            forms.add(initials.group());
            surnameForms(initials.group(1), initialsOf(initials.group(2), initials.group(3)), forms);
        }
        Matcher before = INITIALS_SURNAME.matcher(spaced);
        while (before.find()) {
            forms.add(before.group());
            surnameForms(before.group(3), initialsOf(before.group(1), before.group(2)), forms);
        }
        Matcher run = RUN.matcher(spaced);
        while (run.find()) {
            runForms(run.group().split("\\s+"), forms);
        }
        List<String> all = new ArrayList<>();
        for (String form : forms) {
            all.add(form);
            all.add(form.replaceAll("([А-ЯЁ]\\.) (?=[А-ЯЁ]\\.)", "$1"));
        }
        return all.stream()
                .map(String::strip)
                .filter(f -> f.length() > 2)
                .distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** «О.И.» as the documents print it: «О. И.». */
    static String spaced(String text) {
        return text.replaceAll("([А-ЯЁ]\\.)(?=[А-ЯЁ])", "$1 ").replaceAll("\\s+", " ");
    }

    private static String initialsOf(String first, String middle) {
        return middle == null ? first : first + " " + middle;
    }

    private static void surnameForms(String typed, String initials, Set<String> forms) {
        for (Gender gender : Gender.values()) {
            for (GrammaticalCase found : GrammaticalCase.values()) {
                String surname = nominative(typed, gender, found, Part.LAST);
                if (surname != null) {
                    PersonName name = PersonName.of(surname, "Анна", null, gender);
                    for (GrammaticalCase c : GrammaticalCase.values()) {
                        String last = NameDeclension.lastName(name, c);
                        forms.add(last + " " + initials);
                        forms.add(initials + " " + last);
                    }
                }
            }
        }
    }

    /**
     * Capitalised words in a row («Назначить Орлову Анну Викторовну»): the names are three words ending in a patronymic,
     * then two words, that decline together — searched from the end, where a phrase puts the name; a run where none
     * does is kept whole, as typed.
     */
    private static void runForms(String[] words, Set<String> forms) {
        boolean[] used = new boolean[words.length];
        boolean any = false;
        for (int size = 3; size >= 2; size--) {
            for (int i = words.length - size; i >= 0; i--) {
                if (used[i]
                        || used[i + size - 1]
                        || size == 3 && used[i + 1]
                        || size == 3 && !TYPED_PATRONYMIC.matcher(words[i + 2]).find()) {
                    continue;
                }
                if (fullForms(words[i], words[i + 1], size == 3 ? words[i + 2] : null, forms)) {
                    forms.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + size)));
                    for (int k = i; k < i + size; k++) {
                        used[k] = true;
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            forms.add(String.join(" ", words));
        }
    }

    /** A full name: the gender and case in which all its words are forms of some nominative. */
    private static boolean fullForms(String last, String first, String middle, Set<String> forms) {
        boolean resolved = false;
        for (Gender gender : Gender.values()) {
            for (GrammaticalCase found : GrammaticalCase.values()) {
                String l = nominative(last, gender, found, Part.LAST);
                String f = nominative(first, gender, found, Part.FIRST);
                String m = middle == null ? null : nominative(middle, gender, found, Part.MIDDLE);
                if (l == null || f == null || middle != null && m == null) {
                    continue;
                }
                PersonName name = PersonName.of(l, f, m, gender);
                resolved = true;
                for (GrammaticalCase c : GrammaticalCase.values()) {
                    forms.add(NameDeclension.fullName(name, c));
                    forms.add(NameDeclension.surnameWithInitials(name, c));
                    forms.add(NameDeclension.initialsWithSurname(name, c));
                }
            }
        }
        return resolved;
    }

    private enum Part {
        LAST,
        FIRST,
        MIDDLE
    }

    /**
     * The nominative whose {@code found} case form is {@code typed}; of several, the one that declines most (a word
     * read as indeclinable would hide only itself).
     */
    private static String nominative(String typed, Gender gender, GrammaticalCase found, Part part) {
        String best = null;
        int bestForms = 0;
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String ending : CASE_ENDINGS) {
            if (!lower.endsWith(ending) || typed.length() - ending.length() < 2) {
                continue;
            }
            String stem = typed.substring(0, typed.length() - ending.length());
            for (String nominativeEnding : NOMINATIVE_ENDINGS) {
                String candidate = stem + nominativeEnding;
                if (part == Part.MIDDLE && !PATRONYMIC.matcher(candidate).find()) {
                    continue;
                }
                if (typed.equals(declined(candidate, gender, found, part))) {
                    int distinct = distinctForms(candidate, gender, part);
                    if (distinct > bestForms) {
                        best = candidate;
                        bestForms = distinct;
                    }
                }
            }
        }
        return best;
    }

    private static int distinctForms(String candidate, Gender gender, Part part) {
        Set<String> all = new LinkedHashSet<>();
        for (GrammaticalCase c : GrammaticalCase.values()) {
            all.add(declined(candidate, gender, c, part));
        }
        return all.size();
    }

    private static String declined(String word, Gender gender, GrammaticalCase c, Part part) {
        try {
            return switch (part) {
                case LAST -> NameDeclension.lastName(PersonName.of(word, "Анна", null, gender), c);
                case FIRST -> NameDeclension.firstName(PersonName.of("Иванова", word, null, gender), c);
                case MIDDLE -> NameDeclension.middleName(PersonName.of("Иванова", "Анна", word, gender), c);
            };
        } catch (RuntimeException e) {
            // a candidate the rules cannot decline is simply not this name
            return null;
        }
    }
}
