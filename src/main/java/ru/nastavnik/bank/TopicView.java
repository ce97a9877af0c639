package ru.nastavnik.bank;

public record TopicView(String code, String title, boolean builtIn) {}
