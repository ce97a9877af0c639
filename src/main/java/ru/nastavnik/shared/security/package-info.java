/** The signed-in user as every module sees it: the principal with its roles per organisation. */
@org.springframework.modulith.NamedInterface("security")
package ru.nastavnik.shared.security;
