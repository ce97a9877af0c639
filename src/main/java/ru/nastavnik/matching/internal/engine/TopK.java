package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * The k largest of a stream of packed keys (value in the high half, a tie-break in the low half): a primitive
 * min-heap, reused from one mentee to the next.
 */
final class TopK {

    private final long[] heap;
    private int size;

    TopK(int k) {
        heap = new long[Math.max(1, k)];
    }

    /** Higher value first; among equal values the lower mentor index first. */
    static long key(long value, int mentor) {
        return value << 32 | (Integer.MAX_VALUE - mentor);
    }

    static int mentor(long key) {
        return Integer.MAX_VALUE - (int) (key & 0xFFFFFFFFL);
    }

    static int value(long key) {
        return (int) (key >> 32);
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    boolean full() {
        return size == heap.length;
    }

    /** The smallest key kept; meaningful when not empty. */
    long min() {
        return heap[0];
    }

    void offer(long key) {
        if (size < heap.length) {
            int c = size++;
            while (c > 0) {
                int p = (c - 1) >>> 1;
                if (heap[p] <= key) {
                    break;
                }
                heap[c] = heap[p];
                c = p;
            }
            heap[c] = key;
        } else if (key > heap[0]) {
            siftDown(key);
        }
    }

    /** The kept keys, largest first, into {@code out}; returns how many. */
    int drainDescending(long[] out) {
        int n = size;
        System.arraycopy(heap, 0, out, 0, n);
        Arrays.sort(out, 0, n);
        for (int a = 0, b = n - 1; a < b; a++, b--) {
            long t = out[a];
            out[a] = out[b];
            out[b] = t;
        }
        size = 0;
        return n;
    }

    private void siftDown(long key) {
        int n = size;
        int c = 0;
        while (true) {
            int l = 2 * c + 1;
            if (l >= n) {
                break;
            }
            int r = l + 1;
            int m = r < n && heap[r] < heap[l] ? r : l;
            if (heap[m] >= key) {
                break;
            }
            heap[c] = heap[m];
            c = m;
        }
        heap[c] = key;
    }
}
