package ru.nastavnik.organisation;

import java.util.Set;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;

public record UserSummary(UserId id, String username, String fullName, Set<RoleGrant> roles, boolean enabled) {}
