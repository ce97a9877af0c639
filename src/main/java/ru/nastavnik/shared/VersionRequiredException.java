package ru.nastavnik.shared;

/** An update that does not say which version of the record it was made on (the API's If-Match); answered 428. */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException() {
        super("the version the change was made on is required");
    }
}
