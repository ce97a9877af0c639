/**
 * Personalised programmes of the pairs (ПНП, stage 5 of the roadmap): drafted from the organisation's templates of
 * the mentee's category with one activity per need, approved by the curator or by a registered order, worked
 * through by the pair (activities with evidence, meetings, comments, evaluations), completed with satisfaction
 * questionnaires and proposed to the practice library; reminders of due activities, the programme document, the
 * calendar entries, and the teacher's cabinet. Built on {@code mentorship}'s pairs ({@code PairLookup}); mentorship
 * learns of programmes only through the SPI {@code mentorship.PairProgrammes} this module implements.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "mentorship",
            "bank",
            "consent",
            "documents",
            "organisation",
            "people",
            "practices",
            "survey",
            "training",
            "shared",
            "shared :: audit",
            "shared :: mail",
            "shared :: security",
            "shared :: web"
        })
package ru.nastavnik.programme;
