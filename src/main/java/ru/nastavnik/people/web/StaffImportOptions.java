package ru.nastavnik.people.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/**
 * How the staff file is read through the API, beside the file itself: a dry run, the columns, the header row and
 * the rows left out, corrected or merged (the three maps arrive as JSON text and are read by the controller).
 */
record StaffImportOptions(
        @Parameter(description = "Только проверить, ничего не сохраняя") @Schema(defaultValue = "false")
        Boolean dryRun,

        @Parameter(description = "JSON: поле → заголовок столбца, например {\"LAST_NAME\":\"Фамилия\"}")
        String mapping,

        @Parameter(description = "Номер строки заголовков, как в Excel; без него — найденная автоматически")
        Integer headerRow,

        @Parameter(description = "Номера строк, которые не импортировать, например 7,12")
        List<Integer> skipRows,

        @Parameter(
                description =
                        "JSON: строка → поле → значение вместо ячейки, например {\"12\":{\"HIRED_ON\":\"01.09.2015\"}}")
        String corrections,

        @Parameter(
                description =
                        "JSON: строка-повтор → более ранняя строка того же педагога, которую она дополняет, например {\"15\":9}")
        String merges) {

    StaffImportOptions {
        dryRun = Boolean.TRUE.equals(dryRun);
    }

    Set<Integer> skipped() {
        return skipRows == null ? Set.of() : Set.copyOf(skipRows);
    }
}
