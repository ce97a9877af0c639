package ru.nastavnik.matching.internal.engine;

/**
 * The best mentees of every mentor, as one scanning thread saw them: a min-heap of packed keys ({@link TopK#key}, the
 * mentee as tie-break) per mentor, all in one flat array, since an object per mentor and thread would cost more than
 * the keys. Threads' tops merge into one: the top of the union of tops is the top of all.
 */
final class MentorTops {

    private final int limit;
    private final long[] keys;
    private final int[] size;

    MentorTops(int mentors, int limit) {
        this.limit = limit;
        keys = new long[mentors * limit];
        size = new int[mentors];
    }

    void offer(int mentor, long key) {
        int base = mentor * limit;
        int n = size[mentor];
        if (n < limit) {
            int c = n;
            while (c > 0) {
                int p = (c - 1) >>> 1;
                if (keys[base + p] <= key) {
                    break;
                }
                keys[base + c] = keys[base + p];
                c = p;
            }
            keys[base + c] = key;
            size[mentor] = n + 1;
        } else if (key > keys[base]) {
            int c = 0;
            while (true) {
                int l = 2 * c + 1;
                if (l >= n) {
                    break;
                }
                int m = l + 1 < n && keys[base + l + 1] < keys[base + l] ? l + 1 : l;
                if (keys[base + m] >= key) {
                    break;
                }
                keys[base + c] = keys[base + m];
                c = m;
            }
            keys[base + c] = key;
        }
    }

    void mergeInto(MentorTops other) {
        for (int j = 0; j < size.length; j++) {
            for (int q = 0; q < size[j]; q++) {
                other.offer(j, keys[j * limit + q]);
            }
        }
    }

    int size(int mentor) {
        return size[mentor];
    }

    /** The q-th kept key of the mentor, in no particular order. */
    long key(int mentor, int q) {
        return keys[mentor * limit + q];
    }
}
