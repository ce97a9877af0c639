package ru.nastavnik.survey;

import java.util.List;

/** One answer that a bank may take over: the stored values (option keys, codes, text) and their labels. */
public record BankAnswer(BankField field, List<String> values, List<String> labels) {

    public BankAnswer {
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }
}
