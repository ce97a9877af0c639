package ru.nastavnik.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.shared.Role;

interface UserRepository extends JpaRepository<User, UUID> {

    @Query("select u from User u where lower(u.username) = lower(:username)")
    Optional<User> findByUsername(String username);

    @Query("select count(u) > 0 from User u join u.grants g where g.role = :role")
    boolean existsWithRole(Role role);

    @Query("select distinct u from User u join u.grants g where g.organisationId = :organisation order by u.fullName")
    List<User> findInOrganisation(UUID organisation);

    /** E-mail addresses of the enabled users holding one of these roles in the organisation. */
    @Query(
            value =
                    "select distinct u.email from app_user u join user_role r on r.user_id = u.id "
                            + "where r.organisation_id = :organisation and r.role in (:roles) and u.enabled and u.email is not null",
            nativeQuery = true)
    java.util.List<String> emailsOf(UUID organisation, java.util.Collection<String> roles);

    /** The enabled accounts whose own address is this one (any case). */
    @Query("select u.id from User u where u.enabled and lower(u.email) = lower(:email)")
    java.util.List<UUID> enabledWithEmail(String email);
}
