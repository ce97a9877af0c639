package ru.nastavnik.organisation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.SchoolCalendars;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.SavedMeanwhile;

/** An organisation's pupils' holidays: what its school year is dated by, and her form to set its own. */
@Controller
@RequestMapping("/organisation/organisations/{id}/holidays")
class HolidaysController {

    private final SchoolCalendars calendars;
    private final OrganisationManagement organisations;
    private final ru.nastavnik.organisation.SchoolDates dates;

    HolidaysController(
            SchoolCalendars calendars,
            OrganisationManagement organisations,
            ru.nastavnik.organisation.SchoolDates dates) {
        this.calendars = calendars;
        this.organisations = organisations;
        this.dates = dates;
    }

    @GetMapping
    String page(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId id, Model model) {
        SchoolCalendars.Holidays holidays = calendars.holidays(me, id);
        model.addAttribute("organisation", organisations.get(me, id));
        model.addAttribute("holidays", holidays);
        if (!HolidaysTile.known(calendars, dates, id)) {
            model.addAttribute("missingYear", SchoolYearText.of(dates.today(id)));
        }
        model.addAttribute(
                "periods", holidays.periods().stream().map(HolidaysForm::shown).toList());
        if (!model.containsAttribute("holidaysForm")) {
            model.addAttribute("holidaysForm", HolidaysForm.of(holidays));
        }
        return "organisation/holidays";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @ModelAttribute HolidaysForm holidaysForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            return FormPage.of(model, result, () -> page(me, id, model))
                    .submit(
                            redirect,
                            () -> calendars.setHolidays(me, id, holidaysForm.toPeriods(), holidaysForm.getVersion()),
                            "organisation.holidays.saved",
                            "redirect:/organisation/organisations/" + id + "/holidays");
        } catch (StaleVersionException | VersionRequiredException e) {
            SchoolCalendars.Holidays saved = calendars.holidays(me, id);
            SavedMeanwhile.show(model, result, holidaysForm, HolidaysForm.of(saved), saved.version(), "form.stale");
            return page(me, id, model);
        }
    }
}
