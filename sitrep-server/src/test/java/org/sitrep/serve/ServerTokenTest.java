package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTokenTest {
    @TempDir
    Path dir;

    @Test
    void aNewTokenIsMadeOwnerOnlyAndReadBackAfter() throws IOException {
        Path file = dir.resolve("sub/sitrep.db.token");
        ServerToken made = ServerToken.loadOrCreate(file);
        assertTrue(made.created());
        assertTrue(made.token().matches("[A-Za-z0-9_-]{43}"), "256 bits, base64url: " + made.token().length());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        ServerToken again = ServerToken.loadOrCreate(file);
        assertFalse(again.created());
        assertFalse(again.narrowed());
        assertEquals(made.token(), again.token());
        assertNotEquals(made.token(), ServerToken.loadOrCreate(dir.resolve("other.token")).token());
        assertFalse(made.toString().contains(made.token()), "the record does not print its secret");
    }

    @Test
    void aFileOthersMayReadIsNarrowedTo0600() throws IOException {
        Path file = dir.resolve("t.token");
        String token = ServerToken.loadOrCreate(file).token();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ServerToken read = ServerToken.loadOrCreate(file);
        assertTrue(read.narrowed());
        assertEquals(token, read.token());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileWithoutATokenIsRefused() throws IOException {
        Path file = dir.resolve("empty.token");
        Files.writeString(file, "\n");
        IOException e = assertThrows(IOException.class, () -> ServerToken.loadOrCreate(file));
        assertTrue(e.getMessage().contains("delete the file"), e.getMessage());
    }
}
