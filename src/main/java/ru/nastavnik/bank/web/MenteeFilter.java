package ru.nastavnik.bank.web;

import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.MenteeCategory;

/** The mentee bank page's filter form, as the page sends it (a GET). */
record MenteeFilter(String need, MenteeCategory category, String q) {

    BankFilter filter() {
        return new BankFilter(need, null, category, null, null, q, true);
    }
}
