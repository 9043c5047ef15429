// Classes of input that still leaked a labelled value or lost a fact on the real corpus (task Q, December 2026): one
// test per class, written in other words than the corpus file that showed it.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("survivor classes", () => {
  it("client domain: the coordinates nested in a geolocation extension of a patient's address go", () => {
    const patient = JSON.stringify({
      resourceType: "Patient",
      id: "a1",
      address: [
        {
          extension: [
            {
              url: "http://hl7.org/fhir/StructureDefinition/geolocation",
              extension: [
                { url: "longitude", valueDecimal: 4.8952 },
                { url: "latitude", valueDecimal: 52.3702 },
              ],
            },
          ],
          city: "Amsterdam",
        },
      ],
    });
    const out = expectRedacted(patient, ["4.8952", "52.3702", "Amsterdam"], ['"url":"latitude"'], "client-prod");
    JSON.parse(out);
  });
});
