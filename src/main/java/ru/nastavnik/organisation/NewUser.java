package ru.nastavnik.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import ru.nastavnik.shared.Role;

/** A new user account with the roles it holds, each in an organisation. */
public record NewUser(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{user.username.invalid}")
        String username,

        @NotBlank(message = "{user.password.required}") String password,

        @NotBlank(message = "{user.fullName.required}") @Size(max = 300, message = "{user.fullName.tooLong}")
        String fullName,

        @NotEmpty(message = "{user.roles.required}")
        List<@NotNull(message = "{user.role.required}") @Valid RoleRequest> roles) {

    public record RoleRequest(
            @NotNull(message = "{user.role.required}") Role role, String organisationId) {}
}
