// Cloud audit and logging records and cloud payloads from a held-out sample of real artifacts (CloudTrail, Entra ID
// sign-in logs, Cloud Audit Logs, Azure App Service and Functions logs, an API Gateway event, a mosquitto log; see
// test/corpora/real-artifacts, the `cloud-` files): what a developer pastes from the cloud console when a FHIR call
// fails. Written small with made-up values in the shapes those records have.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("Google Cloud service accounts", () => {
  it("a service account's address is the account a call ran as: kept, while a person's principal goes", () => {
    const out = redact(
      '{"protoPayload":{"authenticationInfo":{"principalEmail":"quorvin.ashdale@clinic.example"},' +
        '"methodName":"google.iam.admin.v1.CreateServiceAccount","requestMetadata":{"callerIp":"198.51.100.23"},' +
        '"resourceName":"projects/fhir-prod/serviceAccounts/fhir-export@fhir-prod.iam.gserviceaccount.com"},' +
        '"resource":{"labels":{"email_id":"311-compute@developer.gserviceaccount.com"}}}',
    );
    gone(out, "quorvin.ashdale@clinic.example", "198.51.100.23");
    kept(
      out,
      "projects/fhir-prod/serviceAccounts/fhir-export@fhir-prod.iam.gserviceaccount.com",
      "311-compute@developer.gserviceaccount.com",
    );
  });

  it("a service account in a GenerateAccessToken delegation chain stays; an address elsewhere is still one", () => {
    const out = redact(
      "identityDelegationChain: projects/-/serviceAccounts/ci-deployer@fhir-prod.iam.gserviceaccount.com\n" +
        "notify: ci-deployer@gserviceaccount.example.org\n",
    );
    kept(out, "ci-deployer@fhir-prod.iam.gserviceaccount.com");
    gone(out, "ci-deployer@gserviceaccount.example.org");
  });
});

describe("Azure Functions and App Service logs", () => {
  it("a function named like a greeting does not make the invocation's status a name", () => {
    const out = redact(
      '{"category":"FunctionAppLogs","properties":{"message":"Executed Functions.hello (Failed, ' +
        'Id=3a4b2e78-0549-4ebc-ba4c-ee9a6bc9a04e, Duration=16ms)","functionName":"Functions.hello"}}',
    );
    kept(out, "Executed Functions.hello (Failed, Id=3a4b2e78-0549-4ebc-ba4c-ee9a6bc9a04e, Duration=16ms)");
  });

  it("a greeting still names whom it greets", () => {
    gone(redact("Hello Quorvin,\nthe export fails with 403.\n"), "Quorvin");
  });

  it("App Service's content root `/home/site/wwwroot` is the platform's, a developer's home is theirs", () => {
    const out = redact(
      'File "/home/site/wwwroot/hello/__init__.py", line 22, in main\n' +
        'File "/home/qashdale/fhir-app/main.py", line 9, in handler\nlog: /home/LogFiles/Application/functions.log\n',
    );
    kept(out, "/home/site/wwwroot/hello/__init__.py", "/home/LogFiles/Application/functions.log");
    gone(out, "qashdale");
  });
});
