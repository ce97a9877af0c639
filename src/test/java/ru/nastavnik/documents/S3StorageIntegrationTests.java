package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.documents.internal.storage.S3FileStore;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The whole application on an object store (S3Proxy, started by the tests): started with the migration switched
 * on, it first copied the file left in its local directory; then a consent's scan uploaded through the API lands
 * in the bucket and downloads byte for byte. Its own context, once: the rest of the suite runs on the local store.
 */
@SpringBootTest(
        properties = {
            "nastavnik.storage.type=s3",
            "nastavnik.storage.migrate=true",
            "nastavnik.files.directory=target/s3-storage-it/files",
            // the bucket holds exactly the files counted below: the channels' key given, none is created in it
            "nastavnik.publishing.channels.secret-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
        })
@AutoConfigureMockMvc
class S3StorageIntegrationTests {

    static final String BUCKET = "it-" + UUID.randomUUID();
    static final String LEGACY_KEY = "legacy/2025-09/scan.pdf";
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        S3Server server = S3Server.start();
        try (var s3 = FileStoreConfiguration.client(server.settings(BUCKET))) {
            s3.createBucket(r -> r.bucket(BUCKET));
            Path legacy = Path.of("target/s3-storage-it/files").resolve(LEGACY_KEY);
            Files.createDirectories(legacy.getParent());
            Files.write(legacy, PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("nastavnik.storage.s3.endpoint", () -> server.endpoint().toString());
        registry.add("nastavnik.storage.s3.region", () -> "us-east-1");
        registry.add("nastavnik.storage.s3.bucket", () -> BUCKET);
        registry.add("nastavnik.storage.s3.access-key", () -> S3Server.IDENTITY);
        registry.add("nastavnik.storage.s3.secret-key", () -> S3Server.CREDENTIAL);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    FileStore store;

    @Autowired
    StorageMigrationRunner migration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoredFileRepository rows;

    @Autowired
    FileStorageProperties files;

    @Test
    void theLocalFilesWereCopiedAtStartAndAScanUploadedGoesToTheBucketAndComesBack() throws Exception {
        assertThat(store).isInstanceOf(S3FileStore.class);
        assertThat(migration.result()).isEqualTo(new StorageMigration.Result(1, 0));
        try (InputStream in = store.open(LEGACY_KEY)) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }

        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String person = staff.create(curator, world.schoolA(), Fixtures.teacher("Орлова", "Анна", "Сергеевна"))
                .id()
                .toString();
        String base = "/api/v1/organisations/" + world.schoolA() + "/consents";
        String consent = JsonPath.read(
                mvc.perform(post(base)
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"personId\":\"" + person + "\",\"purpose\":\"PERSONAL_DATA\",\"givenOn\":\""
                                        + SchoolToday.date().minusDays(1) + "\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(multipart(base + "/" + consent + "/scan")
                        .file(new MockMultipartFile("file", "скан.pdf", "application/pdf", PDF))
                        .with(user(curator)))
                .andExpect(status().isOk());

        String key = jdbc.queryForObject(
                "select storage_key from stored_file where organisation_id = ? " + "order by created_at desc limit 1",
                String.class,
                world.schoolA().value());
        assertThat(store.size(key)).hasValue(PDF.length);
        mvc.perform(get(base + "/" + consent + "/scan").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        // checked by content before the store is asked: a program renamed .pdf never reaches the bucket
        mvc.perform(multipart(base + "/" + consent + "/scan")
                        .file(new MockMultipartFile("file", "скан.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1}))
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        try (var entries = store.list("")) {
            assertThat(entries).hasSize(2);
        }
    }

    @Test
    void anUnreachableStoreRefusesTheUploadNamingTheFieldAndWritesNoRow() {
        StorageProperties.S3 nowhere = new StorageProperties.S3(
                java.net.URI.create("http://127.0.0.1:9"),
                "us-east-1",
                BUCKET,
                true,
                S3Server.IDENTITY,
                S3Server.CREDENTIAL);
        try (S3FileStore down = new S3FileStore(FileStoreConfiguration.client(nowhere), BUCKET)) {
            StoredFiles storedFiles = new StoredFiles(rows, files, down);
            long before = rows.count();
            assertThatThrownBy(() -> storedFiles.store(
                            fixtures.world().schoolA(),
                            "consent-scan",
                            new java.io.ByteArrayInputStream(PDF),
                            "скан.pdf",
                            java.util.Set.of(FileType.PDF),
                            1024 * 1024))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems().get(0).field()).isEqualTo("file");
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("document.file.storeUnavailable");
                    });
            assertThat(rows.count()).isEqualTo(before);
            try (var leftovers = Files.list(files.directory())) {
                assertThat(leftovers.filter(p -> p.toString().endsWith(".part")))
                        .isEmpty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
