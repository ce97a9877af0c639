package ru.nastavnik.programme.internal;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.MailTexts;
import ru.nastavnik.shared.mail.Mailbox;

/**
 * A comment on a programme is told by letter to the pair's other members (not to its author): a mentee's question
 * waited until her mentor happened to open the programme. The letter names the author and links the programme, not
 * the comment's text, which stays behind the sign-in. Sent after the commit, when the installation sends mail; kept
 * among the recipients' in-app notifications either way.
 */
@Component
class CommentLetters {

    private final PairLookup pairs;
    private final StaffManagement staff;
    private final Mailbox mailbox;
    private final MailTexts texts;
    private final PublicBaseUrl base;

    CommentLetters(PairLookup pairs, StaffManagement staff, Mailbox mailbox, MailTexts texts, PublicBaseUrl base) {
        this.pairs = pairs;
        this.staff = staff;
        this.mailbox = mailbox;
        this.texts = texts;
        this.base = base;
    }

    /** {@code author}: the commenting member of the pair, or null for the curator (then both are told). */
    void send(Programme programme, PersonId author, String authorName) {
        // composed whether or not mail goes out: the pair's members also find it among their notifications
        MentorshipView pair = pairs.unnamed(programme.mentorship());
        String text = texts.letter(
                texts.get("mail.programme.comment", authorName, base.of("/mentorship/programmes/" + programme.id())));
        List<Mail> letters = Stream.concat(
                        pair.current(MemberRole.MENTOR).stream(), pair.current(MemberRole.MENTEE).stream())
                .distinct()
                .filter(p -> !p.equals(author))
                .flatMap(p -> staff.contactEmail(p).stream())
                .distinct()
                .map(to -> new Mail(to, texts.get("mail.programme.comment.subject"), text))
                .toList();
        mailbox.send(letters);
    }
}
