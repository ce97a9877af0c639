package ru.nastavnik.shared.web;

import java.util.Objects;
import java.util.Optional;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.StaleVersionException;

/**
 * The one shape of a page's change (Post/Redirect/Get): do it; when done, flash the success message; when the service
 * refuses the input, flash its problems (the first, and the others under it) with what the user typed, so that the
 * page she is sent back to shows her form again as she filled it ({@link TypedInput}; secrets are never carried).
 * Every other exception passes through untouched: a stale version, a missing record, a denied access are each
 * answered where they were before.
 *
 * <pre>{@code
 * return Submit.to("redirect:/bank/mentees?organisation=" + org, redirect,
 *         () -> banks.returnMentee(me, org, personId), "bank.mentee.returned");
 * }</pre>
 */
public final class Submit {

    private Submit() {}

    /** A change of a page's state; it may refuse its input ({@link InvalidInputException}) or throw what it declares. */
    @FunctionalInterface
    public interface Change<X extends Exception> {
        void run() throws X;
    }

    /** A change whose success message names what it made: it answers the message to flash. */
    @FunctionalInterface
    public interface Made<X extends Exception> {
        Flash run() throws X;
    }

    /** A change that makes something the page goes on to: a new record, a job started, a file to download. */
    @FunctionalInterface
    public interface Result<T, X extends Exception> {
        T run() throws X;
    }

    /**
     * Does the change, then answers {@code view} (usually a redirect) whatever the outcome.
     *
     * @param successKey the message flashed when it is done, or null for none
     */
    public static <X extends Exception> String to(
            String view, RedirectAttributes redirect, Change<X> change, String successKey, Object... successArgs)
            throws X {
        done(redirect, change, successKey, successArgs);
        return view;
    }

    /**
     * Does the change; true when done (the success message flashed, unless {@code successKey} is null), false when
     * its input was refused (the problems and the typed input flashed).
     */
    public static <X extends Exception> boolean done(
            RedirectAttributes redirect, Change<X> change, String successKey, Object... successArgs) throws X {
        return done(redirect, () -> {
            change.run();
            return successKey == null ? null : Flash.of(successKey, successArgs);
        });
    }

    /**
     * Does a change made over the version of the record she read: as {@link #done(RedirectAttributes, Change, String,
     * Object...)}, and when someone saved the record meanwhile ({@link StaleVersionException}) {@code staleKey} is
     * flashed as the error instead and false answered, so that she opens the record again and sees what is saved now.
     */
    public static <X extends Exception> boolean versioned(
            RedirectAttributes redirect, String staleKey, Change<X> change, String successKey, Object... successArgs)
            throws X {
        try {
            return done(redirect, change, successKey, successArgs);
        } catch (StaleVersionException meanwhile) {
            Flash.error(redirect, staleKey);
            return false;
        }
    }

    /** Does the change and flashes the message it answers (none if null); false when its input was refused. */
    public static <X extends Exception> boolean done(RedirectAttributes redirect, Made<X> change) throws X {
        Flash success;
        try {
            success = change.run();
        } catch (InvalidInputException refused) {
            Flash.error(redirect, refused);
            return false;
        }
        if (success != null) {
            Flash.success(redirect, success.key(), success.args());
        }
        return true;
    }

    /**
     * Does a change that makes something (never null) the page goes on to: what it made when done (the success message
     * flashed, unless {@code successKey} is null), empty when its input was refused (the problems and the typed input
     * flashed), so that the caller picks the page for each outcome.
     */
    public static <T, X extends Exception> Optional<T> made(
            RedirectAttributes redirect, Result<T, X> change, String successKey, Object... successArgs) throws X {
        T made;
        try {
            made = change.run();
        } catch (InvalidInputException refused) {
            Flash.error(redirect, refused);
            return Optional.empty();
        }
        if (successKey != null) {
            Flash.success(redirect, successKey, successArgs);
        }
        return Optional.of(Objects.requireNonNull(made, "a change answers what it made"));
    }
}
