package ru.nastavnik.shared.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindingResult;

/**
 * A save refused because someone saved the record after she opened the form ({@code StaleVersionException}): the
 * form is shown again with what she typed, and beside each field where the record now differs from her input the
 * value saved meanwhile (model attribute {@value #ATTRIBUTE}, shown by {@code fragments/forms :: input} and
 * {@code fragments/forms :: savedMeanwhile}). Her next save is made over the version she has now seen.
 * Works on any form: a bean with getters or a record, with rows in lists (compared row by row as
 * {@code rows[2].title}, the names the form binds); its {@code version} is never compared.
 */
public final class SavedMeanwhile {

    public static final String ATTRIBUTE = "saved";

    private SavedMeanwhile() {}

    /** A form bound with a {@link BindingResult}: her input stays in it, the message is its global error. */
    public static void show(
            Model model, BindingResult result, Object typed, Object saved, long savedVersion, String messageKey) {
        model.addAttribute(ATTRIBUTE, differences(typed, saved));
        new BeanWrapperImpl(typed).setPropertyValue("version", savedVersion);
        result.reject(messageKey);
    }

    /**
     * A form written inline on a record's page (no form object of its own): {@code typed} is her input carrying
     * the saved version already, put in the model under {@code typedAttribute} for the page to show instead of the
     * record; the message is shown as the page's error.
     */
    public static void show(Model model, String typedAttribute, Object typed, Object saved, String messageKey) {
        model.addAttribute(ATTRIBUTE, differences(typed, saved));
        model.addAttribute(typedAttribute, typed);
        model.addAttribute("flashError", new Flash(messageKey, new Object[0]));
    }

    /**
     * The fields where {@code saved} differs from {@code typed}, with the saved value as the page shows it (an
     * enum by its message key, a date as dd.MM.yyyy, a yes or no in words, a list joined, nothing as «—»); blank
     * and missing count as the same. {@code saved} may be the record's view itself: only the fields both have are
     * compared.
     */
    public static Map<String, Object> differences(Object typed, Object saved) {
        Map<String, Object> mine = values(typed);
        Map<String, Object> theirs = values(saved);
        Map<String, Object> differences = new LinkedHashMap<>();
        mine.forEach((field, value) -> {
            Object other = theirs.get(field);
            if (theirs.containsKey(field) && !Objects.equals(comparable(value), comparable(other))) {
                differences.put(field, shown(other));
            }
        });
        return differences;
    }

    private static Map<String, Object> values(Object form) {
        Map<String, Object> values = new LinkedHashMap<>();
        collect("", form, values);
        values.remove("version");
        return values;
    }

    /** Its fields by the names a form binds them with; the rows of a list by index ({@code rows[2].title}). */
    private static void collect(String prefix, Object form, Map<String, Object> values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (form.getClass().isRecord()) {
            for (RecordComponent component : form.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                ReflectionUtils.makeAccessible(accessor);
                fields.put(component.getName(), ReflectionUtils.invokeMethod(accessor, form));
            }
        } else {
            BeanWrapperImpl bean = new BeanWrapperImpl(form);
            for (var property : bean.getPropertyDescriptors()) {
                if (property.getReadMethod() != null && property.getWriteMethod() != null) {
                    fields.put(property.getName(), bean.getPropertyValue(property.getName()));
                }
            }
        }
        fields.forEach((name, value) -> {
            if (value instanceof List<?> rows && rows.stream().anyMatch(SavedMeanwhile::isRow)) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) != null) {
                        collect(prefix + name + "[" + i + "].", rows.get(i), values);
                    }
                }
            } else {
                values.put(prefix + name, value);
            }
        });
    }

    private static boolean isRow(Object value) {
        return value != null && !BeanUtils.isSimpleValueType(value.getClass());
    }

    private static Object comparable(Object value) {
        if (value instanceof Collection<?> list) {
            return list.isEmpty()
                    ? null
                    : list.stream().map(SavedMeanwhile::comparable).toList();
        }
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip().replace("\r\n", "\n");
        }
        return value;
    }

    private static Object shown(Object value) {
        if (comparable(value) == null) {
            return "—";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return new DefaultMessageSourceResolvable(yes ? "common.yes" : "common.no");
        }
        if (value instanceof LocalDate date) {
            return Dates.DATE.format(date);
        }
        if (value instanceof Enum<?> constant) {
            // the project's enums name their label by messageKey(); the message source resolves it as an argument
            Method key = ReflectionUtils.findMethod(constant.getClass(), "messageKey");
            if (key != null) {
                ReflectionUtils.makeAccessible(key);
                return new DefaultMessageSourceResolvable(
                        new String[] {(String) ReflectionUtils.invokeMethod(key, constant)}, constant.name());
            }
            return constant.name();
        }
        return value;
    }
}
