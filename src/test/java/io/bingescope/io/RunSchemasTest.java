package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The typed schemas of a run's files name the same columns, in the same order, as the text formats. */
class RunSchemasTest {

  @Test
  void typedSchemas_nameTheTextFormatsColumns_inOrder() {
    assertThat(RunSchemas.VIEWS.names()).containsExactlyElementsOf(ViewsFormat.COLUMNS);
    assertThat(RunSchemas.TITLES.names()).containsExactlyElementsOf(TitlesFormat.COLUMNS);
    assertThat(RunSchemas.MEMBERS.names()).containsExactlyElementsOf(MembersFormat.COLUMNS);
  }
}
