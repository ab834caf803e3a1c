package org.newsdesk.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffService;

/**
 * Turns a completed sign-in into the container's caller. The groups are the roles a person
 * effectively holds (an editor is also a writer), so security constraints can name the narrowest
 * role.
 *
 * <p>The password and the second factor are checked by {@link LoginController} (behind the
 * throttle) before it hands over a {@link VerifiedSignIn}; this store takes no other credential,
 * so nothing can sign a session in with a password alone when the person has two-factor on.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffService staff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof VerifiedSignIn verified)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return staff.findActive(verified.username())
                .map(member -> new CredentialValidationResult(member.getUsername(),
                        member.effectiveRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
