package nl.brug.search.toolkit;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.standalone.loading.LoadingTypeGroup;
import org.hibernate.search.mapper.pojo.standalone.loading.MassEntityLoader;
import org.hibernate.search.mapper.pojo.standalone.loading.MassEntitySink;
import org.hibernate.search.mapper.pojo.standalone.loading.MassIdentifierLoader;
import org.hibernate.search.mapper.pojo.standalone.loading.MassIdentifierSink;
import org.hibernate.search.mapper.pojo.standalone.loading.MassLoadingOptions;
import org.hibernate.search.mapper.pojo.standalone.loading.MassLoadingStrategy;
import org.hibernate.search.mapper.pojo.standalone.loading.binding.EntityLoadingBinder;
import org.hibernate.search.mapper.pojo.standalone.loading.binding.EntityLoadingBindingContext;

/**
 * Mass loading for a rebuild: ids and published items come from the {@link PublishedItems} passed
 * to the mass indexer as context. Hits are never loaded as entities (queries project), so there is
 * no selection loading.
 */
public final class DocumentLoading implements EntityLoadingBinder {

  @Override
  public void bind(EntityLoadingBindingContext context) {
    context.massLoadingStrategy(ToolkitDocument.class, new Strategy());
  }

  private static final class Strategy implements MassLoadingStrategy<ToolkitDocument, String> {

    @Override
    public MassIdentifierLoader createIdentifierLoader(
        LoadingTypeGroup<ToolkitDocument> group,
        MassIdentifierSink<String> sink,
        MassLoadingOptions options) {
      List<UUID> ids = options.context(PublishedItems.class).ids();
      int batch = options.batchSize();
      return new MassIdentifierLoader() {
        private int next;

        @Override
        public OptionalLong totalCount() {
          return OptionalLong.of(ids.size());
        }

        @Override
        public void loadNext() throws InterruptedException {
          int end = Math.min(next + batch, ids.size());
          sink.accept(ids.subList(next, end).stream().map(UUID::toString).toList());
          next = end;
          if (next >= ids.size()) {
            sink.complete();
          }
        }

        @Override
        public void close() {
          // nothing held
        }
      };
    }

    @Override
    public MassEntityLoader<String> createEntityLoader(
        LoadingTypeGroup<ToolkitDocument> group,
        MassEntitySink<ToolkitDocument> sink,
        MassLoadingOptions options) {
      PublishedItems items = options.context(PublishedItems.class);
      return new MassEntityLoader<>() {
        @Override
        public void load(List<String> ids) throws InterruptedException {
          sink.accept(
              items.read(ids.stream().map(UUID::fromString).toList()).stream()
                  .map(ToolkitDocument::of)
                  .toList());
        }

        @Override
        public void close() {
          // nothing held
        }
      };
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Strategy;
    }

    @Override
    public int hashCode() {
      return Strategy.class.hashCode();
    }
  }
}
