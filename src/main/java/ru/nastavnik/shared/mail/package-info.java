/** Outgoing mail: a letter and the mailbox that sends it after the transaction commits, when a server is configured. */
@org.springframework.modulith.NamedInterface("mail")
package ru.nastavnik.shared.mail;
