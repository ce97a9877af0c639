/**
 * Events of the mentorship programme — установочные сессии, consultations, master classes, seminars, conferences,
 * round tables — organised by a school, a municipality or a region for the mentors of the schools it invites:
 * registration with a waiting list, attendance (marked or checked in with the room's code), the calendar. An event
 * is the session a mentor course step names: events serve training's {@code SessionCatalogue} and report attendance
 * to its {@code SessionAttendance}. A round table's decisions on practices go to practices' {@code PracticeDecisions}.
 * After an event its organiser sends those who attended a feedback questionnaire of the survey engine.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "people",
            "documents",
            "organisation",
            "survey",
            "training",
            "practices",
            "shared",
            "shared :: audit",
            "shared :: mail",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.events;
