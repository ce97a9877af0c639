package ru.nastavnik.organisation;

import java.util.List;

/**
 * The time zones of Russia a school's «today» is taken in (its order dates, deadlines, the day a pair starts): one
 * per offset from Moscow, named by a city of it, as the regions' administrators know them.
 */
final class TimeZones {

    /** From west to east; the message key of each is {@code organisation.timeZone.<zone>}. */
    static final List<String> RUSSIA = List.of(
            "Europe/Kaliningrad",
            "Europe/Moscow",
            "Europe/Samara",
            "Asia/Yekaterinburg",
            "Asia/Omsk",
            "Asia/Novosibirsk",
            "Asia/Krasnoyarsk",
            "Asia/Irkutsk",
            "Asia/Yakutsk",
            "Asia/Vladivostok",
            "Asia/Magadan",
            "Asia/Kamchatka");

    private TimeZones() {}
}
