/**
 * The organisation tree (region → municipality → organisation), the users who sign in, the roles they hold
 * in it, personal API tokens, and the security that checks them all.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: audit", "shared :: security", "shared :: web"})
package ru.nastavnik.organisation;
