/**
 * The small kernel every module may use: the tenant id, roles and the signed-in user, the embedded database,
 * web error handling and the audit event that modules publish when they touch personal data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.nastavnik.shared;
