package nl.brug.platform.api;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeUnDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Keeps the address of the deployment as Arquillian learns it when the WAR is deployed, for the
 * {@code @Nested} groups of {@link PlatformIT}: Arquillian 1.10.2 does not inject
 * {@code @ArquillianResource} into nested test classes. Registered in {@code
 * META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class DeployedAddress implements LoadableExtension {

  private static volatile URL address;

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Observer.class);
  }

  /** The address of the deployment, or {@code null} when none is deployed. */
  static URL address() {
    return address;
  }

  /** Reads the address from the deployment's protocol metadata, as {@code @ArquillianResource}. */
  public static final class Observer {

    @Inject private Instance<ProtocolMetaData> metaData;

    public void deployed(@Observes AfterDeploy event) throws Exception {
      ProtocolMetaData deployed = metaData.get();
      if (deployed == null || !deployed.hasContext(HTTPContext.class)) {
        return;
      }
      HTTPContext context = deployed.getContexts(HTTPContext.class).iterator().next();
      List<Servlet> servlets = context.getServlets();
      address =
          servlets.isEmpty()
              ? new URI(
                      context.getScheme(),
                      null,
                      context.getHost(),
                      context.getPort(),
                      "/",
                      null,
                      null)
                  .toURL()
              : servlets.get(0).getBaseURI().toURL();
    }

    public void undeployed(@Observes BeforeUnDeploy event) {
      address = null;
    }
  }
}
