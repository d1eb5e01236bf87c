package nl.brug.content.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Objects;

/** A municipality (gemeente) that uses Brug, identified by its CBS code such as {@code GM0193}. */
@Entity
public class Municipality {

  public static final int MAX_NAME_LENGTH = 100;

  @Id
  @Column(length = 16)
  private String code;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Version private long version;

  protected Municipality() {
    // for JPA
  }

  public Municipality(String code, String name) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Municipality m && code.equals(m.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "Municipality[" + code + " " + name + "]";
  }
}
