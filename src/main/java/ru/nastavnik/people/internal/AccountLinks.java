package ru.nastavnik.people.internal;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.organisation.UserSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Links a staff record to the person's own user account: then the teacher sees their own data and can take
 * it away (152-ФЗ art. 14), and later their own programmes and questionnaires.
 */
@Service
@Transactional
class AccountLinks implements StaffAccounts {

    private final PersonRepository people;
    private final StaffAccess access;
    private final UserManagement users;
    private final ApplicationEventPublisher events;

    AccountLinks(PersonRepository people, StaffAccess access, UserManagement users, ApplicationEventPublisher events) {
        this.people = people;
        this.access = access;
        this.users = users;
        this.events = events;
    }

    /**
     * Links a teacher's account to her record, so that she sees her own data and cabinet. An account whose name
     * is not the record's (a slip of the curator's hand gives one teacher another's data) is linked only when
     * {@code despiteName} confirms it.
     */
    public StaffView link(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId id, String username, boolean despiteName) {
        Person person = visible(caller, organisation, id);
        if (username == null || username.isBlank()) {
            person.linkAccount(null);
            events.publishEvent(new AuditEvent(
                    organisation, AuditAction.UPDATE, StaffRegistry.SUBJECT, id.value(), "учётная запись отвязана"));
            return person.view();
        }
        UserSummary user = users.findByUsername(username)
                .filter(u -> u.roles().stream().anyMatch(g -> organisation.equals(g.organisation())))
                .orElseThrow(() ->
                        InvalidInputException.of("username", "staff.account.notInOrganisation", username.strip()));
        people.findByUserId(user.id().value())
                .filter(other -> !other.id().equals(person.id()))
                .ifPresent(other -> {
                    throw InvalidInputException.of(
                            "username", "staff.account.taken", other.data().fullName());
                });
        if (!despiteName && !sameName(user.fullName(), person.data())) {
            throw InvalidInputException.of(
                    "username",
                    "staff.account.nameDiffers",
                    user.fullName(),
                    person.data().fullName());
        }
        person.linkAccount(user.id());
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                StaffRegistry.SUBJECT,
                id.value(),
                "учётная запись " + user.username()));
        return person.view();
    }

    /** The account's name holds the record's surname and its first name (or the initial of it). */
    static boolean sameName(String accountName, StaffData record) {
        java.util.List<String> words = java.util.Arrays.stream(
                        normal(accountName).split("[\\s.]+"))
                .filter(w -> !w.isEmpty())
                .toList();
        String first = normal(record.firstName());
        return words.contains(normal(record.lastName()))
                && words.stream().anyMatch(w -> w.equals(first) || (w.length() == 1 && first.startsWith(w)));
    }

    private static String normal(String text) {
        return text == null
                ? ""
                : text.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').strip();
    }

    /** The login linked to a record, for its card. */
    @Transactional(readOnly = true)
    public Optional<String> accountOf(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        return Optional.ofNullable(visible(caller, organisation, id).account())
                .flatMap(users::find)
                .map(UserSummary::username);
    }

    private Person visible(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        access.check(caller, organisation);
        return people.findInOrganisation(organisation.value(), id.value())
                .filter(p -> !p.restricted() || access.maySeeRestricted(caller, organisation))
                .orElseThrow(NotFoundException::new);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<ru.nastavnik.shared.UserId> accountsWithEmail(String email) {
        return people.accountsWithEmail(email).stream()
                .map(ru.nastavnik.shared.UserId::new)
                .toList();
    }

    /**
     * Which staff record is the signed-in user's own, for their cabinet (their questionnaires, later their
     * programmes). Only the id: no personal data is read, so nothing is audited.
     */
    @Transactional(readOnly = true)
    public Optional<PersonId> ownId(NastavnikPrincipal caller) {
        return people.findByUserId(caller.id().value())
                .filter(p -> !p.view().anonymised())
                .map(Person::id);
    }

    /** The signed-in user's own staff record; reading it is audited like any other read. */
    public Optional<StaffView> own(NastavnikPrincipal caller) {
        return people.findByUserId(caller.id().value()).map(person -> {
            events.publishEvent(new AuditEvent(
                    person.organisation(),
                    AuditAction.READ,
                    StaffRegistry.SUBJECT,
                    person.id().value(),
                    "просмотр собственных данных"));
            return person.view();
        });
    }
}
