package ru.nastavnik.shared;

/**
 * Someone changed the record after the caller read it: her change is refused rather than silently overwriting
 * the other one (a lost update). The API answers 412; a form is shown again with both versions.
 */
public class StaleVersionException extends RuntimeException {

    private final long current;

    public StaleVersionException(long current) {
        super("stale version, current is " + current);
        this.current = current;
    }

    public long current() {
        return current;
    }

    /** The aggregate's own guard: the version the caller read must still be the current one. */
    public static void check(Long expected, long current) {
        if (expected == null) {
            throw new VersionRequiredException();
        }
        if (expected != current) {
            throw new StaleVersionException(current);
        }
    }
}
