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
}
