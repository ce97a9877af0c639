/**
 * Events of the mentorship programme — установочные сессии, consultations, master classes, seminars, conferences,
 * round tables — organised by a school, a municipality or a region for the mentors of the schools it invites:
 * registration with a waiting list, attendance (marked or checked in with the room's code), the calendar.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "people",
        "documents",
        "organisation",
        "shared",
        "shared :: audit",
        "shared :: security",
        "shared :: web"
})
package ru.nastavnik.events;
