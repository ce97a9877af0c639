package ru.nastavnik.matching.internal.engine;

/** An indexed binary min-heap of node ids keyed by an outside distance array, for Dijkstra without boxing. */
final class NodeHeap {

    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    NodeHeap(int nodes, long[] key) {
        heap = new int[nodes];
        position = new int[nodes];
        this.key = key;
    }

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(int node) {
        heap[size] = node;
        position[node] = size;
        up(size++);
    }

    /** The node's key went down; it must be in the heap. */
    void decreased(int node) {
        up(position[node]);
    }

    int pop() {
        int top = heap[0];
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            position[last] = 0;
            down(0);
        }
        return top;
    }

    private void up(int at) {
        int node = heap[at];
        long k = key[node];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int p = heap[parent];
            if (key[p] <= k) {
                break;
            }
            heap[at] = p;
            position[p] = at;
            at = parent;
        }
        heap[at] = node;
        position[node] = at;
    }

    private void down(int at) {
        int node = heap[at];
        long k = key[node];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                child++;
            }
            int c = heap[child];
            if (key[c] >= k) {
                break;
            }
            heap[at] = c;
            position[c] = at;
            at = child;
        }
        heap[at] = node;
        position[node] = at;
    }
}
