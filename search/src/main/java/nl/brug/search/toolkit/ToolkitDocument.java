package nl.brug.search.toolkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.loading.mapping.annotation.EntityLoadingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * What the index knows of a published toolkit item: built from content's {@link
 * PublishedToolkitItem}, never from entities. Each text is indexed twice: Dutch-stemmed (with
 * compound parts) and as written (folded), so exact words rank above stems and typos.
 */
@SearchEntity(
    name = ToolkitDocument.NAME,
    loadingBinder = @EntityLoadingBinderRef(type = DocumentLoading.class))
@Indexed(index = "toolkit")
final class ToolkitDocument {

  static final String NAME = "ToolkitDocument";
  static final String NATIONAL = "national";
  static final String VERSION = "version";

  private final String id;
  private final String slug;
  private final String kind;
  private final String scope;
  private final Instant publishedAt;
  private final int version;
  private final String title;
  private final String summary;
  private final String body;
  private final String questions;
  private final List<String> domains;
  private final List<String> themes;
  private final List<String> targetGroups;
  private final List<String> languages;
  private final String arabic;
  private final String english;
  private final String otherLanguages;

  private ToolkitDocument(PublishedToolkitItem item) {
    ItemContent content = item.content();
    this.id = item.id().toString();
    this.slug = item.slug();
    this.kind = item.kind().name();
    this.scope = item.municipalityCode() == null ? NATIONAL : item.municipalityCode();
    this.publishedAt = item.publishedAt();
    this.version = item.versionNumber();
    this.title = content.title();
    this.summary = content.summary();
    this.body = SafeMarkdown.toPlainText(content.body());
    this.questions = content.guide().dutchText();
    this.domains = content.lifeDomains().stream().map(Enum::name).sorted().toList();
    this.themes = content.themes();
    this.targetGroups = content.targetGroups();
    this.languages = content.languages().stream().map(Language::code).sorted().toList();
    this.arabic = translated(content, l -> l == Language.AR);
    this.english = translated(content, l -> l == Language.EN);
    this.otherLanguages = translated(content, l -> l != Language.AR && l != Language.EN);
  }

  static ToolkitDocument of(PublishedToolkitItem item) {
    return new ToolkitDocument(item);
  }

  private static String translated(ItemContent content, java.util.function.Predicate<Language> in) {
    List<String> texts = new ArrayList<>();
    for (Map.Entry<Language, ItemTranslation> t : content.translations().entrySet()) {
      if (in.test(t.getKey())) {
        texts.add(t.getValue().title());
        texts.add(t.getValue().summary());
        texts.add(SafeMarkdown.toPlainText(t.getValue().body()));
      }
    }
    for (InterviewGuide.Section section : content.guide().sections()) {
      for (InterviewGuide.Question question : section.questions()) {
        question.translations().entrySet().stream()
            .filter(t -> in.test(t.getKey()))
            .forEach(t -> texts.add(t.getValue().text()));
      }
    }
    return String.join("\n", texts);
  }

  @DocumentId
  String getId() {
    return id;
  }

  @KeywordField(projectable = Projectable.YES)
  String getSlug() {
    return slug;
  }

  @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
  String getKind() {
    return kind;
  }

  @KeywordField(projectable = Projectable.YES)
  String getScope() {
    return scope;
  }

  @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
  Instant getPublishedAt() {
    return publishedAt;
  }

  /** The number of the published version indexed: the start-up check compares it. */
  @GenericField(name = VERSION, projectable = Projectable.YES)
  int getVersion() {
    return version;
  }

  @FullTextField(
      analyzer = BrugAnalysis.DUTCH_INDEX,
      searchAnalyzer = BrugAnalysis.DUTCH,
      projectable = Projectable.YES,
      highlightable = Highlightable.ANY,
      termVector = TermVector.WITH_POSITIONS_OFFSETS)
  @FullTextField(name = "title_plain", analyzer = BrugAnalysis.FOLDED)
  @FullTextField(
      name = "title_suggest",
      analyzer = BrugAnalysis.SUGGEST_INDEX,
      searchAnalyzer = BrugAnalysis.FOLDED)
  String getTitle() {
    return title;
  }

  @FullTextField(
      analyzer = BrugAnalysis.DUTCH_INDEX,
      searchAnalyzer = BrugAnalysis.DUTCH,
      projectable = Projectable.YES,
      highlightable = Highlightable.ANY)
  @FullTextField(name = "summary_plain", analyzer = BrugAnalysis.FOLDED)
  String getSummary() {
    return summary;
  }

  @FullTextField(
      analyzer = BrugAnalysis.DUTCH_INDEX,
      searchAnalyzer = BrugAnalysis.DUTCH,
      highlightable = Highlightable.ANY)
  @FullTextField(name = "body_plain", analyzer = BrugAnalysis.FOLDED)
  String getBody() {
    return body;
  }

  @FullTextField(
      analyzer = BrugAnalysis.DUTCH_INDEX,
      searchAnalyzer = BrugAnalysis.DUTCH,
      highlightable = Highlightable.ANY)
  @FullTextField(name = "questions_plain", analyzer = BrugAnalysis.FOLDED)
  String getQuestions() {
    return questions;
  }

  @KeywordField(name = "domain", aggregable = Aggregable.YES)
  List<String> getDomains() {
    return domains;
  }

  @KeywordField(name = "theme", aggregable = Aggregable.YES)
  @FullTextField(
      name = "theme_text",
      analyzer = BrugAnalysis.DUTCH_INDEX,
      searchAnalyzer = BrugAnalysis.DUTCH)
  List<String> getThemes() {
    return themes;
  }

  @KeywordField(name = "target_group", aggregable = Aggregable.YES)
  @FullTextField(
      name = "target_group_text",
      analyzer = BrugAnalysis.DUTCH_INDEX,
      searchAnalyzer = BrugAnalysis.DUTCH)
  List<String> getTargetGroups() {
    return targetGroups;
  }

  @KeywordField(name = "language", aggregable = Aggregable.YES)
  List<String> getLanguages() {
    return languages;
  }

  @FullTextField(name = "text_ar", analyzer = BrugAnalysis.ARABIC)
  String getArabic() {
    return arabic;
  }

  @FullTextField(name = "text_en", analyzer = BrugAnalysis.ENGLISH)
  String getEnglish() {
    return english;
  }

  @FullTextField(name = "text_other", analyzer = BrugAnalysis.FOLDED)
  String getOtherLanguages() {
    return otherLanguages;
  }
}
