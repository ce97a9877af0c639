package ru.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's banks, kept by its director and curator (implemented in {@code internal.BankRegistry}, which also holds
 * what only the bank's own pages do: leaving a bank, a person's history). Nobody enters a bank without a valid
 * consent to the processing of personal data (152-ФЗ art. 9); the shared bank needs the separate consent to that
 * transfer.
 */
public interface BankManagement {

    MenteeView saveMentee(NastavnikPrincipal caller, OrganisationId organisation, MenteeRequest request);

    /**
     * Enters a person into the mentee bank, or changes the request of one in it already: that change is made on the
     * version she read ({@code readVersion}) and refused without it or if someone saved the request since.
     */
    MenteeView saveMentee(
            NastavnikPrincipal caller, OrganisationId organisation, MenteeRequest request, Long readVersion);

    /** A change of the request of a mentee in this organisation's bank now (404 if she is not), on the version read. */
    MenteeView updateMentee(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PersonId person,
            MenteeRequest request,
            Long readVersion);

    MentorView saveMentor(NastavnikPrincipal caller, OrganisationId organisation, MentorRequest request);

    /**
     * Enters a person into the mentor bank, or changes the profile of one in it already: that change is made on the
     * version she read ({@code readVersion}) and refused without it or if someone saved the profile since.
     */
    MentorView saveMentor(
            NastavnikPrincipal caller, OrganisationId organisation, MentorRequest request, Long readVersion);

    /** A change of the profile of a mentor in this organisation's bank now (404 if she is not), on the version read. */
    MentorView updateMentor(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PersonId person,
            MentorRequest request,
            Long readVersion);

    /** Returns a mentee who left the bank (her programme completed, say) with her last request: the curator's choice. */
    MenteeView returnMentee(NastavnikPrincipal caller, OrganisationId organisation, PersonId person);

    List<MenteeView> mentees(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter);

    List<MentorView> mentors(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter);

    /** A mentor's profile as it stands, for its edit form (opening it reads the person's card). */
    MentorView currentMentor(NastavnikPrincipal caller, OrganisationId organisation, PersonId person);

    /** A mentee's request as it stands, for its edit form (opening it reads the person's card). */
    MenteeView currentMentee(NastavnikPrincipal caller, OrganisationId organisation, PersonId person);

    /** The organisation's own date (its time zone's), for a page's default dates. */
    LocalDate today(OrganisationId organisation);
}
