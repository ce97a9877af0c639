package ru.nastavnik.documents.internal.docx;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.documents.TemplateException;

/**
 * What the placeholders of one place in a template can see: the model, and inside a repetition also
 * {@code item} and {@code index}, which hide model keys of the same name.
 */
final class Scope {

    static final String ITEM = "item";
    static final String INDEX = "index";

    private final Map<String, ?> values;
    private final Scope parent;

    private Scope(Map<String, ?> values, Scope parent) {
        this.values = values;
        this.parent = parent;
    }

    static Scope of(Map<String, ?> model) {
        return new Scope(model, null);
    }

    Scope child(Object item, int index) {
        Map<String, Object> values = new HashMap<>();
        values.put(ITEM, item);
        values.put(INDEX, index);
        return new Scope(values, this);
    }

    /**
     * The value a tag's path leads to. A key missing anywhere on the way is a typo and fails; a key that is
     * present with {@code null} prints nothing, and so does every path through it.
     */
    Object resolve(Tag tag) {
        String[] keys = tag.path().split("\\.");
        Scope scope = this;
        while (scope != null && !scope.values.containsKey(keys[0])) {
            scope = scope.parent;
        }
        if (scope == null) {
            throw new TemplateException(MessageKeys.UNKNOWN_PLACEHOLDER, tag.raw());
        }
        Object value = scope.values.get(keys[0]);
        for (int i = 1; i < keys.length && value != null; i++) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(keys[i])) {
                throw new TemplateException(MessageKeys.UNKNOWN_PLACEHOLDER, tag.raw());
            }
            value = map.get(keys[i]);
        }
        return value;
    }

    /** The elements to repeat over; an absent list ({@code null}) repeats nothing. */
    Collection<?> list(Tag tag) {
        Object value = resolve(tag);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        throw new TemplateException(MessageKeys.NOT_LIST, tag.raw());
    }
}
