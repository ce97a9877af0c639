/**
 * The best-practice library (методическая копилка): practices proposed from the school's work — a completed
 * programme, for a start — which the curator accepts into the library or turns down with a reason.
 */
package ru.nastavnik.practices;
