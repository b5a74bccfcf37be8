package org.vapath.server;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.vapath.fhir.FhirJson;

/**
 * Whether JSON is a valid FHIR R4 resource by HAPI FHIR's own model of R4: parsed strictly (no
 * unknown element, no value outside its type or its required code list) and every element of
 * minimum cardinality 1 present, at every depth.
 */
public final class R4Check {
  private static final FhirContext FHIR = FhirJson.context();

  private R4Check() {
  }

  public static List<String> problems(String json) {
    IBaseResource resource;
    try {
      resource = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(json);
    } catch (DataFormatException e) {
      return List.of(e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    required(FHIR.getResourceDefinition(resource), resource, resource.fhirType(), problems);
    return problems;
  }

  private static void required(BaseRuntimeElementCompositeDefinition<?> definition, IBase element, String path,
      List<String> problems) {
    for (BaseRuntimeChildDefinition child : definition.getChildren()) {
      List<IBase> values = child.getAccessor().getValues(element);
      if (child.getMin() > 0 && values.stream().allMatch(IBase::isEmpty)) {
        problems.add(path + "." + child.getElementName() + " is required");
      }
      for (IBase value : values) {
        BaseRuntimeElementDefinition<?> inner = FHIR.getElementDefinition(value.getClass());
        if (inner instanceof BaseRuntimeElementCompositeDefinition<?> composite && !(value instanceof IBaseResource)) {
          required(composite, value, path + "." + child.getElementName(), problems);
        }
      }
    }
  }
}
