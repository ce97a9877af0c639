/**
 * In-app notifications: a copy of every letter the system writes, kept for the accounts behind its address (the
 * account's own address, or the address on the staff record linked to it), whether or not the installation sends mail;
 * the bell in the header with the unread count, the list, and the API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "organisation",
            "people",
            "shared",
            "shared :: mail",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.notifications;
