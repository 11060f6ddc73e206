package org.pallium.platform.local;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.pallium.platform.security.Caller;

/**
 * The development token issuer: signs bearer tokens for the local suite and the tests, the way an
 * OIDC provider (Keycloak, Entra ID, Okta) would for a deployment. Its RSA key pair is generated
 * on first use in its directory and never leaves the machine; services verify tokens with the
 * public half, and only with that, exactly as they verify a real provider's.
 */
public final class DevIssuer {

    /** The {@code iss} of every development token; no real provider uses it. */
    public static final String ISSUER = "https://issuer.pallium.invalid/dev";
    /** The {@code aud} that Pallium's services require of every token. */
    public static final String AUDIENCE = "pallium";

    private static final String PRIVATE_KEY = "private-key.pem";
    private static final String PUBLIC_KEY = "public-key.pem";
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

    private final Path directory;
    private final PrivateKey signingKey;

    private DevIssuer(Path directory, PrivateKey signingKey) {
        this.directory = directory;
        this.signingKey = signingKey;
    }

    /** The issuer whose keys live in {@code directory}, generating them there on first use. */
    public static DevIssuer in(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateKey = directory.resolve(PRIVATE_KEY);
            if (!Files.isRegularFile(privateKey) || !Files.isRegularFile(directory.resolve(PUBLIC_KEY))) {
                generate(directory);
            }
            byte[] pkcs8 = fromPem(Files.readString(privateKey, US_ASCII));
            return new DevIssuer(directory, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        } catch (IOException | GeneralSecurityException e) {
            throw new LocalInfrastructureException("cannot set up the development token issuer in " + directory
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The settings that make a service trust this issuer's tokens, and only them.
     */
    public Map<String, String> serviceConfiguration() {
        return Map.of(
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE,
                "mp.jwt.verify.publickey.location", publicKey().toUri().toString());
    }

    public Path publicKey() {
        return directory.resolve(PUBLIC_KEY);
    }

    /** A token for {@code user} in {@code role}, valid for a working day. */
    public String token(String user, String role, Optional<String> setting) {
        return token(user, List.of(role), setting, DEFAULT_LIFETIME);
    }

    /** A token as a provider would sign it; a negative lifetime gives an expired one. */
    public String token(String user, List<String> roles, Optional<String> setting, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setStringListClaim("groups", roles);
        setting.ifPresent(name -> claims.setClaim(Caller.SETTING_CLAIM, name));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        return sign(claims, signingKey);
    }

    /** Signs {@code claims} as they are with this issuer's key: for tests of another issuer or audience. */
    public String sign(JwtClaims claims) {
        return sign(claims, signingKey);
    }

    /** Signs {@code claims} with {@code key}: with a foreign key, for tests of what a service refuses. */
    public static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    /** A fresh RSA key pair, as another issuer would have. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /** The private key is readable by its owner only; a crash between the two files regenerates both. */
    private static void generate(Path directory) throws IOException {
        KeyPair pair = newKeyPair();
        Path privateKey = directory.resolve(PRIVATE_KEY);
        Files.deleteIfExists(privateKey);
        Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(privateKey, toPem("PRIVATE KEY", pair.getPrivate().getEncoded()), US_ASCII);
        Files.writeString(directory.resolve(PUBLIC_KEY), toPem("PUBLIC KEY", pair.getPublic().getEncoded()), US_ASCII);
    }

    private static String toPem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] fromPem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
