package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * ARCHITECTURE.md §2's module map says, in its last column, what each module's {@code package-info.java} allows
 * (issue 14, item 1). Written by hand, it drifted once (publishing's {@code training}); this keeps the two equal.
 * No Spring context and no ArchUnit import: the declarations are read from the package annotations.
 */
class ModuleMapTests {

    private static final Path DOCUMENT = Path.of("ARCHITECTURE.md");
    private static final Path SOURCES = Path.of("src/main/java/ru/nastavnik");
    private static final String BASE_PACKAGE = "ru.nastavnik";
    private static final String SECTION = "## 2. The module map";
    private static final String HEADER = "| module | what it holds | allowed dependencies (as declared) |";

    /** "shared (+ audit, security, web)": the base package and named interfaces of the module before the bracket. */
    private static final Pattern WITH_INTERFACES = Pattern.compile("^(\\w+)\\s*\\(\\+([^)]*)\\)$");

    @Test
    void everyModulesDeclaredDependenciesAreTheOnesArchitectureMdLists() throws IOException {
        Map<String, Set<String>> documented = documentedModules();
        Map<String, Set<String>> declared = declaredModules();
        List<String> problems = new ArrayList<>();
        for (String module : declared.keySet()) {
            if (!documented.containsKey(module)) {
                problems.add(module + ": declared in code, absent from the table");
                continue;
            }
            Set<String> missingInDocument = new TreeSet<>(declared.get(module));
            missingInDocument.removeAll(documented.get(module));
            Set<String> notDeclared = new TreeSet<>(documented.get(module));
            notDeclared.removeAll(declared.get(module));
            if (!missingInDocument.isEmpty()) {
                problems.add(module + ": declared but missing in ARCHITECTURE.md " + missingInDocument);
            }
            if (!notDeclared.isEmpty()) {
                problems.add(module + ": listed in ARCHITECTURE.md but not declared " + notDeclared);
            }
        }
        for (String module : documented.keySet()) {
            if (!declared.containsKey(module)) {
                problems.add(module + ": in the table, but no package " + BASE_PACKAGE + "." + module
                        + " declares an @ApplicationModule");
            }
        }
        assertThat(problems)
                .as("ARCHITECTURE.md §2's last column against each package-info.java's allowedDependencies")
                .isEmpty();
    }

    @Test
    void theTableIsReadAsTheConventionUnderItSays() {
        assertThat(dependencies("—")).isEmpty();
        assertThat(dependencies("shared")).containsExactly("shared");
        assertThat(dependencies("people, shared (+ audit, mail)"))
                .containsExactlyInAnyOrder("people", "shared", "shared :: audit", "shared :: mail");
    }

    /** The table's rows that name a module; `shared :: web` (a named interface) and `shared.db` are left out. */
    private static Map<String, Set<String>> documentedModules() throws IOException {
        List<String> lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
        int section = lines.indexOf(SECTION);
        assertThat(section).as("ARCHITECTURE.md has «%s»", SECTION).isNotNegative();
        int header = lines.subList(section, lines.size()).indexOf(HEADER);
        assertThat(header).as("§2 has the table «%s»", HEADER).isNotNegative();
        Map<String, Set<String>> modules = new TreeMap<>();
        for (int i = section + header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String row = lines.get(i);
            String name = row.substring(1, row.indexOf('|', 1)).replace("`", "").strip();
            if (name.matches("\\w+")) {
                String last = row.substring(row.lastIndexOf('|', row.length() - 2) + 1, row.length() - 1);
                modules.put(name, dependencies(last));
            }
        }
        return modules;
    }

    /** The last column as the declaration would spell it. */
    private static Set<String> dependencies(String column) {
        Set<String> names = new TreeSet<>();
        String text = column.replace("`", "").strip();
        if (text.equals("—")) {
            return names;
        }
        for (String item : text.split(",(?![^(]*\\))")) {
            String entry = item.strip();
            Matcher withInterfaces = WITH_INTERFACES.matcher(entry);
            if (withInterfaces.matches()) {
                String module = withInterfaces.group(1);
                names.add(module);
                for (String named : withInterfaces.group(2).split(",")) {
                    names.add(module + " :: " + named.strip());
                }
            } else {
                names.add(entry);
            }
        }
        return names;
    }

    /** Every direct sub-package of the application's package whose package-info carries {@code @ApplicationModule}. */
    private static Map<String, Set<String>> declaredModules() throws IOException {
        Map<String, Set<String>> modules = new TreeMap<>();
        try (Stream<Path> packages = Files.list(SOURCES)) {
            for (Path folder : packages.filter(Files::isDirectory).toList()) {
                String name = folder.getFileName().toString();
                ApplicationModule module = moduleAnnotation(BASE_PACKAGE + "." + name);
                if (module != null) {
                    modules.put(name, new TreeSet<>(Arrays.asList(module.allowedDependencies())));
                }
            }
        }
        return modules;
    }

    private static ApplicationModule moduleAnnotation(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return null;
        }
    }
}
