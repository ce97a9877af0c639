package ru.nastavnik.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The commonest passwords (the list shipped in {@code security/common-passwords.txt}), which guessing tries first.
 * A password is common if it is on the list, or is a listed one with digits or signs around it
 * ({@code qwerty123456}), or is a listed one typed on the Russian keyboard layout ({@code йцукен} is
 * {@code qwerty}, {@code пароль} typed in the Latin layout is {@code gfhjkm}).
 */
final class CommonPasswords {

    private static final String LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    private static final String CYRILLIC = "йцукенгшщзхъфывапролджэячсмитьбюё";
    private static final Set<String> LIST = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return listed(lower) || listed(layoutSwapped(lower));
    }

    static int size() {
        return LIST.size();
    }

    private static boolean listed(String candidate) {
        return LIST.contains(candidate) || LIST.contains(core(candidate));
    }

    /** Without the digits and signs before and after the letters. */
    private static String core(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    private static String layoutSwapped(String password) {
        StringBuilder swapped = new StringBuilder(password.length());
        for (char c : password.toCharArray()) {
            int cyrillic = CYRILLIC.indexOf(c);
            int latin = LATIN.indexOf(c);
            swapped.append(cyrillic >= 0 ? LATIN.charAt(cyrillic) : latin >= 0 ? CYRILLIC.charAt(latin) : c);
        }
        return swapped.toString();
    }

    private static Set<String> load() {
        Set<String> list = new HashSet<>(65_536);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    list.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(list);
    }
}
