package ru.nastavnik.documents;

/** The six Russian cases a document's wording may put a name in («согласие Петрова» is genitive, …). */
public enum GrammaticalCase {
    NOMINATIVE,
    GENITIVE,
    DATIVE,
    ACCUSATIVE,
    INSTRUMENTAL,
    PREPOSITIONAL
}
