package org.pallium.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the {@link Caller} from the verified token once, when the request is authenticated, and
 * keeps it on the identity: a request asks who is calling several times (scope, audit, who
 * recorded), and the JWT library throws and catches an exception inside each read of a claim it
 * does not define, such as {@value Caller#SETTING_CLAIM}.
 */
@ApplicationScoped
public class CallerAugmentor implements SecurityIdentityAugmentor {

    /** The identity attribute holding the {@link Caller}. */
    static final String CALLER = Caller.class.getName();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(CALLER, Caller.of(identity)).build());
    }
}
