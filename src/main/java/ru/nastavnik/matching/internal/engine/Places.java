package ru.nastavnik.matching.internal.engine;

import java.util.Arrays;

/**
 * The mentors' places as {@link Auction}'s objects, each priced on its own: a mentor's places are a run of slots, and
 * a bidder needs only her cheapest and second cheapest price, kept current by {@link #reprice} after every change.
 * The arrays are read directly (final fields, no copies) because the bid loop reads them on every candidate edge.
 */
final class Places {

    final int[] slotStart;
    final int[] mentor;
    final long[] price;
    /** A mentee, a vacancy person ({@code n + place}), or -1 while free. */
    final int[] holder;

    final long[] minPrice;
    final int[] minPlace;
    final long[] secondPrice;

    Places(int[] capacity) {
        slotStart = new int[capacity.length + 1];
        for (int j = 0; j < capacity.length; j++) {
            slotStart[j + 1] = slotStart[j] + capacity[j];
        }
        int places = slotStart[capacity.length];
        mentor = new int[places];
        for (int j = 0; j < capacity.length; j++) {
            Arrays.fill(mentor, slotStart[j], slotStart[j + 1], j);
        }
        price = new long[places];
        holder = new int[places];
        minPrice = new long[capacity.length];
        minPlace = new int[capacity.length];
        secondPrice = new long[capacity.length];
    }

    int count() {
        return price.length;
    }

    void reprice(int j) {
        long m1 = Auction.NONE;
        long m2 = Auction.NONE;
        int at = -1;
        for (int q = slotStart[j]; q < slotStart[j + 1]; q++) {
            long p = price[q];
            if (p < m1) {
                m2 = m1;
                m1 = p;
                at = q;
            } else if (p < m2) {
                m2 = p;
            }
        }
        minPrice[j] = m1;
        minPlace[j] = at;
        secondPrice[j] = m2;
    }
}
