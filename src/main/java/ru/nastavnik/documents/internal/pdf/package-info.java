/**
 * PDF of a generated DOCX: the document as simple XHTML (paragraphs, runs, lists, tables, sections, headers and
 * footers), rendered by openhtmltopdf with an embedded Cyrillic font.
 */
package ru.nastavnik.documents.internal.pdf;
