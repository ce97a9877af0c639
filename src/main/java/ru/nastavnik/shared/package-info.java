/**
 * The small kernel every module may use: the tenant id, roles, typed-id parsing and the exceptions that become
 * HTTP answers. Its sub-packages are named interfaces that a module lists in its {@code allowedDependencies}
 * when it uses them ({@code "shared :: security"}, {@code "shared :: web"}, {@code "shared :: audit"},
 * {@code "shared :: mail"}); {@code db} (the embedded database) is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package ru.nastavnik.shared;
