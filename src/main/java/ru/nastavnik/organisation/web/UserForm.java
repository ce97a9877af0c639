package ru.nastavnik.organisation.web;

import java.util.List;
import ru.nastavnik.organisation.NewUser;
import ru.nastavnik.shared.Role;

/** The "new user" form on an organisation's page: one role in that organisation. */
class UserForm {

    private String username;
    private String fullName;
    private String password;
    private Role role = Role.MENTOR;

    NewUser toRequest(String organisationId) {
        return new NewUser(
                username,
                password,
                fullName,
                List.of(new NewUser.RoleRequest(role, role == Role.SYSTEM_ADMIN ? null : organisationId)));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
