package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.shared.OrganisationId;

/** The sums of an area's indicator table laid out as a flow, for {@link JointSuppression} (split from {@link Disclosure}). */
final class TableFlows {

    private TableFlows() {}

    /**
     * Every sum of the table as a flow ({@link JointSuppression}): a count without parts runs from the area's column
     * through the districts' into the rows; an indicator with parts runs from the area's row into its parts' columns,
     * down the districts' columns into each row's parts, and back up through the rows' wholes and the districts'
     * wholes into the area's whole. (A district's parts adding up to its whole follows from the rest.)
     */
    static JointSuppression<Disclosure.Cell> of(
            Set<String> keys,
            int districtCount,
            Map<OrganisationId, List<Integer>> districts,
            List<Integer> direct,
            int first) {
        JointSuppression<Disclosure.Cell> network = new JointSuppression<>();
        Map<Integer, Integer> districtOf = new HashMap<>();
        int d = 0;
        for (List<Integer> indexes : districts.values()) {
            for (int i : indexes) {
                districtOf.put(i, d);
            }
            d++;
        }
        List<Integer> all = new ArrayList<>(direct);
        districts.values().forEach(all::addAll);
        for (String key : keys) {
            if (key.contains(":")) {
                continue;
            }
            List<String> parts =
                    keys.stream().filter(k -> k.startsWith(key + ":")).toList();
            if (parts.isEmpty()) {
                String out = key + "/out";
                String area = key + "/area";
                network.arc(new Disclosure.Cell(0, key), out, area);
                for (int k = 0; k < districtCount; k++) {
                    network.arc(new Disclosure.Cell(1 + k, key), area, key + "/district" + k);
                }
                for (int i : all) {
                    Integer of = districtOf.get(i);
                    network.arc(new Disclosure.Cell(first + i, key), of == null ? area : key + "/district" + of, out);
                }
                continue;
            }
            String areaRow = key + "/row";
            String areaWhole = key + "/whole";
            network.arc(new Disclosure.Cell(0, key), areaWhole, areaRow);
            for (int k = 0; k < districtCount; k++) {
                network.arc(new Disclosure.Cell(1 + k, key), key + "/whole" + k, areaWhole);
            }
            for (String part : parts) {
                network.arc(new Disclosure.Cell(0, part), areaRow, part + "/column");
                for (int k = 0; k < districtCount; k++) {
                    network.arc(new Disclosure.Cell(1 + k, part), part + "/column", part + "/column" + k);
                }
            }
            for (int i : all) {
                Integer of = districtOf.get(i);
                String row = key + "/row/" + i;
                for (String part : parts) {
                    network.arc(new Disclosure.Cell(first + i, part), part + "/column" + (of == null ? "" : of), row);
                }
                network.arc(new Disclosure.Cell(first + i, key), row, key + "/whole" + (of == null ? "" : of));
            }
        }
        return network;
    }
}
