package ru.nastavnik.practices;

import java.util.List;

/** A practice with its authors' names, for the curator who decides on it. */
public record PracticeCard(PracticeView practice, List<String> authorNames) {
}
