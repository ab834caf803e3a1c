package org.newsdesk.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffService;

/**
 * Checks a sign-in against the staff accounts. The groups are the roles a person effectively
 * holds (an editor is also a writer), so security constraints can name the narrowest role.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffService staff;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return staff.verify(credential.getCaller(), credential.getPassword().getValue())
                .map(member -> new CredentialValidationResult(member.getUsername(),
                        member.effectiveRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
