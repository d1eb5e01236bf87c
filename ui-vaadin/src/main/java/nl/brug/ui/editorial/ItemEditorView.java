package nl.brug.ui.editorial;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.attachment.AttachmentService;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.InvalidContentException;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.ui.attachment.AttachmentsEditor;
import nl.brug.ui.i18n.RefusalMessages;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * Writing and reviewing one item: Markdown with a live preview, metadata, save, submit, and for a
 * second expert approve or send back. A refused step says why in Dutch and keeps the text.
 */
@Route(value = "redactie/:" + ItemEditorView.ID, layout = MainLayout.class)
@PageTitle("Redactie | Brug")
@RolesAllowed(Role.Names.EXPERT)
@CdiComponent
public class ItemEditorView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  static final String ID = "id";
  static final String NEW = "nieuw";

  private final transient ToolkitService toolkit;
  private final transient AttachmentService attachments;
  private final Div files = new Div();
  private final GuideEditor guide = new GuideEditor();
  private final TranslationsEditor translations = new TranslationsEditor();
  private Caller caller;
  private transient ToolkitItem item;

  private final H2 heading = new H2();
  private final Paragraph status = new Paragraph();
  private final TextField slug = new TextField();
  private final Select<ToolkitKind> kind = new Select<>();
  private final Select<String> scope = new Select<>();
  private final TextField title = new TextField();
  private final TextArea summary = new TextArea();
  private final TextArea body = new TextArea();
  private final Div preview = new Div();
  private final CheckboxGroup<LifeDomain> domains = new CheckboxGroup<>();
  private final TextField themes = new TextField();
  private final TextField targetGroups = new TextField();
  private final Select<EvidenceLevel> evidence = new Select<>();
  private final TextArea sources = new TextArea();
  private final DatePicker reviewBy = new DatePicker();
  private final TextArea comment = new TextArea();
  private final HorizontalLayout actions = new HorizontalLayout();
  private final RouterLink historyLink = new RouterLink();

  static RouteParameters forNew() {
    return new RouteParameters(ID, NEW);
  }

  @Inject
  public ItemEditorView(ToolkitService toolkit, AttachmentService attachments) {
    this.toolkit = toolkit;
    this.attachments = attachments;
    addClassName("brug-content");
    configureFields();
    Div previewBox = new Div(new H3(getTranslation("editor.preview")), preview);
    previewBox.addClassName("brug-card");
    previewBox.setWidth("50%");
    HorizontalLayout writing = new HorizontalLayout(body, previewBox);
    writing.setWidthFull();
    historyLink.setText(getTranslation("history.link"));
    historyLink.setId("history-link");
    historyLink.setVisible(false);
    add(
        heading,
        historyLink,
        status,
        new HorizontalLayout(slug, kind, scope),
        title,
        summary,
        writing,
        domains,
        new HorizontalLayout(themes, targetGroups),
        new HorizontalLayout(evidence, reviewBy),
        sources,
        guide,
        translations,
        actions,
        files);
  }

  private void configureFields() {
    status.setId("editor-status");
    slug.setId("slug");
    slug.setLabel(getTranslation("editor.slug"));
    slug.setPattern(ToolkitItem.SLUG_PATTERN);
    kind.setId("kind");
    kind.setLabel(getTranslation("editor.kind"));
    kind.setItems(ToolkitKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
    kind.setValue(ToolkitKind.WORKING_METHOD);
    kind.addValueChangeListener(change -> showGuideEditor());
    scope.setId("scope");
    scope.setLabel(getTranslation("editor.scope"));
    scope.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("editor.scopeNational") : s);
    title.setId("title");
    title.setLabel(getTranslation("editor.title"));
    title.setMaxLength(ItemContent.MAX_TITLE_LENGTH);
    title.setWidthFull();
    title.setRequired(true);
    summary.setId("summary");
    summary.setLabel(getTranslation("editor.summary"));
    summary.setMaxLength(ItemContent.MAX_SUMMARY_LENGTH);
    summary.setWidthFull();
    body.setId("body");
    body.setLabel(getTranslation("editor.body"));
    body.setMaxLength(ItemContent.MAX_BODY_LENGTH);
    body.setWidth("50%");
    body.setMinHeight("20rem");
    body.setValueChangeMode(ValueChangeMode.LAZY);
    body.addValueChangeListener(change -> showPreview());
    preview.setId("preview");
    domains.setId("domains");
    domains.setLabel(getTranslation("editor.domains"));
    domains.setItems(LifeDomain.values());
    domains.setItemLabelGenerator(d -> getTranslation("domain." + d.name()));
    themes.setLabel(getTranslation("editor.themes"));
    // a comma between each of the most themes, each of the longest
    themes.setMaxLength(ItemContent.MAX_THEMES * (ItemContent.MAX_LABEL_LENGTH + 2));
    themes.setWidth("24rem");
    targetGroups.setLabel(getTranslation("editor.targetGroups"));
    targetGroups.setMaxLength(ItemContent.MAX_TARGET_GROUPS * (ItemContent.MAX_LABEL_LENGTH + 2));
    targetGroups.setWidth("24rem");
    evidence.setLabel(getTranslation("editor.evidence"));
    evidence.setItems(EvidenceLevel.values());
    evidence.setItemLabelGenerator(e -> e == null ? "" : getTranslation("evidence." + e.name()));
    evidence.setEmptySelectionAllowed(true);
    sources.setLabel(getTranslation("editor.sources"));
    sources.setMaxLength(ItemContent.MAX_SOURCES * (ItemContent.MAX_SOURCE_LENGTH + 1));
    sources.setWidthFull();
    reviewBy.setLabel(getTranslation("editor.reviewBy"));
    comment.setId("review-comment");
    comment.setLabel(getTranslation("editor.comment"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    caller = SignedInUser.require();
    scope.setItems(caller.municipality().map(m -> List.of("", m)).orElse(List.of("")));
    scope.setValue("");
    String id = event.getRouteParameters().get(ID).orElse(NEW);
    if (NEW.equals(id)) {
      item = null;
      heading.setText(getTranslation("editor.newTitle"));
      guide.setValue(InterviewGuide.NONE);
      translations.setValue(Map.of());
      showGuideEditor();
      showActions();
      return;
    }
    try {
      item = toolkit.item(caller, UUID.fromString(id));
    } catch (IllegalArgumentException | UnknownResourceException e) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    fill();
  }

  private void fill() {
    ItemContent content = item.workingRevision().or(item::publishedVersion).orElseThrow().content();
    heading.setText(content.title());
    historyLink.setRoute(ItemHistoryView.class, new RouteParameters(ID, item.getId().toString()));
    historyLink.setVisible(true);
    slug.setValue(item.getSlug());
    slug.setReadOnly(true);
    kind.setValue(item.getKind());
    kind.setReadOnly(true);
    scope.setValue(item.getMunicipalityCode().orElse(""));
    scope.setReadOnly(true);
    title.setValue(content.title());
    summary.setValue(content.summary());
    body.setValue(content.body());
    domains.setValue(content.lifeDomains());
    themes.setValue(String.join(", ", content.themes()));
    targetGroups.setValue(String.join(", ", content.targetGroups()));
    evidence.setValue(content.evidenceLevel());
    sources.setValue(String.join("\n", content.sources()));
    reviewBy.setValue(content.reviewBy());
    guide.setValue(content.guide());
    translations.setValue(content.translations());
    showGuideEditor();
    showStatus();
    showPreview();
    showActions();
    files.removeAll();
    files.add(new AttachmentsEditor(attachments, caller, item.getId(), this::filesChanged));
  }

  private void showStatus() {
    String state =
        getTranslation("editor.status", getTranslation("status." + item.getStatus().name()));
    status.setText(
        item.getReviewComment()
            .map(c -> state + " — " + getTranslation("editor.reviewComment", c))
            .orElse(state));
  }

  /**
   * A file went into or out of the draft: the item has a new version (a published one a new draft).
   * Take that version and state, and keep what is typed in the form, so saving it next works.
   */
  private void filesChanged() {
    item = toolkit.item(caller, item.getId());
    showStatus();
    showActions();
  }

  /** The guide's structure is edited for interview guides, and for any item that has one. */
  private void showGuideEditor() {
    guide.setVisible(kind.getValue() == ToolkitKind.INTERVIEW_GUIDE || !guide.value().isEmpty());
  }

  private void showActions() {
    actions.removeAll();
    setEditable(!inReview());
    if (!inReview()) {
      actions.add(
          button("save", "editor.save", this::save),
          button("submit", "editor.submit", this::submit));
      return;
    }
    if (item.awaitsReviewBy(caller.username())) {
      Button approve = button("approve", "editor.approve", this::approve);
      approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
      actions.add(approve, comment, button("send-back", "editor.sendBack", this::sendBack));
    } else {
      actions.add(new Paragraph(getTranslation("editor.ownRevision")));
    }
  }

  private boolean inReview() {
    return item != null && item.getStatus() == ItemStatus.IN_REVIEW;
  }

  private void setEditable(boolean editable) {
    guide.setReadOnly(!editable);
    translations.setReadOnly(!editable);
    List.of(title, summary, body, themes, targetGroups, sources)
        .forEach(f -> f.setReadOnly(!editable));
    domains.setReadOnly(!editable);
    evidence.setReadOnly(!editable);
    reviewBy.setReadOnly(!editable);
  }

  private Button button(String id, String key, Runnable action) {
    Button button = new Button(getTranslation(key), click -> action.run());
    button.setId(id);
    return button;
  }

  private void showPreview() {
    preview.removeAll();
    preview.add(new Html("<div>" + SafeMarkdown.toHtml(body.getValue()) + "</div>"));
  }

  private ItemContent content() {
    return new ItemContent(
        title.getValue().trim(),
        summary.getValue(),
        body.getValue(),
        domains.getValue(),
        split(themes.getValue(), ","),
        split(targetGroups.getValue(), ","),
        evidence.getValue(),
        split(sources.getValue(), "\n"),
        reviewBy.getValue(),
        guide.value(),
        translations.value());
  }

  private static List<String> split(String value, String separator) {
    return Arrays.stream(value.split(separator))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private boolean valid() {
    boolean ok =
        !title.getValue().isBlank() && title.getValue().length() <= ItemContent.MAX_TITLE_LENGTH;
    title.setInvalid(!ok);
    title.setErrorMessage(
        ok ? null : getTranslation("editor.invalid", ItemContent.MAX_TITLE_LENGTH));
    Optional<String> problem = guide.problem().or(translations::problem);
    problem.ifPresent(ItemEditorView::refuse);
    ok &= problem.isEmpty();
    if (item == null && !slug.getValue().matches(ToolkitItem.SLUG_PATTERN)) {
      slug.setValue(slugOf(title.getValue()));
    }
    return ok;
  }

  static String slugOf(String title) {
    String slug =
        java.text.Normalizer.normalize(
                title.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return slug.length() > 100 ? slug.substring(0, 100) : slug.length() < 2 ? slug + "-item" : slug;
  }

  private void save() {
    if (valid() && attempt(this::write) != null) {
      notify(getTranslation("editor.saved"));
    }
  }

  private ToolkitItem write() {
    if (item == null) {
      String municipality = scope.getValue().isEmpty() ? null : scope.getValue();
      ToolkitItem created =
          toolkit.create(caller, slug.getValue(), kind.getValue(), municipality, content());
      getUI()
          .ifPresent(
              ui ->
                  ui.navigate(
                      ItemEditorView.class, new RouteParameters(ID, created.getId().toString())));
      return created;
    }
    return toolkit.edit(caller, item.getId(), item.getVersion(), content());
  }

  private void submit() {
    if (!valid()) {
      return;
    }
    ToolkitItem saved = attempt(this::write);
    if (saved != null
        && attempt(() -> toolkit.submitForReview(caller, saved.getId(), saved.getVersion()))
            != null) {
      notify(getTranslation("editor.submitted"));
    }
  }

  private void approve() {
    ToolkitItem approved = attempt(() -> toolkit.approve(caller, item.getId(), item.getVersion()));
    if (approved != null) {
      notify(
          getTranslation(
              "editor.published", approved.publishedVersion().orElseThrow().getNumber()));
    }
  }

  private void sendBack() {
    if (attempt(() -> toolkit.sendBack(caller, item.getId(), item.getVersion(), comment.getValue()))
        != null) {
      notify(getTranslation("editor.sentBack"));
    }
  }

  /** Runs a step; a refusal is shown and nothing on screen is lost. */
  private ToolkitItem attempt(Supplier<ToolkitItem> step) {
    try {
      ToolkitItem result = step.get();
      item = result;
      fill();
      return result;
    } catch (ConflictException | StaleVersionException | InvalidContentException refused) {
      refuse(RefusalMessages.text(refused, this));
      return null;
    }
  }

  private static void refuse(String message) {
    Notification.show(message, 8000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private static void notify(String text) {
    Notification.show(text, 3000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
