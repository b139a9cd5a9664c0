package org.sitrep.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ingestion token kept in a file: made at the first start (32 bytes from {@link SecureRandom}, base64url, 43
 * characters) in a file created with permissions 0600, then read back at every start. A file that others may read
 * (group or other bits set) is narrowed to 0600 and said so: its token may have been read, so the caller tells the
 * user to delete the file for a new one. On a file system without POSIX permissions the file is used as it is.
 *
 * @param file where the token lives
 * @param token the secret
 * @param created whether this start made it
 * @param narrowed whether its permissions were wider than 0600 and have been narrowed
 */
public record ServerToken(Path file, String token, boolean created, boolean narrowed) {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public ServerToken {
        if (token.length() < ServerConfig.MIN_TOKEN_LENGTH) throw new IllegalArgumentException("token too short");
    }

    /** Reads the token in {@code file}, or makes one there; fails with a one-line message if neither can be done. */
    public static ServerToken loadOrCreate(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!Files.exists(file)) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
            try {
                write(file, token);
                return new ServerToken(file, token, true, false);
            } catch (FileAlreadyExistsException e) {
                // Another server made it first: read theirs.
            }
        }
        boolean narrowed = narrow(file);
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.length() < ServerConfig.MIN_TOKEN_LENGTH || !token.matches("[\\x21-\\x7e]+")) {
            throw new IOException(file + ": not a token (at least " + ServerConfig.MIN_TOKEN_LENGTH
                    + " printable characters expected); delete the file to have a new one made");
        }
        return new ServerToken(file, token, false, narrowed);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Creates the file with 0600 from the start, so it is never readable by others, not even for a moment. */
    private static void write(Path file, String token) throws IOException {
        byte[] bytes = (token + "\n").getBytes(StandardCharsets.UTF_8);
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.write(file, bytes);
    }

    private static boolean narrow(Path file) throws IOException {
        if (!posix(file)) return false;
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
        Set<PosixFilePermission> wider = EnumSet.noneOf(PosixFilePermission.class);
        wider.addAll(now);
        wider.removeAll(OWNER_ONLY);
        if (wider.isEmpty()) return false;
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return true;
    }

    private static boolean posix(Path file) {
        Path probe = file.toAbsolutePath().getParent();
        return Files.getFileAttributeView(probe == null ? file : probe, PosixFileAttributeView.class) != null;
    }

    @Override
    public String toString() {
        // Keeps the secret out of logs that print the record.
        return "ServerToken[file=" + file + ", created=" + created + ", narrowed=" + narrowed + "]";
    }
}
