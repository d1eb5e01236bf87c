package nl.brug.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicLocationTest {

  private static final String PUBLIC = "https://brug.example.org";

  @Test
  void aLocationOnAForgedHost_pointsAtThePublicAddress() {
    assertThat(
            PublicLocation.rewrite(
                URI.create("http://evil.example/api/v1/municipalities/GM0193/teams/zwolle-x"),
                URI.create("http://evil.example/api/v1/"),
                PUBLIC))
        .hasValue(URI.create(PUBLIC + "/api/v1/municipalities/GM0193/teams/zwolle-x"));
  }

  @Test
  void theContextPathIsReplacedByThePublicAddressesPath_andTheQueryKept() {
    assertThat(
            PublicLocation.rewrite(
                URI.create("http://10.0.0.5:8080/brug/api/v1/toolkit-items/1/attachments/2?x=y"),
                URI.create("http://10.0.0.5:8080/brug/api/v1/"),
                "https://gemeente.example/kennis"))
        .hasValue(
            URI.create("https://gemeente.example/kennis/api/v1/toolkit-items/1/attachments/2?x=y"));
  }

  @Test
  void aRelativeLocation_isResolvedOnThePublicAddress() {
    assertThat(
            PublicLocation.rewrite(
                URI.create("assessment-rounds/r1"),
                URI.create("http://evil.example/api/v1/"),
                PUBLIC))
        .hasValue(URI.create(PUBLIC + "/api/v1/assessment-rounds/r1"));
  }

  @Test
  void aLocationOnAnotherSite_isLeftAlone() {
    assertThat(
            PublicLocation.rewrite(
                URI.create("https://keycloak.example/realms/brug"),
                URI.create("http://evil.example/api/v1/"),
                PUBLIC))
        .isEmpty();
  }
}
