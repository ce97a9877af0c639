package ru.nastavnik.organisation;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;

/**
 * On the first start there is nobody to sign in: the system administrator is created from
 * NASTAVNIK_ADMIN_USERNAME / NASTAVNIK_ADMIN_PASSWORD, or with a random password printed once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    AdminBootstrap(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            @Value("${nastavnik.admin.username:admin}") String username,
            @Value("${nastavnik.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsWithRole(Role.SYSTEM_ADMIN)) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? randomPassword() : password;
        users.save(new User(
                username,
                "Системный администратор",
                passwordEncoder.encode(secret),
                Set.of(new RoleGrant(Role.SYSTEM_ADMIN, null))));
        if (generated) {
            log.warn("""

                    ==========================================================
                    Создан системный администратор / system administrator created
                      логин / username: {}
                      пароль / password: {}
                    Пароль показан один раз: смените его после входа.
                    ==========================================================""", username, secret);
        } else {
            log.info("System administrator '{}' created from NASTAVNIK_ADMIN_PASSWORD", username);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
