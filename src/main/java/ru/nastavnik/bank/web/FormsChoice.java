package ru.nastavnik.bank.web;

import java.util.ArrayList;
import java.util.List;

/** The forms of mentoring a school uses: the usual ones ticked, then its own, one a line. */
record FormsChoice(List<String> form, String own) {

    List<String> forms() {
        List<String> forms = new ArrayList<>(form == null ? List.of() : form);
        if (own != null) {
            forms.addAll(List.of(own.split("\\R")));
        }
        return forms;
    }
}
