/**
 * The organisation tree (region → municipality → organisation), the users who sign in, the roles they hold
 * in it, personal API tokens, and the security that checks them all.
 */
package ru.nastavnik.organisation;
