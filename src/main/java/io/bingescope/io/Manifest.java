package io.bingescope.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code simulate} output directory holds and how it was made, written as {@code
 * manifest.json}. With the tool version, the scenario's hash and the seed it identifies the run;
 * with each file's row count and hash it lets a reader check the files are complete and unchanged.
 *
 * @param tool the tool's name, {@code bingescope}
 * @param toolVersion the tool's version
 * @param tzdataVersion the version of the JDK's time-zone database the run used ({@link
 *     Tool#tzdataVersion()}), which local times depend on; null in manifests written before it was
 *     recorded
 * @param schemaVersion the version of the output schema, {@link #SCHEMA_VERSION}
 * @param scenario the scenario's name
 * @param scenarioSha256 the hex SHA-256 of the resolved scenario
 * @param seed the run's seed
 * @param periodStart the first simulated day, ISO-8601
 * @param periodEnd the last simulated day (inclusive), ISO-8601
 * @param members the number of members
 * @param views the number of views
 * @param firstMember the id of the first member in the files; they hold members {@code firstMember ..
 *     firstMember + members - 1} (all of them, from 0, unless {@code simulate --member} chose one)
 * @param files the data files, in the order they were written
 * @param spreadsheetSafe true when the CSV text fields were written with {@code --spreadsheet-safe}
 *     ({@link CsvStyle#SPREADSHEET_SAFE}), so no longer the exact data, which bingescope's readers
 *     refuse; null (and absent from the JSON) for exact RFC 4180
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Manifest(
    String tool,
    String toolVersion,
    String tzdataVersion,
    int schemaVersion,
    String scenario,
    String scenarioSha256,
    long seed,
    String periodStart,
    String periodEnd,
    long firstMember,
    long members,
    long views,
    List<FileEntry> files,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean spreadsheetSafe) {

  /** The output schema this version of the tool writes. */
  public static final int SCHEMA_VERSION = 1;

  /** The manifest's file name inside the output directory. */
  public static final String FILE_NAME = "manifest.json";

  public Manifest {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(scenarioSha256, "scenarioSha256");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    files = List.copyOf(files);
    // One spelling of "exact": absent, so manifests of exact runs keep their bytes.
    spreadsheetSafe = Boolean.TRUE.equals(spreadsheetSafe) ? Boolean.TRUE : null;
  }

  /**
   * One data file of the directory.
   *
   * @param name the file name inside the directory
   * @param rows the number of data rows, header excluded
   * @param bytes the file's size in bytes
   * @param sha256 the lower-case hex SHA-256 of the file's bytes
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record FileEntry(String name, long rows, long bytes, String sha256) {
    public FileEntry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /** Writes the manifest as pretty-printed JSON ending in a newline; {@code out} is left open. */
  public void write(OutputStream out) throws IOException {
    // An explicit "\n" indenter: the default follows the platform, and output must be
    // byte-identical everywhere.
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    byte[] json = mapper().writer(printer).writeValueAsBytes(this);
    out.write(json);
    out.write('\n');
  }

  /**
   * Reads a manifest written by {@link #write(OutputStream)}.
   *
   * @throws IOException if the JSON is malformed or lacks a field; Jackson's message says where
   */
  public static Manifest read(InputStream in) throws IOException {
    ObjectMapper mapper = mapper();
    JsonNode tree = mapper.readTree(in);
    if (tree instanceof ObjectNode o && !o.has("tzdata_version")) {
      // Manifests from before the field was recorded: the version is unknown.
      o.putNull("tzdata_version");
    }
    if (tree instanceof ObjectNode o && !o.has("spreadsheet_safe")) {
      o.putNull("spreadsheet_safe"); // written only by --spreadsheet-safe runs
    }
    if (tree == null || tree.isMissingNode()) {
      throw new IOException("empty manifest");
    }
    return mapper.treeToValue(tree, Manifest.class);
  }

  // A fresh mapper per call: manifests are read and written once per run, and this keeps no shared
  // state.
  private static ObjectMapper mapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
  }
}
