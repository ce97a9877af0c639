package ru.nastavnik.events;

import java.util.List;
import ru.nastavnik.people.PersonId;

/**
 * An event's page: {@code participants} are all registrations for its organiser, only her school's people for a
 * curator, none for others; {@code mine} is the caller's own answer (or null); {@code checkinCode} only for the
 * organiser; {@code speakers} names each agenda line's speaker, and {@code speakersApart} what tells a speaker from a
 * namesake speaking too — the words the organiser typed in brackets, or her school or position ("" for the others);
 * {@code invitedOnly}, for the organiser only, the people invited by name who have not answered online (no account, or
 * they signed the paper list), whom she marks present from that list; {@code headUnnamed}, for the organiser only, that
 * her organisation's requisites name no head, so certificates and the protocol would print an empty signature line;
 * {@code speaker}, that the caller is named in the agenda as a speaker — she counts as present and gets a certificate
 * without checking in.
 */
public record EventCard(
        EventView event,
        String organiserName,
        boolean organiser,
        boolean mayAnswer,
        RegistrationView mine,
        boolean speaker,
        List<String> schoolNames,
        List<String> speakers,
        List<String> speakersApart,
        List<ParticipantView> participants,
        List<Invited> invitedOnly,
        boolean headUnnamed,
        String checkinCode) {

    /** A person invited by name, not registered: her name and school, and what tells her from a namesake listed. */
    public record Invited(PersonId person, String fullName, String schoolName, String apart) {}
}
