package nl.brug.auth.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in sent to the identity provider and not yet back: the PKCE verifier and nonce that only
 * this browser session knows, where the callback must be, and where the user wanted to go.
 */
record PendingSignIn(
    String codeVerifier, String nonce, String redirectUri, String returnTo, Instant started)
    implements Serializable {}
