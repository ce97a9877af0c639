/**
 * DOCX templates at the level of their XML: reading an untrusted package safely, filling placeholders, blocks and
 * repeated rows, checking a template without a model, joining documents into one, and writing simple templates.
 */
package ru.nastavnik.documents.internal.docx;
