package org.vapath.server.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.CaseJson;
import org.vapath.core.json.CaseReader;
import org.vapath.registry.SharedState;
import org.vapath.server.web.CaseLinks;

/**
 * The cases behind the cards' links in the database, as the JSON the registry stores cases in, so
 * that a link made by one instance opens on any other.
 */
final class DatabaseCaseLinks implements CaseLinks {
  private final SharedState state;
  private final Clock clock;
  private final Duration lifetime;
  private final CaseReader reader;

  DatabaseCaseLinks(SharedState state, KnowledgePack pack, Clock clock, Duration lifetime) {
    this.state = state;
    this.clock = clock;
    this.lifetime = lifetime;
    this.reader = new CaseReader(pack, () -> LocalDate.now(clock));
  }

  @Override
  public String remember(Case kase) {
    String token = CaseLinks.newToken();
    state.keepLink(token, CaseJson.pretty(kase), clock.instant().plus(lifetime));
    return token;
  }

  @Override
  public Optional<Case> find(String token) {
    return state.link(token, clock.instant()).map(reader::read);
  }
}
