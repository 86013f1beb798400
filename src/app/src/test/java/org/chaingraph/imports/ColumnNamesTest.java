package org.chaingraph.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnNamesTest {

    @Test
    void everyColumnOfEveryFileHasItsOwnChineseNameThatReadsBack() {
        for (DatasetFile file : DatasetFile.values()) {
            var names = new HashSet<String>();
            for (Column column : file.columns) {
                String chinese = ColumnNames.chinese(file, column.name());
                assertThat(chinese).as("%s %s", file.file, column.name()).isNotEqualTo(column.name()).matches(".*\\p{IsHan}.*");
                assertThat(names.add(chinese)).as("%s names two columns %s", file.file, chinese).isTrue();
                assertThat(ColumnNames.english(file, chinese, file.columns)).isEqualTo(column.name());
            }
        }
    }

    @Test
    void theDataDictionaryInTheDocsIsTheOneTheImporterReads() throws Exception {
        String docs = Files.readString(Path.of("../../docs/importing.md"));
        for (DatasetFile file : DatasetFile.values()) {
            assertThat(docs).contains("| " + file.file + " | " + ColumnNames.chineseSheet(file) + " |");
            for (Column column : file.columns) {
                assertThat(docs).as("docs/importing.md names %s of %s", column.name(), file.file)
                        .contains("`" + column.name() + "` " + ColumnNames.chinese(file, column.name()));
            }
        }
    }

    @Test
    void aNameMeansWhatItMeansInItsFile() {
        assertThat(ColumnNames.english(DatasetFile.REGIONS, "行政级别", DatasetFile.REGIONS.columns)).isEqualTo("level");
        assertThat(ColumnNames.english(DatasetFile.DESIGNATIONS, "认定级别", DatasetFile.DESIGNATIONS.columns)).isEqualTo("level");
        assertThat(ColumnNames.english(DatasetFile.REGIONS, "认定级别", DatasetFile.REGIONS.columns)).as("unknown here: left as it is")
                .isEqualTo("认定级别");
        assertThat(ColumnNames.english(DatasetFile.ENTERPRISES, "信用代码", DatasetFile.ENTERPRISES.columns)).as("a synonym").isEqualTo("uscc");
        assertThat(ColumnNames.english(DatasetFile.ENTERPRISES, "uscc", DatasetFile.ENTERPRISES.columns)).isEqualTo("uscc");
    }

    @Test
    void sheetsAreNamedLikeTheirFileOrInChinese() {
        assertThat(ColumnNames.sheet("enterprises")).contains(DatasetFile.ENTERPRISES);
        assertThat(ColumnNames.sheet("Enterprises")).contains(DatasetFile.ENTERPRISES);
        assertThat(ColumnNames.sheet("designations.csv")).contains(DatasetFile.DESIGNATIONS);
        assertThat(ColumnNames.sheet("企业")).contains(DatasetFile.ENTERPRISES);
        assertThat(ColumnNames.sheet("说明")).isEmpty();
    }

    @Test
    void gbkBytesAreReadAsGb18030AndAStrayBadByteLeavesAUtf8FileUtf8(@TempDir Path dir) throws Exception {
        String text = "uscc,name\n91330402MA2C000017,嘉兴星驰光伏科技有限公司\n";
        Path gbk = dir.resolve("gbk.csv");
        Files.writeString(gbk, text, DatasetReader.CHINESE_WINDOWS);
        Path utf8 = dir.resolve("utf8.csv");
        Files.writeString(utf8, text, StandardCharsets.UTF_8);
        Path stray = dir.resolve("stray.csv");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;
        Files.write(stray, bytes);

        assertThat(DatasetReader.charsetOf(gbk)).isEqualTo(DatasetReader.CHINESE_WINDOWS);
        assertThat(DatasetReader.charsetOf(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(DatasetReader.charsetOf(stray)).isEqualTo(StandardCharsets.UTF_8);
    }
}
