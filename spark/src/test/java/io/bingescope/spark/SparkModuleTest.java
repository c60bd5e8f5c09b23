package io.bingescope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The module's build against the core's: the core's classes compiled here get the libraries the core has. */
class SparkModuleTest {
  private static final Path CORE = Path.of(System.getProperty("core.dir", ".."));
  /**
   * The core's libraries that Spark's own jars stand in for, in the versions Spark was built with: Jackson (its
   * jackson-module-scala pins the minor), Parquet, and Hadoop with the companions hadoop-common needs (in Spark,
   * hadoop-client-api and hadoop-client-runtime, which shades them), and the logging bindings.
   */
  private static final List<String> SPARKS_OWN = List.of("com.fasterxml.jackson.core",
      "com.fasterxml.jackson.dataformat", "org.apache.parquet", "org.apache.hadoop", "org.apache.hadoop.thirdparty",
      "com.fasterxml.woodstox", "org.codehaus.woodstox", "commons-collections", "org.slf4j");

  @Test
  void coreLibraries_sameVersionsAsCorePom() throws Exception {
    Map<String, String> core = libraries(Files.readString(CORE.resolve("pom.xml")));
    Map<String, String> module = libraries(Files.readString(Path.of("pom.xml"))); // the tests run in spark/
    assertThat(core).containsKeys("info.picocli:picocli", "org.apache.commons:commons-rng-simple",
        "org.apache.commons:commons-math3");
    for (var e : core.entrySet()) {
      if (SPARKS_OWN.stream().anyMatch(g -> e.getKey().startsWith(g + ":"))) {
        continue;
      }
      assertThat(module).as("spark/pom.xml, the core's library %s", e.getKey())
          .containsEntry(e.getKey(), e.getValue());
    }
  }

  /** Returns groupId:artifactId to version of a pom's compile-scope dependencies, properties resolved. */
  private static Map<String, String> libraries(String pom) {
    Map<String, String> properties = new LinkedHashMap<>();
    Matcher p = Pattern.compile("<([\\w.-]+\\.version)>([^<]+)</\\1>").matcher(pom);
    while (p.find()) {
      properties.put(p.group(1), p.group(2));
    }
    Map<String, String> libraries = new LinkedHashMap<>();
    Matcher d = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(
        pom.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", ""));
    while (d.find()) {
      String dep = d.group(1);
      String scope = tag(dep, "scope");
      if (scope != null && !scope.equals("compile")) {
        continue;
      }
      String version = tag(dep, "version");
      if (version != null && version.startsWith("${")) {
        version = properties.get(version.substring(2, version.length() - 1));
      }
      libraries.put(tag(dep, "groupId") + ":" + tag(dep, "artifactId"), version);
    }
    return libraries;
  }

  private static String tag(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    return m.find() ? m.group(1).trim() : null;
  }
}
