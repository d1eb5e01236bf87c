package nl.brug.benchmark.engines.lucene;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * A published item as a plain Lucene document with the same fields, analysis, stored values, term
 * vectors and doc values as Brug's mapping gives it (checked against Brug's index): texts stemmed
 * with compound parts and as written, keywords for filters and facets, the publication time for
 * sorting.
 */
final class RawDocuments {

  static final String ID = "id";
  static final String SLUG = "slug";
  static final String KIND = "kind";
  static final String SCOPE = "scope";
  static final String PUBLISHED_AT = "publishedAt";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String BODY = "body";
  static final String QUESTIONS = "questions";
  static final String THEME_TEXT = "theme_text";
  static final String TARGET_GROUP_TEXT = "target_group_text";
  static final String TITLE_PLAIN = "title_plain";
  static final String SUMMARY_PLAIN = "summary_plain";
  static final String BODY_PLAIN = "body_plain";
  static final String QUESTIONS_PLAIN = "questions_plain";
  static final String TITLE_SUGGEST = "title_suggest";
  static final String ARABIC = "text_ar";
  static final String ENGLISH = "text_en";
  static final String OTHER_LANGUAGES = "text_other";
  static final String DOMAIN = "domain";
  static final String THEME = "theme";
  static final String TARGET_GROUP = "target_group";
  static final String LANGUAGE = "language";
  static final String NATIONAL = "national";

  static final List<String> STEMMED =
      List.of(TITLE, SUMMARY, BODY, QUESTIONS, THEME_TEXT, TARGET_GROUP_TEXT);
  static final List<String> AS_WRITTEN =
      List.of(TITLE_PLAIN, SUMMARY_PLAIN, BODY_PLAIN, QUESTIONS_PLAIN);

  /** Stored, stemmed texts that are highlighted: term vectors with positions and offsets. */
  private static final FieldType HIGHLIGHTED = new FieldType();

  static {
    HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    HIGHLIGHTED.setTokenized(true);
    HIGHLIGHTED.setStored(true);
    HIGHLIGHTED.setStoreTermVectors(true);
    HIGHLIGHTED.setStoreTermVectorPositions(true);
    HIGHLIGHTED.setStoreTermVectorOffsets(true);
    HIGHLIGHTED.freeze();
  }

  private RawDocuments() {}

  static Document of(PublishedToolkitItem item) {
    ItemContent content = item.content();
    Document doc = new Document();
    doc.add(new StringField(ID, item.id().toString(), Field.Store.YES));
    doc.add(new StringField(SLUG, item.slug(), Field.Store.YES));
    keyword(doc, KIND, item.kind().name(), true);
    doc.add(
        new StringField(
            SCOPE,
            item.municipalityCode() == null ? NATIONAL : item.municipalityCode(),
            Field.Store.YES));
    long publishedAt = item.publishedAt().toEpochMilli();
    doc.add(new LongPoint(PUBLISHED_AT, publishedAt));
    doc.add(new SortedNumericDocValuesField(PUBLISHED_AT, publishedAt));
    doc.add(new StoredField(PUBLISHED_AT, publishedAt));
    String body = SafeMarkdown.toPlainText(content.body());
    String questions = content.guide().dutchText();
    text(doc, TITLE, TITLE_PLAIN, content.title());
    doc.add(new TextField(TITLE_SUGGEST, content.title(), Field.Store.NO));
    text(doc, SUMMARY, SUMMARY_PLAIN, content.summary());
    text(doc, BODY, BODY_PLAIN, body);
    text(doc, QUESTIONS, QUESTIONS_PLAIN, questions);
    content.lifeDomains().stream()
        .map(Enum::name)
        .sorted()
        .forEach(d -> keyword(doc, DOMAIN, d, false));
    for (String theme : content.themes()) {
      keyword(doc, THEME, theme, false);
      doc.add(new TextField(THEME_TEXT, theme, Field.Store.NO));
    }
    for (String group : content.targetGroups()) {
      keyword(doc, TARGET_GROUP, group, false);
      doc.add(new TextField(TARGET_GROUP_TEXT, group, Field.Store.NO));
    }
    content.languages().stream()
        .map(Language::code)
        .sorted()
        .forEach(l -> keyword(doc, LANGUAGE, l, false));
    translated(doc, ARABIC, content, l -> l == Language.AR);
    translated(doc, ENGLISH, content, l -> l == Language.EN);
    translated(doc, OTHER_LANGUAGES, content, l -> l != Language.AR && l != Language.EN);
    return doc;
  }

  private static void text(Document doc, String stemmed, String asWritten, String value) {
    doc.add(new Field(stemmed, value, HIGHLIGHTED));
    doc.add(new TextField(asWritten, value, Field.Store.NO));
  }

  private static void keyword(Document doc, String field, String value, boolean stored) {
    doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  /** The item's translations, and its guide's, into the languages {@code in} accepts. */
  private static void translated(
      Document doc, String field, ItemContent content, Predicate<Language> in) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Language, ItemTranslation> t : content.translations().entrySet()) {
      if (in.test(t.getKey())) {
        text.append(t.getValue().title()).append('\n').append(t.getValue().summary());
        text.append('\n').append(SafeMarkdown.toPlainText(t.getValue().body())).append('\n');
      }
    }
    for (InterviewGuide.Section section : content.guide().sections()) {
      for (InterviewGuide.Question question : section.questions()) {
        question.translations().entrySet().stream()
            .filter(t -> in.test(t.getKey()))
            .forEach(t -> text.append(t.getValue().text()).append('\n'));
      }
    }
    doc.add(new TextField(field, text.toString(), Field.Store.NO));
  }
}
