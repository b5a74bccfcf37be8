package org.vapath.server.cds;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.fhir.FhirCaseMapper;
import org.vapath.server.ops.ServerMetrics;
import org.vapath.server.web.CaseLinks;

/**
 * Answers a hook: maps the prefetched (or fetched) FHIR resources to a case, assesses it, and
 * returns the card. patient-view stays quiet without a vertebral fracture; order-select and
 * order-sign answer only for vertebral augmentation orders, and order-sign does not repeat the
 * card order-select showed for the same orders.
 */
final class HookService {
  private final KnowledgePack pack;
  private final Engine engine;
  private final FhirCaseMapper mapper;
  private final PatientData data;
  private final Set<String> prefetchKeys;
  private final CardMemory memory = new CardMemory(50_000);
  private final Clock clock;
  private final String baseUrl;
  private final CaseLinks links;
  private final FhirServers servers;
  private final ServerMetrics metrics;

  HookService(KnowledgePack pack, FhirFetcher fetcher, Clock clock, String baseUrl, CaseLinks links,
      FhirServers servers, ServerMetrics metrics) {
    this.servers = servers;
    this.metrics = metrics;
    this.links = links;
    this.pack = pack;
    this.engine = new Engine(pack);
    this.mapper = new FhirCaseMapper(pack);
    List<PrefetchTemplate> templates = CdsServices.templates(pack);
    this.data = new PatientData(templates, fetcher);
    this.prefetchKeys = templates.stream().map(PrefetchTemplate::key).collect(Collectors.toSet());
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** The answer to a request signed by {@code issuer} ({@code null}: not authenticated, development only). */
  ObjectNode answer(String serviceId, String body, String issuer) {
    HookRequest request = HookRequest.parse(body, prefetchKeys);
    String hook = CdsServices.HOOKS.get(serviceId);
    if (!request.hook().equals(hook)) {
      throw new InputError("hook", '"' + request.hook() + '"', "does not match the service " + serviceId
          + ", which answers " + hook);
    }
    boolean ordering = !hook.equals("patient-view");
    List<String> orders = ordering ? augmentationOrders(request) : List.of();
    if (ordering && orders.isEmpty()) {
      return cards(null);
    }
    Case kase = caseOf(request, request.fhirServer() == null ? null : servers.refusal(request.fhirServer(), issuer));
    Assessment assessment = engine.assess(kase);
    metrics.assessed(assessment.decision());
    if (!ordering && assessment.levels().isEmpty()) {
      return cards(null);
    }
    String page = links == null ? null : baseUrl + CaseLinks.path(links.remember(kase));
    Cards.Call call = new Cards.Call(request.hookInstance(), request.patientId(), ordering);
    ObjectNode card = Cards.card(assessment, pack, call, baseUrl, page);
    String key = request.patientId() + " " + String.join(",", orders);
    int content = card.get("summary").hashCode() * 31 + card.get("detail").hashCode();
    if (hook.equals("order-select")) {
      memory.rememberSelect(key, content);
    } else if (hook.equals("order-sign") && memory.alreadyShown(key, content)) {
      return cards(null);
    }
    return cards(card, CoverageCard.card(assessment, pack, call, baseUrl));
  }

  /**
   * The vertebral augmentation orders the hook is about: at order-select the selected ones only
   * ({@code context.selections}, references to draftOrders entries), as the hook asks decision
   * support to focus on them; at order-sign all the draft orders.
   */
  private List<String> augmentationOrders(HookRequest request) {
    if (request.draftOrders() == null) {
      throw new InputError("context.draftOrders", null, "is required for " + request.hook());
    }
    if (request.hook().equals("order-select")) {
      if (request.selections() == null) {
        throw new InputError("context.selections", null, "is required for order-select: the references of the"
            + " newly selected orders, such as \"ServiceRequest/123\"");
      }
      return DraftOrders.vertebralAugmentation(request.draftOrders(), request.selections(), pack.terminology());
    }
    return DraftOrders.vertebralAugmentation(request.draftOrders(), pack.terminology());
  }

  private Case caseOf(HookRequest request, String refusedServer) {
    return mapper.mapPatient(request.patientId(), data.of(request, refusedServer), LocalDate.now(clock), List.of());
  }

  /** The decision's card first, then the payer's documentation card when there is one; none for none. */
  private static ObjectNode cards(ObjectNode card) {
    return cards(card, null);
  }

  private static ObjectNode cards(ObjectNode card, ObjectNode coverage) {
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    var cards = response.putArray("cards");
    if (card != null) {
      cards.add(card);
      if (coverage != null) {
        cards.add(coverage);
      }
    }
    return response;
  }
}
