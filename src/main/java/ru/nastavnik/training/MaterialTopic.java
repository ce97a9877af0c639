package ru.nastavnik.training;

/** A topic of the needs vocabulary as a material keeps it: the code it is matched by and the title shown. */
public record MaterialTopic(String code, String title) {}
