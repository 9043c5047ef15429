// A FHIR resource written as YAML (Aidbox's REST console, a fixture): a person's family and given names go under
// their resource, however the list is written; another resource's or another document's `family:` stays.
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "./lib/redact-text";

describe("a FHIR resource written as YAML", () => {
  it("an Aidbox console request's Patient loses its names, the keys and the request stay", () => {
    expectRedacted(
      "POST /fhir/Patient\n\nresourceType: Patient\nname:\n- given:\n  - Ormond\n  - 'Tamsin Jo'\n  family: Quillfeather\n  use: official\ngender: female\n",
      ["Ormond", "Tamsin Jo", "Quillfeather"],
      ["POST /fhir/Patient", "resourceType: Patient", "- given:", "family: ", "use: official", "gender: female"],
    );
  });

  it("a Practitioner in a YAML list of resources loses its flow list of given names", () => {
    expectRedacted(
      "entry:\n  - resource:\n      resourceType: Practitioner\n      name:\n        - family: Oyelaran\n          given: [Adebayo, Kemi]\n",
      ["Oyelaran", "Adebayo", "Kemi"],
      ["resourceType: Practitioner", "given: ["],
    );
  });

  it("a family key under another resource or after the document ends stays", () => {
    const text =
      "resourceType: Patient\nid: pat-1\n---\napiVersion: v1\nkind: Service\nspec:\n  ipFamilies: [IPv4]\n  family: IPv4\n" +
      "---\nresourceType: Organization\nalias:\n  - family: Founders\n";
    expect(redact(text)).toBe(text);
  });

  it("given names written at their key's column (yq, kubectl) go and the next key is read again", () => {
    expectRedacted(
      "resourceType: Practitioner\nname:\n- use: official\n  given:\n  - Adaeze\n  family: Okafor\n- given:\n- text: x\n",
      ["Adaeze", "Okafor"],
      ["use: official", "- given:", "- text: x"],
    );
  });

  it("names with an apostrophe inside (D'Angelo, N'Dour) go in a plain scalar and in a flow list", () => {
    expectRedacted(
      "resourceType: RelatedPerson\nname:\n  - family: D'Angelo\n    given: [N'Golo, 'Marie']\n",
      ["D'Angelo", "N'Golo", "Marie"],
      ["given: [", "family: "],
    );
  });

  it("names followed by a YAML comment go, the comments stay", () => {
    expectRedacted(
      "resourceType: Patient\nname:\n  - given: [Maren, Ilse]  # from intake\n    family: 'Haugland' # maiden\n",
      ["Maren", "Ilse", "Haugland"],
      ["# from intake", "# maiden"],
    );
  });
});
