package ru.nastavnik.publishing.channels;

/** An enabled channel with its token decrypted, for the moment of one delivery; never logged or shown. */
record Channel(ChannelKind kind, String target, String token) {

    @Override
    public String toString() {
        return kind + " " + target;
    }
}
