package ru.nastavnik.matching.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.shared.InvalidInputException;

/** The weights of the criteria as the run forms post them; an empty field keeps the default. */
class WeightsForm {

    private Integer needs;
    private Integer subject;
    private Integer experience;
    private Integer locality;
    private Integer form;
    private Integer wishes;
    private Integer load;
    private Boolean onlyTrained;
    private Integer trained;

    /** A weight typed as something other than a whole number is refused like one out of range. */
    static void check(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            throw InvalidInputException.of(binding.getFieldErrors().get(0).getField(), "matching.weights.range");
        }
    }

    MatchingWeights toWeights() {
        return new MatchingWeights(needs, subject, experience, locality, form, wishes, load, onlyTrained, trained);
    }

    /** The values to show in the form, by criterion, in the order of the form. */
    static Map<String, Integer> values(MatchingWeights w) {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("needs", w.needs());
        values.put("subject", w.subject());
        values.put("experience", w.experience());
        values.put("locality", w.locality());
        values.put("form", w.form());
        values.put("wishes", w.wishes());
        values.put("load", w.load());
        values.put("trained", w.trained());
        return values;
    }

    public void setNeeds(Integer needs) {
        this.needs = needs;
    }

    public void setSubject(Integer subject) {
        this.subject = subject;
    }

    public void setExperience(Integer experience) {
        this.experience = experience;
    }

    public void setLocality(Integer locality) {
        this.locality = locality;
    }

    public void setForm(Integer form) {
        this.form = form;
    }

    public void setWishes(Integer wishes) {
        this.wishes = wishes;
    }

    public void setLoad(Integer load) {
        this.load = load;
    }

    public void setTrained(Integer trained) {
        this.trained = trained;
    }

    public Boolean getOnlyTrained() {
        return onlyTrained;
    }

    public void setOnlyTrained(Boolean onlyTrained) {
        this.onlyTrained = onlyTrained;
    }
}
