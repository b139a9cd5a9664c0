package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Re3dReaderTest {
    @TempDir
    Path root;

    @Test
    void readsDocumentsAndKeepsConfidentEntities() throws IOException {
        Path set = dataset("Press_Office",
                "{ \"_id\" : \"D1\", \"title\" : \"t\", \"text\" : \"Rockets fell on Kirkuk.\" }\n"
                        + "{ \"_id\" : { \"$oid\" : \"D2\" }, \"text\" : \"Nothing here.\" }\n",
                "{ \"_id\" : \"D1-0-16-22-Location\", \"begin\" : 16, \"end\" : 22, \"type\" : \"Location\", \"value\" : \"Kirkuk\", \"documentId\" : \"D1\", \"confidence\" : 1 }\n"
                        + "{ \"_id\" : \"D1-0-0-7-Weapon\", \"begin\" : 0, \"end\" : 7, \"type\" : \"Weapon\", \"value\" : \"Rockets\", \"documentId\" : \"D1\", \"confidence\" : 0.3 }\n");
        List<Re3dDocument> docs = new Re3dReader(0.5).read(set);
        assertEquals(2, docs.size());
        assertEquals("Press_Office", docs.get(0).dataset());
        assertEquals(List.of(new TypedSpan("D1", "Location", 16, 22)), docs.get(0).entities());
        assertEquals("D2", docs.get(1).id());
        assertTrue(docs.get(1).entities().isEmpty());
        assertEquals(2, new Re3dReader(0.0).read(set).get(0).entities().size());
    }

    @Test
    void listsOnlyFoldersWithDocuments() throws IOException {
        dataset("B", "", "");
        dataset("A", "", "");
        Files.createDirectories(root.resolve("notes"));
        assertEquals(List.of(root.resolve("A"), root.resolve("B")), new Re3dReader(0.5).datasets(root));
    }

    @Test
    void badInputFailsWithOneLineNamingTheFile() throws IOException {
        Re3dReader reader = new Re3dReader(0.5);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> reader.datasets(root.resolve("nowhere")));
        assertTrue(missing.getMessage().startsWith(root.resolve("nowhere") + ": "), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reader.datasets(root));

        Path broken = dataset("Broken", "{ \"_id\" : \"D1\", \"text\" : \"abc\" }\n",
                "{ \"_id\" : \"E\", \"begin\" : 2, \"end\" : 9, \"type\" : \"Location\", \"documentId\" : \"D1\" }\n");
        IllegalArgumentException offsets = assertThrows(IllegalArgumentException.class, () -> reader.read(broken));
        assertTrue(offsets.getMessage().contains("entities.json: entity E has bad offsets 2..9"), offsets.getMessage());
        assertEquals(1, offsets.getMessage().lines().count());

        Path garbled = dataset("Garbled", "{ \"_id\" : \"D1\", \"text\" : ", "");
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class, () -> reader.read(garbled));
        assertTrue(json.getMessage().contains("documents.json"), json.getMessage());
        assertEquals(1, json.getMessage().lines().count());
    }

    private Path dataset(String name, String documents, String entities) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve(Re3dReader.DOCUMENTS), documents, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(Re3dReader.ENTITIES), entities, StandardCharsets.UTF_8);
        return dir;
    }
}
