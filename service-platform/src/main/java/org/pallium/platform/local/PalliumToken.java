package org.pallium.platform.local;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code ./pallium token [user | role]}: prints a bearer token from the development issuer, for a
 * demo user or the first demo user in a role; without an argument, lists them. The services of
 * {@code ./pallium up} trust these tokens, and no other service does.
 */
public final class PalliumToken {

    private PalliumToken() {
    }

    public static void main(String[] args) {
        Path projectRoot = Path.of(System.getProperty("pallium.project-root", ".")).toAbsolutePath().normalize();
        Optional<DemoUser> user = args.length == 1 ? DemoUser.named(args[0]) : Optional.empty();
        if (user.isEmpty()) {
            System.err.println(usage());
            System.exit(args.length == 0 ? 0 : 2);
            return;
        }
        System.out.println(user.get().token(LocalSuite.issuerIn(projectRoot.resolve(".pallium"))));
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("""
                usage: ./pallium token <user | role>
                  prints a bearer token (valid 8 hours) from the development issuer; use it as
                  curl -H "Authorization: Bearer $(./pallium token dr-helen-park)" ...
                  or paste it into a Swagger UI's Authorize dialog.

                """);
        usage.append(String.format("  %-17s %-15s %-11s %s%n", "user", "role", "setting", "who"));
        for (DemoUser user : DemoUser.values()) {
            usage.append(String.format("  %-17s %-15s %-11s %s%n", user.id(), user.role(),
                    user.setting().map(Enum::name).orElse(""), user.displayName()));
        }
        return usage.toString();
    }
}
