/**
 * Web support shared by every module's controllers: error answers (HTML and API), flash messages, form errors,
 * ETags and the optimistic-locking refusal, the organisation a request asks for, home-page tiles, date formats.
 */
@org.springframework.modulith.NamedInterface("web")
package ru.nastavnik.shared.web;
