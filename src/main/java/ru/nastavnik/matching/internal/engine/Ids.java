package ru.nastavnik.matching.internal.engine;

/** Sets of ids handed in as arrays: copied, so that a record stays what it was validated to be. */
final class Ids {

    private Ids() {}

    static int[] copy(String what, int[] ids) {
        if (ids == null) {
            return new int[0];
        }
        int[] copy = ids.clone();
        for (int id : copy) {
            if (id < 0) {
                throw new IllegalArgumentException("Ids of " + what + " must not be negative, was " + id);
            }
        }
        return copy;
    }

    /** Packs ids (each below {@code size}) into the bit set starting at {@code offset} of a flat array. */
    static void setBits(long[] target, int offset, int size, int[] ids, String what) {
        for (int id : ids) {
            if (id >= size) {
                throw new IllegalArgumentException(what + " id " + id + " is outside the vocabulary of " + size);
            }
            target[offset + (id >>> 6)] |= 1L << id;
        }
    }
}
