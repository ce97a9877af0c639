/**
 * Documents the system produces for an organisation: their templates, generation as DOCX, PDF and XLSX, the
 * stored files, and the declension of people's names, their positions and organisations' full names into the
 * grammatical case each document's wording needs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: audit", "shared :: security", "shared :: web"})
package ru.nastavnik.documents;
