/**
 * The staff registry (педагогические работники) of each organisation: records, search, import from the
 * files schools keep in Excel, and export back to them.
 */
package ru.nastavnik.people;
